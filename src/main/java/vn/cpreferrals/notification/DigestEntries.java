package vn.cpreferrals.notification;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The outbox as the daily digest reads it: DIGEST notices waiting, claimed into a digest, listed by digest. */
@Repository
class DigestEntries {

  private static final String DIGEST = Notification.Delivery.DIGEST.name();

  private final JdbcTemplate jdbc;

  DigestEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Who has DIGEST notices waiting that were written up to {@code upTo}. */
  List<String> recipientsWaiting(long upTo) {
    return jdbc.queryForList("SELECT DISTINCT recipient FROM cp_notification WHERE delivery = ? AND status = ? "
        + "AND created_at <= ? ORDER BY recipient", String.class, DIGEST, NotificationOutbox.PENDING, upTo);
  }

  boolean exists(String idempotencyKey) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM cp_notification WHERE idempotency_key = ?", Integer.class,
        idempotencyKey);
    return n != null && n > 0;
  }

  /**
   * Claims the recipient's waiting notices for the digest {@code digestKey}. A row another transaction claimed (or is
   * claiming: the update waits for its lock) is no longer PENDING, so each notice goes into one digest only.
   */
  int claim(String recipient, String digestKey, long upTo, long now) {
    return jdbc.update("UPDATE cp_notification SET status = ?, digest_key = ?, sent_at = ? WHERE recipient = ? "
        + "AND delivery = ? AND status = ? AND created_at <= ?", NotificationOutbox.DIGESTED, digestKey, now,
        recipient, DIGEST, NotificationOutbox.PENDING, upTo);
  }

  /** The notices of a digest, oldest first. Quoted aliases: the same keys on H2 and PostgreSQL. */
  List<Map<String, Object>> of(String digestKey) {
    return jdbc.queryForList("SELECT email AS \"email\", task_id AS \"taskId\", digest_group AS \"group\", "
        + "task_name AS \"taskName\", task_state AS \"state\", due_at AS \"due\" FROM cp_notification "
        + "WHERE digest_key = ? ORDER BY id", digestKey);
  }
}
