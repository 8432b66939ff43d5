package vn.cpreferrals.engine.rest;

import jakarta.servlet.Filter;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter configures it, plus our answers for requests the client got wrong. */
@Component
class RestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(ClientFaultMapper.RestFaults.class);
    register(ClientFaultMapper.EngineFaults.class);
  }

  @Bean
  static FilterRegistrationBean<Filter> multipartRequired() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new MultipartRequiredFilter());
    registration.setName("multipart-required");
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  static FilterRegistrationBean<Filter> webappConflicts() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappFaultFilter());
    registration.setName("webapp-conflicts");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }
}
