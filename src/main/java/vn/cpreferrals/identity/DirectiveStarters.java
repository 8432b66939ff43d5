package vn.cpreferrals.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;

/**
 * Who may start a directive model of a province: its standing agency's staff and the leadership of its agencies, as
 * {@code StartGrants} grants at start-up. Used when a model is deployed while the server runs, so the province can
 * start it at once and nobody else ever can.
 */
@Component
public class DirectiveStarters {

  private final AuthorizationService authorizations;
  private final AgencyRegistry registry;

  DirectiveStarters(AuthorizationService authorizations, AgencyRegistry registry) {
    this.authorizations = authorizations;
    this.registry = registry;
  }

  /** Grants starting {@code processKey} to the province's starters; existing grants are kept and completed. */
  public void allow(String processKey, String province) {
    for (Agency agency : registry.agenciesIn(province)) {
      grant(agency.managerGroupId(), RoleGrants.startModel(processKey));
      if (agency.standing()) {
        grant(agency.groupId(), RoleGrants.startModel(processKey));
      }
    }
  }

  /** Grants starting the upload of a new directive ({@code processKey}) to every standing agency and its leadership. */
  public void allowUpload(String processKey) {
    for (Agency agency : registry.agencies()) {
      if (agency.standing()) {
        grant(agency.groupId(), RoleGrants.startModel(processKey));
        grant(agency.managerGroupId(), RoleGrants.startModel(processKey));
      }
    }
  }

  private void grant(String groupId, Grant grant) {
    Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(grant.resource()).resourceId(grant.resourceId()).list().stream()
        .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT).findFirst()
        .orElseGet(() -> newGrant(groupId, grant));
    if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private Authorization newGrant(String groupId, Grant grant) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }
}
