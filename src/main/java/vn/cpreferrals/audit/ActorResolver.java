package vn.cpreferrals.audit;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.process.Caller;

/** Finds who is acting in the current engine command, and for which agency. */
@Component
public class ActorResolver {

  private final AgencyRegistry registry;

  ActorResolver(AgencyRegistry registry) {
    this.registry = registry;
  }

  public Actor current() {
    return Caller.inCommand().map(c -> forUser(c.userId(), c.groupIds())).orElse(Actor.system());
  }

  /** The agency is the user's first registry group, staff group before leadership group. */
  public Actor forUser(String userId, List<String> groupIds) {
    String agency = null;
    if (groupIds != null) {
      agency = groupIds.stream().filter(g -> registry.agency(g).isPresent()).findFirst()
          .orElse(groupIds.stream().filter(Agency::isManagerGroup).findFirst().orElse(null));
    }
    return new Actor(userId, agency);
  }
}
