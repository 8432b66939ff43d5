package vn.cpreferrals.agency;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class AgencyRegistryConfiguration {

  @Bean
  AgencyRegistry agencyRegistry(@Value("${cp.registry.location}") Resource location) throws IOException {
    return RegistryFiles.read(location);
  }
}
