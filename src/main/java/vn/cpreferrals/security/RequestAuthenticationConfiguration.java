package vn.cpreferrals.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The REST API is open by default in Camunda 7. Here every call to it and to our own API under /api carries the
 * caller's identity, and the engine then applies that user's groups, tenants and authorizations: HTTP Basic with an
 * engine user's password, or with single sign-on (profile oidc) a bearer token of the identity provider. Only
 * {@code GET /engine-rest/engine} stays public (the filter whitelists it) so load balancers can probe it.
 */
@Configuration(proxyBeanMethods = false)
class RequestAuthenticationConfiguration {

  @Bean
  @Profile("!oidc")
  AuthenticationProvider basicAuthentication() {
    return new HttpBasicAuthenticationProvider();
  }

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication(JerseyApplicationPath restPath,
      AuthenticationProvider provider) {
    return authentication("engine-rest-authentication", restPath.getUrlMapping(), provider);
  }

  @Bean
  FilterRegistrationBean<Filter> apiAuthentication(AuthenticationProvider provider) {
    FilterRegistrationBean<Filter> registration = authentication("api-authentication", "/api/*", provider);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/api");
    return registration;
  }

  private static FilterRegistrationBean<Filter> authentication(String name, String urlPattern,
      AuthenticationProvider provider) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EngineAuthenticationFilter(provider));
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.setOrder(1);
    return registration;
  }

  /** The engine's authentication filter with a provider given by Spring instead of named by class. */
  static final class EngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final AuthenticationProvider provider;

    EngineAuthenticationFilter(AuthenticationProvider provider) {
      this.provider = provider;
    }

    @Override
    public void init(FilterConfig filterConfig) {
      authenticationProvider = provider;
      servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
    }
  }
}
