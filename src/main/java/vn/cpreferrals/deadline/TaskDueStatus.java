package vn.cpreferrals.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Writes the due status of a task ({@value DueStatus#VARIABLE}) as its work moves: opened, overdue, completed. With
 * {@link ProcessDueStatus} the only writer of the variable; the engine's task listener and the escalation call it.
 */
public final class TaskDueStatus {

  private TaskDueStatus() {
  }

  public static void opened(DelegateTask task) {
    task.setVariableLocal(DueStatus.VARIABLE, DueStatus.OPEN_IN_TIME.label());
  }

  /** Started late on purpose: the work is still there to do, but nobody is reminded or escalated for it. */
  public static void pastWhenStarted(DelegateTask task) {
    task.setVariableLocal(DueStatus.VARIABLE, DueStatus.PAST_WHEN_STARTED.label());
  }

  /** Past its due date and escalated: the task and its process instance are overdue. */
  public static void overdue(DelegateTask task) {
    task.setVariableLocal(DueStatus.VARIABLE, DueStatus.OPEN_OVERDUE.label());
    if (task.getExecution() != null) {
      task.getExecution().getProcessInstance().setVariable(DueStatus.VARIABLE, DueStatus.OPEN_OVERDUE.label());
    }
  }

  /** Completed on time or late; the process counts its late tasks to say whether it was done on time as a whole. */
  public static void completed(DelegateTask task, java.util.Date at) {
    DueStatus status = DueStatus.ofCompletion(at, task.getDueDate());
    task.setVariableLocal(DueStatus.VARIABLE, status.label());
    if (status == DueStatus.LATE && task.getExecution() != null) {
      var instance = task.getExecution().getProcessInstance();
      Object count = instance.getVariable(DueStatus.LATE_TASKS_VARIABLE);
      instance.setVariable(DueStatus.LATE_TASKS_VARIABLE, count instanceof Number n ? n.intValue() + 1 : 1);
    }
  }
}
