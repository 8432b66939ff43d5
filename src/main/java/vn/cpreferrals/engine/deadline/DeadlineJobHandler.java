package vn.cpreferrals.engine.deadline;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import vn.cpreferrals.deadline.DeadlineActions;

/**
 * Fires a deadline stage and plans the next one, unless the task is gone or its due date has moved since the timer was
 * planned (the move planned a new timer).
 */
class DeadlineJobHandler implements JobHandler<DeadlineJob> {

  private final DeadlineActions actions;
  private final DeadlineTimers timers;

  DeadlineJobHandler(DeadlineActions actions, DeadlineTimers timers) {
    this.actions = actions;
    this.timers = timers;
  }

  @Override
  public String getType() {
    return DeadlineJob.TYPE;
  }

  @Override
  public void execute(DeadlineJob job, ExecutionEntity execution, CommandContext context, String tenantId) {
    TaskEntity task = context.getTaskManager().findTaskById(job.taskId());
    if (task == null || task.getDueDate() == null || task.getDueDate().getTime() != job.dueMillis()) {
      return;
    }
    actions.fire(task, job.stage());
    timers.planNext(task, job.stage(), context);
  }

  @Override
  public DeadlineJob newConfiguration(String canonicalString) {
    return DeadlineJob.parse(canonicalString);
  }

  @Override
  public void onDelete(DeadlineJob configuration, JobEntity jobEntity) {
    // nothing to clean up
  }
}
