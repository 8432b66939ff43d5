package vn.cpreferrals.audit;

import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;

/** Finds who is acting in the current engine command, and for which agency. */
@Component
class ActorResolver {

  private final AgencyRegistry registry;

  ActorResolver(AgencyRegistry registry) {
    this.registry = registry;
  }

  Actor current() {
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context == null ? null : context.getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Actor.system();
    }
    return forUser(authentication.getUserId(), authentication.getGroupIds());
  }

  /** The agency is the user's first registry group, staff group before leadership group. */
  Actor forUser(String userId, List<String> groupIds) {
    String agency = null;
    if (groupIds != null) {
      agency = groupIds.stream().filter(g -> registry.agency(g).isPresent()).findFirst()
          .orElse(groupIds.stream().filter(Agency::isManagerGroup).findFirst().orElse(null));
    }
    return new Actor(userId, agency);
  }
}
