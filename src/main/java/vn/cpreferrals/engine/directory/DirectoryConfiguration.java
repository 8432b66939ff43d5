package vn.cpreferrals.engine.directory;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.engine.EnginePlugins;

/**
 * Profile {@code ldap}: people, agency groups and passwords come from the province's LDAP / Active Directory instead
 * of the engine's own tables (see application-ldap.yaml and docs/sign-in.md). The registry still defines agencies,
 * provinces and what each group may do.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
class DirectoryConfiguration {

  @Bean
  @Order(EnginePlugins.DIRECTORY)
  @ConfigurationProperties("cp.ldap")
  DirectoryIdentityPlugin directoryIdentityPlugin(AgencyRegistry registry) {
    return new DirectoryIdentityPlugin(registry);
  }

  /**
   * Members of the directory group {@code camunda-admin} administer the system: the group is granted everything, as
   * the starter does for the local {@code admin} account, which it cannot create in a read-only directory.
   */
  @Bean
  @Order(EnginePlugins.DIRECTORY)
  AdministratorAuthorizationPlugin directoryAdministrators() {
    AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
    plugin.setAdministratorGroupName(Groups.CAMUNDA_ADMIN);
    return plugin;
  }
}
