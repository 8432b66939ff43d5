package vn.cpreferrals.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import vn.cpreferrals.notification.Notification.TaskState;

/**
 * The Vietnamese wording of a daily digest: one line per task (its name, where it stands, its due date, its Tasklist
 * link), grouped by directive or case. Task names and directive or case numbers only; never child data.
 */
final class DigestMail {

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(NotificationProperties.VIETNAM);
  static final String OTHER_GROUP = "Việc khác";
  /** More lines than this are counted, not listed: Tasklist has them all. */
  static final int MAX_LINES = 200;

  /** A task as the digest lists it. */
  record Entry(String taskId, String group, String taskName, TaskState state, Instant due) {}

  record Mail(String subject, String body) {}

  private DigestMail() {}

  /**
   * One line per task: a task named in several notices (reminded, then overdue) is listed once, where it stands now.
   */
  static List<Entry> perTask(List<Entry> notices) {
    Map<String, Entry> latest = new LinkedHashMap<>();
    for (Entry e : notices) {
      latest.merge(e.taskId(), e, (a, b) -> b.state().ordinal() >= a.state().ordinal() ? b : a);
    }
    return new ArrayList<>(latest.values());
  }

  static Mail compose(String recipientName, LocalDateTime asOf, List<Entry> tasks, Function<String, String> link,
      String tasklist) {
    Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    tasks.forEach(t -> counts.merge(t.state(), 1, Integer::sum));
    String summary = counts(counts);
    String subject = "[Tổng hợp hằng ngày] " + tasks.size() + " việc" + (summary.isEmpty() ? "" : ": " + summary);

    Map<String, List<Entry>> groups = new TreeMap<>(Comparator.comparing((String g) -> g.equals(OTHER_GROUP))
        .thenComparing(Comparator.naturalOrder()));
    tasks.forEach(t -> groups.computeIfAbsent(t.group() == null ? OTHER_GROUP : t.group(), g -> new ArrayList<>())
        .add(t));
    StringBuilder body = new StringBuilder();
    body.append("Kính gửi ").append(recipientName).append(",\n\n")
        .append("Tổng hợp công việc cần anh/chị quan tâm đến ")
        .append(DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(asOf)).append(": ")
        .append(tasks.size()).append(" việc").append(summary.isEmpty() ? "" : " (" + summary + ")").append(".\n");
    int listed = 0;
    for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
      if (listed >= MAX_LINES) {
        break;
      }
      body.append("\n").append(group.getKey()).append("\n");
      List<Entry> lines = new ArrayList<>(group.getValue());
      lines.sort(Comparator.comparing(Entry::due, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Entry::taskName));
      for (Entry line : lines) {
        if (listed++ >= MAX_LINES) {
          break;
        }
        body.append("- ").append(line.taskName()).append(" · ").append(line.state().label())
            .append(line.due() == null ? "" : " · hạn " + DATE_TIME.format(line.due())).append("\n  ")
            .append(link.apply(line.taskId())).append("\n");
      }
    }
    if (tasks.size() > MAX_LINES) {
      body.append("\n… và ").append(tasks.size() - MAX_LINES).append(" việc khác: xem trong Tasklist.\n");
    }
    body.append("\nMở Tasklist để xem toàn bộ công việc: ").append(tasklist).append("\n\n")
        .append("Thư tổng hợp được gửi tự động mỗi ngày một lần từ hệ thống cp-referrals; xin không trả lời thư này.\n");
    return new Mail(subject, body.toString());
  }

  /** "3 quá hạn, 2 sắp đến hạn": the most pressing first, states without tasks left out. */
  private static String counts(Map<TaskState, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (TaskState state : List.of(TaskState.ESCALATED, TaskState.OVERDUE, TaskState.DUE_SOON, TaskState.NEW)) {
      Integer n = counts.get(state);
      if (n != null) {
        parts.add(n + " " + state.label());
      }
    }
    return String.join(", ", parts);
  }
}
