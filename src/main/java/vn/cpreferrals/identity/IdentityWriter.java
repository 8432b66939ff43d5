package vn.cpreferrals.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Create-if-missing operations on engine identities, against a picture of what exists read once in bulk: tenants,
 * groups, users, memberships and the group authorizations of the resource types we grant. A start with nothing to
 * change costs a handful of queries whatever the size of the registry, and only what is missing is written.
 *
 * <p>Each write tolerates a second node doing the same at the same moment: when the insert fails because the row now
 * exists, that is success. Groups, users, memberships and authorizations are read from the engine's tables directly,
 * as plain rows: the identity API lists memberships only one group at a time, and its queries would make an engine
 * object of each of the ~15,000 rows, copied for change tracking (half a second of every start). An engine object is
 * fetched only for the rare row that is to change.
 */
class IdentityWriter {

  static final String WORKFLOW_GROUP = "WORKFLOW";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final Map<String, Tenant> tenants = new HashMap<>();
  /** Group id → name. */
  private final Map<String, String> groups = new HashMap<>();
  private final Set<String> users = new HashSet<>();
  private final Set<List<String>> groupTenants = new HashSet<>();
  private final Set<List<String>> memberships = new HashSet<>();
  private final Map<List<Object>, List<Held>> groupAuthorizations = new HashMap<>();
  private final WriteBatches batches;
  private int writes;

  /**
   * Reads what exists. {@code grantedTypes}: the resource types whose group authorizations this writer may touch;
   * {@code accounts}: whether tenants, groups, users and memberships are ours to write (false with a directory);
   * {@code batches}: where every write goes, to run in batches.
   */
  IdentityWriter(ProcessEngine engine, DataSource dataSource, Set<Resource> grantedTypes, boolean accounts,
      WriteBatches batches) {
    this.batches = batches;
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    if (accounts) {
      identity.createTenantQuery().list().forEach(t -> tenants.put(t.getId(), t));
      jdbc.query("SELECT ID_, NAME_ FROM ACT_ID_GROUP", row -> { groups.put(row.getString(1), row.getString(2)); });
      jdbc.query("SELECT ID_ FROM ACT_ID_USER", row -> { users.add(row.getString(1)); });
      jdbc.query("SELECT GROUP_ID_, TENANT_ID_ FROM ACT_ID_TENANT_MEMBER WHERE GROUP_ID_ IS NOT NULL",
          row -> { groupTenants.add(List.of(row.getString(1), row.getString(2))); });
      jdbc.query("SELECT USER_ID_, GROUP_ID_ FROM ACT_ID_MEMBERSHIP",
          row -> { memberships.add(List.of(row.getString(1), row.getString(2))); });
    }
    Map<Integer, Resource> types = new HashMap<>();
    grantedTypes.forEach(type -> types.put(type.resourceType(), type));
    jdbc.query("SELECT ID_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM ACT_RU_AUTHORIZATION "
        + "WHERE GROUP_ID_ IS NOT NULL", row -> {
          Resource type = types.get(row.getInt(4));
          if (type != null) {
            groupAuthorizations.computeIfAbsent(key(row.getString(3), type, row.getString(5)), k -> new ArrayList<>())
                .add(new Held(row.getString(1), row.getInt(2), row.getInt(6)));
          }
        });
  }

  /** A group authorization as read: its permission bits, and the engine's object once it is to change. */
  private final class Held {

    private final String id;
    private final int type;
    private final int permissions;
    private Authorization authorization;

    Held(String id, int type, int permissions) {
      this.id = id;
      this.type = type;
      this.permissions = permissions;
    }

    Held(Authorization created) {
      this(null, created.getAuthorizationType(), 0);
      this.authorization = created;
    }

    boolean grants(Permission permission) {
      if (authorization != null || type != Authorization.AUTH_TYPE_GRANT) {
        return authorization().isPermissionGranted(permission);
      }
      return (permissions & permission.getValue()) == permission.getValue();
    }

    /** The row's id; for an authorization created by this writer, the one the engine gave it when it was saved. */
    String id() {
      return id != null ? id : authorization.getId();
    }

    Authorization authorization() {
      if (authorization == null) {
        authorization = authorizations.createAuthorizationQuery().authorizationId(id).singleResult();
      }
      return authorization;
    }
  }

  /** How many rows were written since this writer read the picture. */
  int writes() {
    return writes;
  }

  void tenant(String id, String name) {
    Tenant existing = tenants.get(id);
    if (existing == null) {
      Tenant tenant = identity.newTenant(id);
      tenant.setName(name);
      tenants.put(id, tenant);
      tolerateRace(() -> identity.createTenantQuery().tenantId(id).count() > 0, () -> identity.saveTenant(tenant));
    } else if (!name.equals(existing.getName())) {
      existing.setName(name);
      save(existing, () -> identity.saveTenant(existing));
    }
  }

  void group(String id, String name) {
    String known = groups.put(id, name);
    if (known == null) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(WORKFLOW_GROUP);
      tolerateRace(() -> identity.createGroupQuery().groupId(id).count() > 0, () -> identity.saveGroup(group));
    } else if (!name.equals(known)) {
      Group existing = identity.createGroupQuery().groupId(id).singleResult();
      existing.setName(name);
      save(existing, () -> identity.saveGroup(existing));
    }
  }

  void groupInTenant(String groupId, String tenantId) {
    if (groupTenants.add(List.of(groupId, tenantId))) {
      tolerateRace(() -> identity.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() > 0,
          () -> identity.createTenantGroupMembership(tenantId, groupId));
    }
  }

  /** Creates the user with the given password if absent; an existing user's password is never touched. */
  void user(String id, String firstName, String lastName, String email, String password) {
    if (users.add(id)) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      tolerateRace(() -> identity.createUserQuery().userId(id).count() > 0, () -> identity.saveUser(user));
    }
  }

  void membership(String userId, String groupId) {
    if (memberships.add(List.of(userId, groupId))) {
      tolerateRace(() -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0,
          () -> identity.createMembership(userId, groupId));
    }
  }

  /** Makes sure the group holds at least the grant's permissions; permissions added by an administrator are kept. */
  void grant(String groupId, Grant grant) {
    List<Held> held = groupAuthorizations.computeIfAbsent(
        key(groupId, grant.resource(), grant.resourceId()), k -> new ArrayList<>());
    Held existing = held.isEmpty() ? null : held.get(0);
    if (existing != null && grant.permissions().stream().allMatch(existing::grants)) {
      return;
    }
    Authorization authorization = existing != null ? existing.authorization()
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    if (existing == null) {
      held.add(new Held(authorization));
    }
    save(authorization, () -> authorizations.saveAuthorization(authorization));
  }

  /** Takes one permission back from the group's authorization on exactly this resource, keeping the others. */
  void withdraw(String groupId, Resource resource, String resourceId, Permission permission) {
    for (Held h : groupAuthorizations.getOrDefault(key(groupId, resource, resourceId), List.of())) {
      if (h.grants(permission)) {
        Authorization a = h.authorization();
        a.removePermission(permission);
        save(a, () -> authorizations.saveAuthorization(a));
      }
    }
  }

  /** Removes the group's authorization on exactly this resource, if there is one. */
  void revoke(String groupId, Grant grant) {
    List<Held> held = groupAuthorizations.remove(key(groupId, grant.resource(), grant.resourceId()));
    if (held != null) {
      held.forEach(h -> write(() -> authorizations.deleteAuthorization(h.id())));
    }
  }

  private static List<Object> key(String groupId, Resource resource, String resourceId) {
    return List.of(groupId, resource.resourceType(), resourceId);
  }

  private void write(Runnable write) {
    writes++;
    batches.write(write);
  }

  private void save(Object entity, Runnable write) {
    writes++;
    batches.save(entity, write);
  }

  /**
   * A create that another node may have done a moment earlier. Outside batches the failed insert is forgiven when the
   * row now exists; in a batch the insert fails only when the batch is flushed, and the whole work is redone row by row.
   */
  private void tolerateRace(Supplier<Boolean> nowExists, Runnable create) {
    write(() -> {
      try {
        create.run();
      } catch (ProcessEngineException e) {
        if (!nowExists.get()) {
          throw e;
        }
      }
    });
  }
}
