package vn.cpreferrals.agency;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class AgencyRegistryConfiguration {

  /**
   * The registry file and today's structure of the enabled provinces. {@code structure-date} pins the day whose
   * official list is used (empty: today; the application runs in Vietnam time).
   */
  @Bean
  AgencyRegistry agencyRegistry(@Value("${cp.registry.location}") Resource location,
      @Value("${cp.registry.enabled-provinces}") List<String> enabledProvinces,
      @Value("${cp.registry.structure-date:}") String structureDate) throws IOException {
    LocalDate day = structureDate == null || structureDate.isBlank() ? LocalDate.now() : LocalDate.parse(structureDate);
    return RegistryFiles.read(location, enabledProvinces, day);
  }

  /** Who continues the work of units that ended; applied only by the administrator's reorganisation. */
  @Bean
  Successors successors(@Value("${cp.registry.successors}") Resource location,
      AgencyRegistry registry) throws IOException {
    return Successors.read(location, registry);
  }

  /** Where a report from a commune (as the intake point names it) is worked. */
  @Bean
  Communes communes(AgencyRegistry registry, Successors successors) {
    return new Communes(registry, successors, AdministrativeUnits.load());
  }
}
