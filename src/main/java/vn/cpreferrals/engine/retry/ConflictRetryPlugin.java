package vn.cpreferrals.engine.retry;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.engine.EnginePlugins;

/** Puts {@link ConflictRetryInterceptor} before the transaction, so that each attempt has a transaction of its own. */
@Component
@Order(EnginePlugins.CONFLICT_RETRY)
class ConflictRetryPlugin extends AbstractProcessEnginePlugin {

  private final MeterRegistry meters;

  ConflictRetryPlugin(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new ConflictRetryInterceptor(meters));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
