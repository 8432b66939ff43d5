package vn.cpreferrals.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Several engine calls as one engine command: the calls made inside share its context, so their rows are flushed
 * together (in JDBC batches) and committed once, and fail or succeed together.
 */
public final class OneCommand {

  private OneCommand() {}

  public static void run(ProcessEngine engine, Runnable calls) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          calls.run();
          return null;
        });
  }
}
