package vn.cpreferrals.security;

import java.time.Duration;

import jakarta.servlet.Filter;

import com.github.benmanes.caffeine.cache.Ticker;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Servlet filters in front of every API: throttled logins, operator-only metrics, no caching of answers. */
@Configuration(proxyBeanMethods = false)
class SecurityWebConfiguration {

  @Bean
  LoginThrottle loginThrottle(@Value("${cp.security.login-free-attempts:5}") int freeAttempts,
      @Value("${cp.security.login-window:PT15M}") Duration window,
      @Value("${cp.security.login-max-wait:PT15M}") Duration maxWait) {
    return new LoginThrottle(freeAttempts, window, maxWait, Ticker.systemTicker());
  }

  /** Checked before any bean is made: the filters below guard the webapps under their usual path only. */
  @Bean
  static BeanFactoryPostProcessor webappPathGuard(Environment environment) {
    return beanFactory -> WebappPath.requireGuarded(
        environment.getProperty("camunda.bpm.webapp.application-path", WebappPath.GUARDED));
  }

  @Bean
  FilterRegistrationBean<Filter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*", LoginThrottleFilter.WEBAPP_LOGIN + "*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> operatorEndpoints(IdentityService identity) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new OperatorEndpointsFilter(identity));
    registration.setName("operator-endpoints");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> noStore() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new NoStoreFilter());
    registration.setName("no-store");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
