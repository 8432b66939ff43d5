package vn.cpreferrals.engine.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.engine.EnginePlugins;

/**
 * The engine reports "belongs to no authenticated tenant" as a plain ProcessEngineException, which the REST API turns
 * into HTTP 500. Touching another province's work is a refusal, not a server fault: this makes it an
 * AuthorizationException, i.e. HTTP 403 with the reason.
 */
@Component
@Order(EnginePlugins.TENANT_DENIAL)
class TenantDenialAsForbidden extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandChecker> checkers = configuration.getCommandCheckers();
    checkers.replaceAll(c -> c instanceof TenantCommandChecker ? forbidding(c) : c);
  }

  static CommandChecker forbidding(CommandChecker tenantChecker) {
    InvocationHandler handler = (proxy, method, args) -> {
      try {
        return method.invoke(tenantChecker, args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ProcessEngineException && !(cause instanceof AuthorizationException)) {
          throw new AuthorizationException("Công việc này thuộc tỉnh khác, bạn không có quyền. " + cause.getMessage());
        }
        throw cause;
      }
    };
    return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
        new Class<?>[] {CommandChecker.class}, handler);
  }
}
