package vn.cpreferrals.engine.deadline;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cpreferrals.deadline.DeadlineActions;
import vn.cpreferrals.engine.EnginePlugins;

/** Registers the deadline timer's job handler with the engine. */
@Component
@Order(EnginePlugins.DEADLINES)
class DeadlinePlugin extends AbstractProcessEnginePlugin {

  private final DeadlineActions actions;
  private final DeadlineTimers timers;

  DeadlinePlugin(@Lazy DeadlineActions actions, @Lazy DeadlineTimers timers) {
    this.actions = actions;
    this.timers = timers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new DeadlineJobHandler(actions, timers));
    configuration.setCustomJobHandlers(handlers);
  }
}
