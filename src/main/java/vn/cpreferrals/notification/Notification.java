package vn.cpreferrals.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A notice for one staff member; {@code idempotencyKey} names the fact it reports, so it is sent once. An
 * {@link Delivery#IMMEDIATE} notice is mailed as it stands (subject, body); a {@link Delivery#DIGEST} notice becomes one
 * {@code line} of the recipient's daily digest (its subject and body stay in the outbox for the administrator's view).
 */
public record Notification(String idempotencyKey, String recipient, String email, String subject, String body,
    String taskId, Delivery delivery, Line line) {

  public Notification {
    delivery = delivery == null ? Delivery.IMMEDIATE : delivery;
    if (delivery == Delivery.DIGEST) {
      Objects.requireNonNull(line, "a digest notice needs its line");
    }
  }

  /** A notice sent at once. */
  public Notification(String idempotencyKey, String recipient, String email, String subject, String body,
      String taskId) {
    this(idempotencyKey, recipient, email, subject, body, taskId, Delivery.IMMEDIATE, null);
  }

  /** When the notice goes out. */
  public enum Delivery {
    /** Mailed by the dispatcher as soon as it is committed. */
    IMMEDIATE,
    /** Collected into the recipient's daily digest. */
    DIGEST
  }

  /** Where a task stands, as its digest line says it. */
  public enum TaskState {
    NEW("mới"),
    DUE_SOON("sắp đến hạn"),
    OVERDUE("quá hạn"),
    ESCALATED("đã chuyển cấp");

    private final String label;

    TaskState(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One task in a digest: the directive or case it belongs to as staff cite it ({@code group}, e.g. "Văn bản
   * 65/KH-UBND", "Hồ sơ QNG-2026-0001"; null for neither), its name, where it stands and its due date.
   */
  public record Line(String group, String taskName, TaskState state, Instant due) {

    public Line {
      Objects.requireNonNull(taskName, "taskName");
      Objects.requireNonNull(state, "state");
    }
  }
}
