package vn.cpreferrals.engine.retry;

import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person completing a task can meet a timer's job working on the same instance at the same moment (a reminder, an
 * escalation): the engine then refuses the later commit with an optimistic locking conflict. Nothing was saved, so
 * the completion is run again, in a new transaction, up to {@link #ATTEMPTS} times, instead of answering the person
 * with an error. Only the completion of a task is retried, and only when it is the whole transaction: inside a
 * command or a transaction someone else opened, the conflict belongs to the caller.
 */
final class ConflictRetryInterceptor extends CommandInterceptor {

  static final int ATTEMPTS = 3;
  /** Counted for operators ({@code /actuator/prometheus}): how often people met a conflict, and how it ended. */
  static final String CONFLICTS = "cp.task.completion.conflicts";

  private final Counter retried;
  private final Counter refused;

  ConflictRetryInterceptor(MeterRegistry meters) {
    this.retried = Counter.builder(CONFLICTS).tag("outcome", "retried")
        .description("Task completions that met a concurrent update and were run again").register(meters);
    this.refused = Counter.builder(CONFLICTS).tag("outcome", "refused")
        .description("Task completions still in conflict after every retry (answered 409)").register(meters);
  }

  private static final Set<Class<?>> RETRIED = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (!RETRIED.contains(command.getClass()) || Context.getCommandContext() != null
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      return next.execute(command);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(command);
      } catch (OptimisticLockingException conflict) {
        if (attempt >= ATTEMPTS) {
          refused.increment();
          throw conflict;
        }
        retried.increment();
      }
    }
  }
}
