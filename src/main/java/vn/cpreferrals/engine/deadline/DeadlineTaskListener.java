package vn.cpreferrals.engine.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cpreferrals.deadline.DeadlineActions;
import vn.cpreferrals.deadline.TaskDueStatus;
import vn.cpreferrals.deadline.PastDeadlines;
import vn.cpreferrals.process.EngineClock;

/**
 * One mechanism for every user task of every model (through Camunda's Spring event bridge): plan the timers when a
 * task is created or its due date moves, drop them when it ends, and record whether it ended on time.
 */
@Component
class DeadlineTaskListener {

  private final DeadlineTimers timers;
  private final TaskSupervision supervision;
  private final DeadlineActions actions;

  DeadlineTaskListener(DeadlineTimers timers, TaskSupervision supervision, DeadlineActions actions) {
    this.timers = timers;
    this.supervision = supervision;
    this.actions = actions;
  }

  @EventListener
  void on(DelegateTask delegate) {
    if (!(delegate instanceof TaskEntity task) || Context.getCommandContext() == null) {
      return;
    }
    switch (delegate.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> {
        supervision.grantLeadership(task, Context.getCommandContext());
        actions.announce(task);
        if (task.getDueDate() != null && PastDeadlines.acceptedWithoutReminders(task)) {
          TaskDueStatus.pastWhenStarted(task);
          return;
        }
        if (task.getDueDate() != null) {
          TaskDueStatus.opened(task);
        }
        timers.plan(task, Context.getCommandContext());
      }
      case TaskListener.EVENTNAME_UPDATE -> timers.plan(task, Context.getCommandContext());
      case TaskListener.EVENTNAME_COMPLETE -> {
        if (task.getDueDate() != null) {
          TaskDueStatus.completed(task, EngineClock.now());
        }
        timers.cancel(task, Context.getCommandContext());
      }
      case TaskListener.EVENTNAME_DELETE -> timers.cancel(task, Context.getCommandContext());
      default -> { }
    }
  }
}
