package vn.cpreferrals.engine.retry;

import java.util.Set;

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
          throw conflict;
        }
      }
    }
  }
}
