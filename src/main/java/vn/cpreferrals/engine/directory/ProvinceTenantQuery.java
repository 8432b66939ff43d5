package vn.cpreferrals.engine.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;

/**
 * Tenants (provinces) answered from the registry: a user belongs to the provinces of the agency groups the directory
 * puts them in. The engine asks this at every sign-in and REST request ({@code userMember(..).includingGroupsOfUser(true)})
 * to learn which provinces' work the user may see; the LDAP plugin itself knows no tenants and would answer none.
 */
class ProvinceTenantQuery extends TenantQueryImpl {

  private static final long serialVersionUID = 1L;

  private final transient ProvincesOfGroups provinces;

  ProvinceTenantQuery(ProvincesOfGroups provinces) {
    this.provinces = provinces;
  }

  ProvinceTenantQuery(CommandExecutor executor, ProvincesOfGroups provinces) {
    super(executor);
    this.provinces = provinces;
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return matching(commandContext).size();
  }

  @Override
  public List<Tenant> executeList(CommandContext commandContext, Page page) {
    List<Tenant> all = matching(commandContext);
    if (page == null) {
      return all;
    }
    int from = Math.min(page.getFirstResult(), all.size());
    int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
    return new ArrayList<>(all.subList(from, to));
  }

  private List<Tenant> matching(CommandContext commandContext) {
    Set<String> ids = new LinkedHashSet<>(provinces.provinceNames().keySet());
    if (getUserId() != null) {
      ids.retainAll(isIncludingGroups() ? provincesOfUser(commandContext, getUserId()) : Set.of());
    }
    if (getGroupId() != null) {
      String province = provinces.provinceOf(getGroupId());
      ids.retainAll(province == null ? Set.of() : Set.of(province));
    }
    if (getId() != null) {
      ids.retainAll(Set.of(getId()));
    }
    if (getIds() != null) {
      ids.retainAll(Set.of(getIds()));
    }
    Predicate<String> named = id -> nameMatches(provinces.provinceNames().get(id));
    List<Tenant> tenants = new ArrayList<>();
    for (String id : ids) {
      if (named.test(id)) {
        TenantEntity tenant = new TenantEntity(id);
        tenant.setName(provinces.provinceNames().get(id));
        tenants.add(tenant);
      }
    }
    tenants.sort(Comparator.comparing(Tenant::getId));
    return tenants;
  }

  private Set<String> provincesOfUser(CommandContext commandContext, String userId) {
    Set<String> found = new LinkedHashSet<>();
    for (Group group : commandContext.getReadOnlyIdentityProvider().createGroupQuery(commandContext)
        .groupMember(userId).list()) {
      String province = provinces.provinceOf(group.getId());
      if (province != null) {
        found.add(province);
      }
    }
    return found;
  }

  private boolean nameMatches(String name) {
    if (getName() != null && !getName().equals(name)) {
      return false;
    }
    if (getNameLike() == null) {
      return true;
    }
    StringBuilder pattern = new StringBuilder();
    for (char c : getNameLike().toLowerCase(Locale.ROOT).toCharArray()) {
      pattern.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return name != null && name.toLowerCase(Locale.ROOT).matches(pattern.toString());
  }
}
