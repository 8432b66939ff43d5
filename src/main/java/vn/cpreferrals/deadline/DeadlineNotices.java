package vn.cpreferrals.deadline;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import vn.cpreferrals.notification.Notification.TaskState;

/** The Vietnamese wording of deadline notices. Task names, agency names and case numbers only; never child data. */
final class DeadlineNotices {

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(DeadlinePlan.VIETNAM);

  private DeadlineNotices() {}

  /** Where the task stands after this notice ({@code stage} null: a new task), as the digest lists it. */
  static TaskState state(DeadlineStage stage) {
    if (stage == null) {
      return TaskState.NEW;
    }
    return switch (stage) {
      case REMINDER_HALF_TIME, REMINDER_BEFORE_DUE -> TaskState.DUE_SOON;
      case ESCALATION_LEVEL_1 -> TaskState.OVERDUE;
      case ESCALATION_LEVEL_2 -> TaskState.ESCALATED;
    };
  }

  static String subject(DeadlineStage stage, String taskName, Instant due) {
    if (stage == null) {
      return "[Việc mới] " + taskName + " – hạn " + DATE_TIME.format(due);
    }
    String prefix = switch (stage) {
      case REMINDER_HALF_TIME, REMINDER_BEFORE_DUE -> "[Nhắc việc]";
      case ESCALATION_LEVEL_1 -> "[Quá hạn]";
      case ESCALATION_LEVEL_2 -> "[Chuyển cấp]";
    };
    return prefix + " " + taskName + " – hạn " + DATE_TIME.format(due);
  }

  static String body(DeadlineStage stage, String recipientName, String taskName, String caseReference,
      String agencyName, String escalatedToName, Instant due, String link) {
    String situation = stage == null ? "Công việc mới được giao; đề nghị tiếp nhận và xử lý trong hạn." : switch (stage) {
      case REMINDER_HALF_TIME -> "Đã dùng quá nửa thời gian xử lý; đề nghị hoàn thành trước hạn.";
      case REMINDER_BEFORE_DUE -> "Chỉ còn một ngày làm việc đến hạn xử lý.";
      case ESCALATION_LEVEL_1 -> "Công việc đã quá hạn và được chuyển đến " + escalatedToName + " để đôn đốc.";
      case ESCALATION_LEVEL_2 -> "Công việc vẫn quá hạn sau thời gian gia hạn và được chuyển đến " + escalatedToName
          + " để chỉ đạo.";
    };
    return "Kính gửi " + recipientName + ",\n\n"
        + "Công việc: " + taskName + "\n"
        + "Hồ sơ / văn bản: " + (caseReference == null ? "(không có số)" : caseReference) + "\n"
        + "Cơ quan xử lý: " + agencyName + "\n"
        + "Hạn xử lý: " + DATE_TIME.format(due) + "\n\n"
        + situation + "\n\n"
        + "Mở công việc trong hệ thống: " + link + "\n\n"
        + "Thư được gửi tự động từ hệ thống cp-referrals; xin không trả lời thư này.\n";
  }
}
