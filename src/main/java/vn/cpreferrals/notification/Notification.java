package vn.cpreferrals.notification;

/** A notice for one staff member; {@code idempotencyKey} names the fact it reports, so it is sent once. */
public record Notification(String idempotencyKey, String recipient, String email, String subject, String body,
    String taskId) {}
