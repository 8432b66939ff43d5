package vn.cpreferrals.security;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API is open by default in Camunda 7. Here every call needs HTTP Basic credentials of an engine user, and
 * the engine then applies that user's groups, tenants and authorizations. Only {@code GET /engine-rest/engine} stays
 * public (the filter whitelists it) so load balancers can probe it.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication(JerseyApplicationPath restPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns(restPath.getUrlMapping());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(1);
    return registration;
  }
}
