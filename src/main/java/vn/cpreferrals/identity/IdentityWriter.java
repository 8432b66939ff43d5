package vn.cpreferrals.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

/**
 * Create-if-missing operations on engine identities. Each is idempotent and tolerates a second node doing the same at
 * the same moment: when the insert fails because the row now exists, that is success.
 */
class IdentityWriter {

  static final String WORKFLOW_GROUP = "WORKFLOW";

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  IdentityWriter(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
  }

  void tenant(String id, String name) {
    Tenant existing = identity.createTenantQuery().tenantId(id).singleResult();
    if (existing == null) {
      tolerateRace(() -> identity.createTenantQuery().tenantId(id).count() > 0, () -> {
        Tenant tenant = identity.newTenant(id);
        tenant.setName(name);
        identity.saveTenant(tenant);
      });
    } else if (!name.equals(existing.getName())) {
      existing.setName(name);
      identity.saveTenant(existing);
    }
  }

  void group(String id, String name) {
    Group existing = identity.createGroupQuery().groupId(id).singleResult();
    if (existing == null) {
      tolerateRace(() -> identity.createGroupQuery().groupId(id).count() > 0, () -> {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(WORKFLOW_GROUP);
        identity.saveGroup(group);
      });
    } else if (!name.equals(existing.getName())) {
      existing.setName(name);
      identity.saveGroup(existing);
    }
  }

  void groupInTenant(String groupId, String tenantId) {
    Supplier<Boolean> exists = () -> identity.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() > 0;
    if (!exists.get()) {
      tolerateRace(exists, () -> identity.createTenantGroupMembership(tenantId, groupId));
    }
  }

  /** Creates the user with the given password if absent; an existing user's password is never touched. */
  void user(String id, String firstName, String lastName, String email, String password) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      tolerateRace(() -> identity.createUserQuery().userId(id).count() > 0, () -> {
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identity.saveUser(user);
      });
    }
  }

  void membership(String userId, String groupId) {
    Supplier<Boolean> exists = () -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    if (!exists.get()) {
      tolerateRace(exists, () -> identity.createMembership(userId, groupId));
    }
  }

  /** Makes sure the group holds at least the grant's permissions; permissions added by an administrator are kept. */
  void grant(String groupId, Grant grant) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    if (existing != null && grant.permissions().stream().allMatch(existing::isPermissionGranted)) {
      return;
    }
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    tolerateRace(() -> false, () -> authorizations.saveAuthorization(authorization));
  }

  /** Takes one permission back from the group's authorization on exactly this resource, keeping the others. */
  void withdraw(String groupId, org.camunda.bpm.engine.authorization.Resource resource, String resourceId,
      Permission permission) {
    for (Authorization a : authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).list()) {
      if (a.isPermissionGranted(permission)) {
        a.removePermission(permission);
        authorizations.saveAuthorization(a);
      }
    }
  }

  /** Removes the group's authorization on exactly this resource, if there is one. */
  void revoke(String groupId, Grant grant) {
    authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(grant.resource())
        .resourceId(grant.resourceId()).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  private static void tolerateRace(Supplier<Boolean> nowExists, Runnable create) {
    try {
      create.run();
    } catch (ProcessEngineException e) {
      if (!nowExists.get()) {
        throw e;
      }
    }
  }
}
