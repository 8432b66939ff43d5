package vn.cpreferrals.engine.guard;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who is behind an engine command: the engine itself (timers, intake as system), the administrator, or a person. */
enum CallerRole {
  SYSTEM, ADMINISTRATOR, PERSON;

  static CallerRole of(CommandContext context) {
    Authentication authentication = context == null ? null : context.getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return SYSTEM;
    }
    return context.getAuthorizationManager().isCamundaAdmin(authentication) ? ADMINISTRATOR : PERSON;
  }
}
