package vn.cpreferrals.tenancy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.AgencyRegistry;

/** One tenant per province: definitions stay shared, every instance is stamped with its province. */
@Component
class TenancyPlugin extends AbstractProcessEnginePlugin {

  private final AgencyRegistry registry;

  TenancyPlugin(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ProvinceRule rule = new ProvinceRule(id -> registry.province(id).isPresent());
    configuration.setTenantIdProvider(new ProvinceTenantIdProvider(rule));
  }
}
