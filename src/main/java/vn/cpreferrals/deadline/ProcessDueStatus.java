package vn.cpreferrals.deadline;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The due status of a whole process instance (a case, a directive, an assignment). Only {@code deadline/} writes
 * {@value DueStatus#VARIABLE}: the models say when work opens and ends, this says what that means.
 */
public final class ProcessDueStatus {

  private ProcessDueStatus() {
  }

  /** Work opens in time: no task of it has been late yet. */
  public static void opened(VariableScope instance) {
    instance.setVariable(DueStatus.VARIABLE, DueStatus.OPEN_IN_TIME.label());
    instance.setVariable(DueStatus.LATE_TASKS_VARIABLE, 0);
  }

  /** The same, for the variables a process is started with. */
  public static void openedInto(Map<String, Object> startVariables) {
    startVariables.put(DueStatus.VARIABLE, DueStatus.OPEN_IN_TIME.label());
  }

  /** The work of {@code execution}'s process instance is done: on time unless one of its tasks was completed late. */
  public static void finished(DelegateExecution execution) {
    Object late = execution.getVariable(DueStatus.LATE_TASKS_VARIABLE);
    boolean anyLate = late instanceof Number n && n.intValue() > 0;
    execution.getProcessInstance().setVariable(DueStatus.VARIABLE, (anyLate ? DueStatus.LATE : DueStatus.ON_TIME).label());
  }
}
