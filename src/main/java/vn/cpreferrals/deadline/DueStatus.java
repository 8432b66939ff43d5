package vn.cpreferrals.deadline;

import java.util.Date;

/**
 * The vocabulary of government task tracking (QĐ 42/2014, amended by QĐ 23/2018), kept in the variable
 * {@value #VARIABLE} on tasks and process instances.
 */
public final class DueStatus {

  public static final String VARIABLE = "cpDueStatus";
  /** How many stages a task has been escalated (task variable; 0 or absent: not escalated). */
  public static final String ESCALATION_LEVEL_VARIABLE = "cpEscalationLevel";
  /** Number of tasks of a process instance completed after their due date. */
  public static final String LATE_TASKS_VARIABLE = "cpLateTasks";

  public static final String ON_TIME = "đúng hạn";
  public static final String LATE = "trễ hạn";
  public static final String OPEN_IN_TIME = "trong hạn";
  public static final String OPEN_OVERDUE = "quá hạn";
  public static final String NOT_REPORTED = "chưa báo cáo";
  /** A task whose due date had already passed when its directive was started late, by choice without reminders. */
  public static final String PAST_WHEN_STARTED = "đã quá hạn khi bắt đầu";

  private DueStatus() {}

  public static String ofCompletion(Date completedAt, Date due) {
    return due == null || !completedAt.after(due) ? ON_TIME : LATE;
  }

  public static String ofOpen(Date now, Date due) {
    return due == null || !now.after(due) ? OPEN_IN_TIME : OPEN_OVERDUE;
  }
}
