package vn.cpreferrals.audit;

import org.springframework.stereotype.Component;


/**
 * What other features call to record a domain fact (escalation, referral decision, case closure…). The actor is whoever
 * runs the current engine command; the entry joins the current transaction.
 */
@Component
public class AuditTrail {

  private final ActorResolver actors;
  private final AuditLog log;

  AuditTrail(ActorResolver actors, AuditLog log) {
    this.actors = actors;
    this.log = log;
  }

  public void record(AuditEvent event) {
    log.append(actors.current(), event);
  }

  /** For actions outside engine commands (our own REST API): the caller is named explicitly. */
  public void record(String userId, java.util.List<String> groupIds, AuditEvent event) {
    log.append(actors.forUser(userId, groupIds), event);
  }
}
