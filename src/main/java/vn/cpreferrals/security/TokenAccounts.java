package vn.cpreferrals.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * With single sign-on the identity provider keeps people and their groups; the engine still needs them as users and
 * memberships (Tasklist, notices by e-mail to a group's members, tenant checks through the groups' provinces). At
 * each sign-in the person is mirrored: created if new (with a random password nobody knows, so the APIs' HTTP Basic
 * cannot be used with the account), names and e-mail updated, and their memberships made exactly the groups of the
 * token that the engine knows (the registry's agency groups, {@code camunda-admin}, {@code cp-operators}). A token
 * seen recently with the same claims costs nothing.
 */
class TokenAccounts {

  /** What a sign-in established: the user and the engine groups they are now in. */
  record SignedIn(String userId, List<String> groupIds) {}

  /** The token names no usable account; the message is for the person signing in. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final String localAdministrator;
  private final Cache<String, SignedIn> recent = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();

  TokenAccounts(IdentityService identity, String localAdministrator) {
    this.identity = identity;
    this.localAdministrator = localAdministrator;
  }

  SignedIn signIn(String userId, String firstName, String lastName, String email, Collection<String> tokenGroups) {
    if (userId == null || userId.isBlank()) {
      throw new Refused("Mã thông báo không có tên đăng nhập.");
    }
    if (userId.equals(localAdministrator)) {
      // The local administrator is the way in when the identity provider is down; no token may take it over.
      throw new Refused("Tài khoản " + userId + " chỉ đăng nhập bằng mật khẩu cục bộ.");
    }
    Set<String> groups = tokenGroups == null ? Set.of() : new TreeSet<>(tokenGroups);
    String claims = String.join("\u0000", userId, Objects.toString(firstName, ""), Objects.toString(lastName, ""),
        Objects.toString(email, ""), String.join(",", groups));
    return recent.get(claims, k -> mirror(userId, firstName, lastName, email, groups));
  }

  private SignedIn mirror(String userId, String firstName, String lastName, String email, Set<String> tokenGroups) {
    List<String> known = tokenGroups.isEmpty() ? List.of() : identity.createGroupQuery()
        .groupIdIn(tokenGroups.toArray(String[]::new)).list().stream().map(Group::getId).sorted().toList();
    User user = identity.createUserQuery().userId(userId).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(userId);
      user.setPassword(unknowablePassword());
    }
    if (created || !Objects.equals(user.getFirstName(), firstName)
        || !Objects.equals(user.getLastName(), lastName) || !Objects.equals(user.getEmail(), email)) {
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      identity.saveUser(user);
    }
    List<String> current = new ArrayList<>(identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
    for (String group : known) {
      if (!current.contains(group)) {
        identity.createMembership(userId, group);
      }
    }
    for (String group : current) {
      if (!known.contains(group)) {
        identity.deleteMembership(userId, group);
      }
    }
    return new SignedIn(userId, known);
  }

  /** Random, and within any password policy the engine may enforce (length, cases, digit, special character). */
  private static String unknowablePassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "aA1!";
  }
}
