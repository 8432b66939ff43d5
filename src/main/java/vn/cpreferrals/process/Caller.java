package vn.cpreferrals.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who is calling the engine on this thread: user, groups and tenants as the engine authenticated them. Feature code
 * reads the caller through this record instead of the engine's internal {@code Authentication}.
 */
public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {

  public Caller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
  }

  /** The signed-in caller, if any; an authentication without a user id (system work) counts as none. */
  public static Optional<Caller> current(IdentityService identity) {
    return of(identity.getCurrentAuthentication());
  }

  /** Who runs the current engine command; none outside a command or for the engine's own work. */
  public static Optional<Caller> inCommand() {
    CommandContext context = Context.getCommandContext();
    return context == null ? Optional.empty() : of(context.getAuthentication());
  }

  static Optional<Caller> of(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new Caller(authentication.getUserId(), authentication.getGroupIds(),
        authentication.getTenantIds()));
  }

  public boolean isIn(String groupId) {
    return groupIds.contains(groupId);
  }
}
