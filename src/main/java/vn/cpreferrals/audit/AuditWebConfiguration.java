package vn.cpreferrals.audit;

import jakarta.servlet.Filter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

  @Bean
  FilterRegistrationBean<Filter> webappLoginAudit(AuditLog log) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappLoginAuditFilter(log));
    registration.setName("webapp-login-audit");
    registration.addUrlPatterns(WebappLoginAuditFilter.LOGIN_PATH + "*");
    registration.setOrder(2);
    return registration;
  }
}
