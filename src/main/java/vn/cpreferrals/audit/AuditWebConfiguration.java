package vn.cpreferrals.audit;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

  /** Our own API under /api authenticates like the engine REST API: HTTP Basic, engine users, groups and tenants. */
  @Bean
  FilterRegistrationBean<Filter> apiAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter("rest-url-pattern-prefix", "/api");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> webappLoginAudit(AuditLog log) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappLoginAuditFilter(log));
    registration.setName("webapp-login-audit");
    registration.addUrlPatterns(WebappLoginAuditFilter.LOGIN_PATH + "*");
    registration.setOrder(2);
    return registration;
  }
}
