package vn.cpreferrals.audit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Puts the audit interceptor inside the engine's transaction (after the transaction interceptor). */
@Component
class AuditPlugin extends AbstractProcessEnginePlugin {

  private final ActorResolver actors;
  private final AuditLog log;

  AuditPlugin(ActorResolver actors, @Lazy AuditLog log) {
    this.actors = actors;
    this.log = log;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new AuditCommandInterceptor(actors, log));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
