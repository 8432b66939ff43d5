package vn.cpreferrals.engine.retry;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Test listener: while a task is being completed, another transaction changes the same instance and commits first
 * (as a reminder or escalation job would), for as many completions as {@link #CONFLICTS} says.
 */
public class ConcurrentUpdate implements TaskListener {

  static final AtomicInteger CONFLICTS = new AtomicInteger();
  static final AtomicInteger ATTEMPTS = new AtomicInteger();

  @Override
  public void notify(DelegateTask task) {
    ATTEMPTS.incrementAndGet();
    if (CONFLICTS.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
      return;
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) task.getProcessEngine().getProcessEngineConfiguration();
    RuntimeService runtime = configuration.getRuntimeService();
    String instance = task.getProcessInstanceId();
    // Two commits (suspend, then activate): the instance ends as it was, with its rows' revisions raised.
    for (boolean suspend : new boolean[] {true, false}) {
      configuration.getCommandExecutorTxRequiresNew().execute(context -> {
        context.disableAuthorizationCheck();
        context.disableTenantCheck();
        if (suspend) {
          runtime.suspendProcessInstanceById(instance);
        } else {
          runtime.activateProcessInstanceById(instance);
        }
        return null;
      });
    }
  }
}
