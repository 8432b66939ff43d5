package vn.cpreferrals.engine.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cpreferrals.deadline.DueStatus;
import vn.cpreferrals.deadline.PastDeadlines;
import vn.cpreferrals.engine.EngineClock;

/**
 * One mechanism for every user task of every model (through Camunda's Spring event bridge): plan the timers when a
 * task is created or its due date moves, drop them when it ends, and record whether it ended on time.
 */
@Component
class DeadlineTaskListener {

  private final DeadlineTimers timers;
  private final TaskSupervision supervision;

  DeadlineTaskListener(DeadlineTimers timers, TaskSupervision supervision) {
    this.timers = timers;
    this.supervision = supervision;
  }

  @EventListener
  void on(DelegateTask delegate) {
    if (!(delegate instanceof TaskEntity task) || Context.getCommandContext() == null) {
      return;
    }
    switch (delegate.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> {
        supervision.grantLeadership(task, Context.getCommandContext());
        if (task.getDueDate() != null && PastDeadlines.acceptedWithoutReminders(task)) {
          // Started late on purpose: the work is still there to do, but nobody is reminded or escalated for it.
          task.setVariableLocal(DueStatus.VARIABLE, DueStatus.PAST_WHEN_STARTED);
          return;
        }
        if (task.getDueDate() != null) {
          task.setVariableLocal(DueStatus.VARIABLE, DueStatus.OPEN_IN_TIME);
        }
        timers.plan(task, Context.getCommandContext());
      }
      case TaskListener.EVENTNAME_UPDATE -> timers.plan(task, Context.getCommandContext());
      case TaskListener.EVENTNAME_COMPLETE -> {
        if (task.getDueDate() != null) {
          String status = DueStatus.ofCompletion(EngineClock.now(), task.getDueDate());
          task.setVariableLocal(DueStatus.VARIABLE, status);
          boolean late = DueStatus.LATE.equals(status);
          if (late && task.getExecution() != null) {
            // The process counts its late tasks, so it can say whether it was done on time as a whole.
            var instance = task.getExecution().getProcessInstance();
            Object count = instance.getVariable(DueStatus.LATE_TASKS_VARIABLE);
            instance.setVariable(DueStatus.LATE_TASKS_VARIABLE, count instanceof Number n ? n.intValue() + 1 : 1);
          }
        }
        timers.cancel(task, Context.getCommandContext());
      }
      case TaskListener.EVENTNAME_DELETE -> timers.cancel(task, Context.getCommandContext());
      default -> { }
    }
  }
}
