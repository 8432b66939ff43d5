package vn.cpreferrals.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.cpreferrals.process.EngineClock;

/**
 * A directive started for a year that has (partly) passed: whoever starts it chooses, in the start form's
 * {@value #VARIABLE}, whether the deadlines already gone are {@value #FROM_TODAY} (tasks still created, marked
 * {@link DueStatus#PAST_WHEN_STARTED}, no reminder, no escalation) or {@value #AS_GIVEN} (reminded and escalated at once).
 */
public final class PastDeadlines {

  public static final String VARIABLE = "pastDeadlines";
  public static final String FROM_TODAY = "fromToday";
  public static final String AS_GIVEN = "asGiven";

  private PastDeadlines() {
  }

  public static boolean acceptedWithoutReminders(DelegateTask task) {
    if (task.getExecution() == null || !task.getDueDate().before(EngineClock.now())) {
      return false;
    }
    return FROM_TODAY.equals(root(task.getExecution()).getVariable(VARIABLE));
  }

  /** The directive itself: its items and reports run as called processes below it. */
  private static DelegateExecution root(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance;
  }
}
