package vn.cpreferrals.engine.directory;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

import vn.cpreferrals.agency.AgencyRegistry;

/**
 * Camunda's LDAP identity provider (users, groups, memberships and passwords from the province's directory), whose
 * sessions also answer which provinces a user works in, from the registry. The connection settings are bound from
 * {@code cp.ldap.*} (profile {@code ldap}); the directory's group ids must be the registry's group ids.
 */
class DirectoryIdentityPlugin extends LdapIdentityProviderPlugin {

  private final AgencyRegistry registry;

  DirectoryIdentityPlugin(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    ProvincesOfGroups provinces = ProvincesOfGroups.of(registry);
    DirectoryIdentityPlugin settings = this;
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new DirectorySession(settings, provinces);
      }
    });
  }
}
