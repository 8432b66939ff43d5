package vn.cpreferrals.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of an entry: HMAC-SHA256 over its content and the previous entry's hash. The key lives outside the database,
 * so whoever can edit the table still cannot compute the hashes an edited row would need.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);
  private static final String ALGORITHM = "HmacSHA256";
  private static final char FIELD_SEPARATOR = '\u001f';
  private static final String NULL_MARK = "\u2400";

  private final SecretKeySpec key;

  AuditChain(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  String hash(AuditEntry e) {
    StringBuilder canonical = new StringBuilder();
    for (Object field : new Object[] {e.seq(), e.occurredAt().toEpochMilli(), e.actor(), e.actorAgency(), e.province(),
        e.action(), e.processDefinitionKey(), e.processInstanceId(), e.businessKey(), e.taskId(), e.subject(),
        e.details(), e.prevHash()}) {
      canonical.append(field == null ? NULL_MARK : field.toString()).append(FIELD_SEPARATOR);
    }
    return mac(canonical.toString());
  }

  /** The signature of an external anchor of the chain head (seq, hash, time). */
  String anchorMac(long seq, String hash, long epochMillis) {
    return mac("anchor" + FIELD_SEPARATOR + seq + FIELD_SEPARATOR + hash + FIELD_SEPARATOR + epochMillis);
  }

  private String mac(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e1) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e1);
    }
  }
}
