package benchmark.vanilla;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Outside the application's packages on purpose, so the application never scans it. The vanilla Camunda Spring Boot
 * starter (webapp and REST) our figures are compared with: nothing of ours is scanned, no model is deployed, our
 * database migrations do not run. For the staff-latency figure the REST API asks for HTTP basic authentication, as
 * the Camunda documentation shows, so each user sees only what their authorizations allow.
 */
// Spring Security is on the classpath for our single sign-on only (profile oidc); the vanilla starter has none, and
// with it auto-configured every request would need Spring's generated password (section 4 answered 401).
@SpringBootApplication(exclude = {FlywayAutoConfiguration.class, SecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
    OAuth2ClientWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
    ManagementWebSecurityAutoConfiguration.class})
public class VanillaStarterApplication {

  public static void main(String[] args) {
    SpringApplication.run(VanillaStarterApplication.class, args);
  }

  @Bean
  @ConditionalOnProperty("bench.rest-basic-auth")
  FilterRegistrationBean<Filter> restBasicAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
