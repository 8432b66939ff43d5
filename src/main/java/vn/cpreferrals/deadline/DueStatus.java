package vn.cpreferrals.deadline;

import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

/**
 * The vocabulary of government task tracking (QĐ 42/2014, amended by QĐ 23/2018). Kept in the variable
 * {@value #VARIABLE} on tasks and process instances as its Vietnamese label, because Tasklist shows the variable as it
 * is; code compares the enum, never the text.
 */
public enum DueStatus {

  OPEN_IN_TIME("trong hạn"),
  OPEN_OVERDUE("quá hạn"),
  ON_TIME("đúng hạn"),
  LATE("trễ hạn"),
  NOT_REPORTED("chưa báo cáo"),
  /** A task whose due date had already passed when its directive was started late, by choice without reminders. */
  PAST_WHEN_STARTED("đã quá hạn khi bắt đầu");

  public static final String VARIABLE = "cpDueStatus";
  /** How many stages a task has been escalated (task variable; 0 or absent: not escalated). */
  public static final String ESCALATION_LEVEL_VARIABLE = "cpEscalationLevel";
  /** Number of tasks of a process instance completed after their due date. */
  public static final String LATE_TASKS_VARIABLE = "cpLateTasks";
  /** The group a task was last escalated to, and when (task variables). */
  public static final String ESCALATED_TO_VARIABLE = "cpEscalatedTo";
  public static final String ESCALATED_AT_VARIABLE = "cpEscalatedAt";
  /** The latest escalation of any task of a process instance, as a sentence for the instance view. */
  public static final String LAST_ESCALATION_VARIABLE = "cpLastEscalation";

  private final String label;

  DueStatus(String label) {
    this.label = label;
  }

  /** What staff read, and what the variable holds. */
  public String label() {
    return label;
  }

  /** The status a stored value stands for; empty for anything else (no status yet, or a foreign value). */
  public static Optional<DueStatus> ofLabel(Object value) {
    return Arrays.stream(values()).filter(s -> s.label.equals(value)).findFirst();
  }

  public static DueStatus ofCompletion(Date completedAt, Date due) {
    return due == null || !completedAt.after(due) ? ON_TIME : LATE;
  }

  public static DueStatus ofOpen(Date now, Date due) {
    return due == null || !now.after(due) ? OPEN_IN_TIME : OPEN_OVERDUE;
  }
}
