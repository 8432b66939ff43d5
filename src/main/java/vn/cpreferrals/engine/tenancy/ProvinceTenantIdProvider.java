package vn.cpreferrals.engine.tenancy;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import vn.cpreferrals.tenancy.PinnedProvince;
import vn.cpreferrals.tenancy.ProvinceRule;

/** Stamps each instance of a shared (tenant-less) definition with its province; sub-processes inherit the caller's. */
class ProvinceTenantIdProvider implements TenantIdProvider {

  private final ProvinceRule rule;

  ProvinceTenantIdProvider(ProvinceRule rule) {
    this.rule = rule;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    if (ctx.getSuperCaseExecution() != null) {
      return ctx.getSuperCaseExecution().getTenantId();
    }
    Object requested = ctx.getVariables() == null ? null : ctx.getVariables().get(ProvinceRule.PROVINCE_VARIABLE);
    String pinned = pinnedProvince(ctx.getProcessDefinition());
    return rule.decide(rule.withPinned(requested, pinned), staffTenantsOfCurrentUser());
  }

  /** A model may belong to one province (a directive of that province's People's Committee). */
  private static String pinnedProvince(ProcessDefinition definition) {
    if (definition == null || Context.getProcessEngineConfiguration() == null) {
      return null;
    }
    BpmnModelInstance model = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(definition.getId());
    return PinnedProvince.of(model, definition.getKey());
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return ctx.getSuperExecution() != null ? ctx.getSuperExecution().getTenantId() : null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  /** Null for the system (no authenticated user) and for administrators, who may open work in any province. */
  private static List<String> staffTenantsOfCurrentUser() {
    CommandContext commandContext = Context.getCommandContext();
    Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
    if (authentication == null || authentication.getUserId() == null
        || commandContext.getAuthorizationManager().isCamundaAdmin(authentication)) {
      return null;
    }
    List<String> tenants = authentication.getTenantIds();
    return tenants == null ? List.of() : tenants;
  }
}
