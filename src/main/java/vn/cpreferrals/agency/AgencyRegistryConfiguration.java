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

  /** The official list of administrative units, read and checked once for the registry, successors and intake. */
  @Bean
  AdministrativeUnits administrativeUnits() {
    return AdministrativeUnits.load();
  }

  /**
   * The registry file and today's structure of the enabled provinces. {@code structure-date} pins the day whose
   * official list is used (empty: today; the application runs in Vietnam time).
   */
  @Bean
  AgencyRegistry agencyRegistry(@Value("${cp.registry.location}") Resource location,
      @Value("${cp.registry.enabled-provinces}") List<String> enabledProvinces,
      @Value("${cp.registry.structure-date:}") String structureDate, AdministrativeUnits units) throws IOException {
    LocalDate day = structureDate == null || structureDate.isBlank() ? LocalDate.now() : LocalDate.parse(structureDate);
    return RegistryFiles.read(location, enabledProvinces, day, units);
  }

  /** Who continues the work of units that ended; applied only by the administrator's reorganisation. */
  @Bean
  Successors successors(@Value("${cp.registry.successors}") Resource location,
      AgencyRegistry registry, AdministrativeUnits units) throws IOException {
    return Successors.read(location, registry, units);
  }

  /** Where a report from a commune (as the intake point names it) is worked. */
  @Bean
  Communes communes(AgencyRegistry registry, Successors successors, AdministrativeUnits units) {
    return new Communes(registry, successors, units);
  }
}
