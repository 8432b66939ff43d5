package vn.cpreferrals.engine.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.engine.EnginePlugins;

/**
 * Installs the guard inside every engine command, after the audit interceptor (so refused reads are still recorded),
 * and makes refused job runs change nothing.
 */
@Component
@Order(EnginePlugins.GUARD)
class GuardPlugin extends AbstractProcessEnginePlugin {

  private final OpenVariables open;
  private final AgencyChoice agencies;

  GuardPlugin(OpenVariables open, AgencyChoice agencies) {
    this.open = open;
    this.agencies = agencies;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new GuardInterceptor(new QueryFilterCheck(open), new WriteCheck(new FormSchemas(), agencies),
        new CommentCheck()));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    configuration.setFailedJobCommandFactory(JobCheck.refusalsChangeNothing(configuration.getFailedJobCommandFactory()));
  }
}
