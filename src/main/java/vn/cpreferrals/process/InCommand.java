package vn.cpreferrals.process;

import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** What feature code may ask of the engine command it runs in, without reaching into engine internals. */
public final class InCommand {

  private InCommand() {}

  /** Whether this thread is inside an engine command (Spring events from the engine arrive inside one). */
  public static boolean active() {
    return Context.getCommandContext() != null;
  }

  /**
   * A user's record read by the engine itself, not with the caller's rights: a case form names the colleague who
   * acted even when the reader may not list users. Only inside a command.
   */
  public static Optional<User> userWithoutAuthorization(String userId) {
    CommandContext context = Context.getCommandContext();
    if (context == null || userId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(userId)));
  }
}
