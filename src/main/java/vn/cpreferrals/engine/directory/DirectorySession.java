package vn.cpreferrals.engine.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * The LDAP plugin's read-only identity session, with provinces (tenants) taken from the registry, and two faults of the
 * plugin (7.23) closed: it asked for the members of a group the directory lacks from the directory's root, so that
 * "is X in cp-operators?" answered yes for anyone in any group; and it put group ids into its search filters
 * unescaped, so a group id of {@code *} matched every group.
 */
class DirectorySession extends LdapIdentityProviderSession {

  /** Characters with a meaning in an LDAP search filter (RFC 4515). */
  private static final String FILTER_SPECIALS = "*()\\\0";

  private final ProvincesOfGroups provinces;
  private final Map<String, String> groupDns = new HashMap<>();

  DirectorySession(LdapConfiguration configuration, ProvincesOfGroups provinces) {
    super(configuration);
    this.provinces = provinces;
  }

  @Override
  protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
    if (!plainIds(query.getGroupId()) || getDnForGroup(query.getGroupId()).isEmpty()) {
      return new ArrayList<>();
    }
    return super.findUsersByGroupId(query);
  }

  /** Looked up once per session: the check above and the plugin's own member search ask for the same group. */
  @Override
  protected String getDnForGroup(String groupId) {
    return groupDns.computeIfAbsent(groupId, super::getDnForGroup);
  }

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    if (!plainIds(query.getId()) || !plainIds(query.getIds())) {
      return new ArrayList<>();
    }
    return super.findGroupByQueryCriteria(query);
  }

  /** No character that means something in an LDAP filter (RFC 4515): ids are matched as written or not at all. */
  static boolean plainIds(String... ids) {
    return ids == null || Arrays.stream(ids).allMatch(id -> id == null || id.chars().noneMatch(c -> FILTER_SPECIALS
        .indexOf(c) >= 0));
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new ProvinceTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), provinces);
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new ProvinceTenantQuery(provinces);
  }

  @Override
  public Tenant findTenantById(String id) {
    // Inside the caller's command, as the plugin's own findUserById and findGroupById do, not in a nested one.
    return createTenantQuery(Context.getCommandContext()).tenantId(id).singleResult();
  }
}
