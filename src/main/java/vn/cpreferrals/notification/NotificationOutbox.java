package vn.cpreferrals.notification;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.cpreferrals.process.EngineClock;

/** Notices waiting to be sent, written in the caller's (engine) transaction. */
@Repository
public class NotificationOutbox {

  static final String PENDING = "PENDING";
  static final String SENT = "SENT";
  static final String LOGGED = "LOGGED";
  static final String FAILED = "FAILED";
  /** A DIGEST notice that went into a digest (named by {@code digest_key}); the digest itself is sent. */
  static final String DIGESTED = "DIGESTED";

  private final JdbcTemplate jdbc;

  NotificationOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the notice unless one with the same key exists; returns whether it was added. */
  @Transactional(propagation = Propagation.REQUIRED)
  public boolean enqueue(Notification n) {
    Notification.Line line = n.line();
    int added = jdbc.update("INSERT INTO cp_notification (idempotency_key, recipient, email, subject, body, task_id, "
        + "created_at, status, attempts, delivery, digest_group, task_name, task_state, due_at) "
        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ? WHERE NOT EXISTS "
        + "(SELECT 1 FROM cp_notification WHERE idempotency_key = ?)",
        n.idempotencyKey(), n.recipient(), n.email(), n.subject(), n.body(), n.taskId(),
        EngineClock.now().getTime(), PENDING, n.delivery().name(),
        line == null ? null : truncate(line.group(), 255), line == null ? null : truncate(line.taskName(), 500),
        line == null ? null : line.state().name(), line == null || line.due() == null ? null : line.due().toEpochMilli(),
        n.idempotencyKey());
    return added == 1;
  }

  List<Map<String, Object>> pending(int max, long staleClaimBefore) {
    return jdbc.queryForList("SELECT id, recipient, email, subject, body, attempts FROM cp_notification "
        + "WHERE status = ? AND delivery = ? AND (claimed_by IS NULL OR claimed_at < ?) ORDER BY id LIMIT " + max,
        PENDING, Notification.Delivery.IMMEDIATE.name(), staleClaimBefore);
  }

  /** Optimistic claim: of two dispatchers on two nodes exactly one gets the row. */
  boolean claim(long id, String node, long now, long staleClaimBefore) {
    return jdbc.update("UPDATE cp_notification SET claimed_by = ?, claimed_at = ? WHERE id = ? AND status = ? "
        + "AND (claimed_by IS NULL OR claimed_at < ?)", node, now, id, PENDING, staleClaimBefore) == 1;
  }

  void finish(long id, String status, long now) {
    jdbc.update("UPDATE cp_notification SET status = ?, sent_at = ?, attempts = attempts + 1 WHERE id = ?", status,
        now, id);
  }

  void failAttempt(long id, String error, int maxAttempts) {
    jdbc.update("UPDATE cp_notification SET attempts = attempts + 1, last_error = ?, claimed_by = NULL, "
        + "status = CASE WHEN attempts + 1 >= ? THEN '" + FAILED + "' ELSE status END WHERE id = ?",
        error.length() > 1000 ? error.substring(0, 1000) : error, maxAttempts, id);
  }

  public List<Map<String, Object>> recent(int max) {
    // Quoted aliases: the same JSON keys on H2 (upper-case by default) and PostgreSQL (lower-case).
    return jdbc.queryForList("SELECT id AS \"id\", idempotency_key AS \"idempotencyKey\", recipient AS \"recipient\", "
        + "subject AS \"subject\", task_id AS \"taskId\", status AS \"status\", attempts AS \"attempts\", "
        + "last_error AS \"lastError\", delivery AS \"delivery\", digest_key AS \"digestKey\" "
        + "FROM cp_notification ORDER BY id DESC LIMIT " + max);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
