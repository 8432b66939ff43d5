package vn.cpreferrals.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key secret of the hash chain (CP_AUDIT_KEY); losing it makes old entries unverifiable, leaking it lets a
 *     database administrator forge entries
 * @param allowDefaultKey true only in the demo profile
 * @param retentionDays entries older than this are purged in the nightly window (0 keeps them for ever)
 */
@ConfigurationProperties("cp.audit")
public record AuditProperties(String key, boolean allowDefaultKey, int retentionDays) {

  static final String DEMO_KEY = "demo-audit-key-not-for-production";
  static final int MIN_KEY_LENGTH = 32;

  public AuditProperties {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("cp.audit.key (CP_AUDIT_KEY) is not set: the audit log cannot be signed.");
    }
    if (!allowDefaultKey && (key.equals(DEMO_KEY) || key.length() < MIN_KEY_LENGTH)) {
      throw new IllegalStateException("cp.audit.key (CP_AUDIT_KEY) is the demo key or shorter than " + MIN_KEY_LENGTH
          + " characters. Outside the demo profile set a random secret through the environment.");
    }
  }
}
