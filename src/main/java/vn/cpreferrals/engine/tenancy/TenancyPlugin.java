package vn.cpreferrals.engine.tenancy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.engine.EnginePlugins;
import vn.cpreferrals.tenancy.ProvinceRule;

/** One tenant per province: definitions stay shared, every instance is stamped with its province. */
@Component
@Order(EnginePlugins.TENANCY)
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
