package vn.cpreferrals.engine.audit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.audit.ActorResolver;
import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.FailedLogins;
import vn.cpreferrals.engine.EnginePlugins;

/** Puts the audit interceptor inside the engine's transaction (after the transaction interceptor). */
@Component
@Order(EnginePlugins.AUDIT)
class AuditPlugin extends AbstractProcessEnginePlugin {

  private final ActorResolver actors;
  private final AuditLog log;
  private final FailedLogins failedLogins;

  AuditPlugin(ActorResolver actors, @Lazy AuditLog log, @Lazy FailedLogins failedLogins) {
    this.actors = actors;
    this.log = log;
    this.failedLogins = failedLogins;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new AuditCommandInterceptor(actors, log, failedLogins));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
