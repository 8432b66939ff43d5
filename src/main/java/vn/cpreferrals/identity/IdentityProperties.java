package vn.cpreferrals.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts created at start-up.
 *
 * @param adminPassword password of the {@code admin} account, used only when the account is first created
 * @param demoUsers whether to create an officer for every agency and a manager for every standing agency
 * @param demoPassword password given to demo accounts when they are first created
 * @param allowDefaultPasswords true only in the local demo profile; anywhere else a guessable password stops start-up
 * @param startableProcesses process keys that every agency's officers may start from Tasklist
 * @param directory true with profile {@code ldap}: accounts and memberships live in the province's directory, so no
 *     local administrator or demo account is created and no such password is needed
 * @param caseProcesses process keys whose variables hold a child's identity or narrative: leadership groups monitor
 *     their instances in Cockpit without seeing their variables; only those working a task see its variables
 */
@ConfigurationProperties("cp.identity")
public record IdentityProperties(
    String adminPassword,
    boolean demoUsers,
    String demoPassword,
    boolean allowDefaultPasswords,
    List<String> startableProcesses,
    List<String> caseProcesses,
    boolean directory) {

  /** Every password that appears in this repository or in tutorials; never acceptable outside the demo profile. */
  static final Set<String> WELL_KNOWN = Set.of("", "demo", "admin", "password", "camunda", "changeme", "123456",
      "12345678", "sa", "postgres");

  static final int MIN_PRODUCTION_LENGTH = 12;

  public IdentityProperties {
    startableProcesses = startableProcesses == null ? List.of() : List.copyOf(startableProcesses);
    caseProcesses = caseProcesses == null ? List.of() : List.copyOf(caseProcesses);
    if (directory && demoUsers) {
      throw new IllegalStateException("cp.identity.demo-users cannot be on with a directory (profile ldap): demo "
          + "accounts would have to be written into it. Turn them off or leave out the ldap profile.");
    }
    if (!allowDefaultPasswords && !directory) {
      refuseWeak("cp.identity.admin-password (CP_ADMIN_PASSWORD)", adminPassword);
      if (demoUsers) {
        refuseWeak("cp.identity.demo-password (CP_DEMO_PASSWORD)", demoPassword);
      }
    }
  }

  private static void refuseWeak(String property, String password) {
    if (password == null || WELL_KNOWN.contains(password.trim().toLowerCase(Locale.ROOT))
        || password.length() < MIN_PRODUCTION_LENGTH) {
      throw new IllegalStateException(property + " is missing, a default, or shorter than " + MIN_PRODUCTION_LENGTH
          + " characters. Outside the local demo profile set a strong secret through the environment.");
    }
  }
}
