package vn.cpreferrals.agency;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class AgencyRegistryConfiguration {

  @Bean
  AgencyRegistry agencyRegistry(@Value("${cp.registry.location}") Resource location) throws IOException {
    return read(location);
  }

  static AgencyRegistry read(Resource location) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = location.getInputStream()) {
      RegistryFile file = yaml.readValue(in, RegistryFile.class);
      return new AgencyRegistry(file.provinces(), file.agencies());
    }
  }
}
