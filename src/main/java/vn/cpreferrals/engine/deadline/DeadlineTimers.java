package vn.cpreferrals.engine.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.deadline.DeadlinePlan;
import vn.cpreferrals.deadline.DeadlineProperties;
import vn.cpreferrals.deadline.DeadlineStage;
import vn.cpreferrals.process.EngineClock;

/**
 * Engine timers (jobs) that chase a task. Real jobs, so they survive restarts, fire once in a cluster, retry on
 * failure, show in Cockpit and follow the engine clock in tests.
 */
@Component
class DeadlineTimers {

  private final DeadlineProperties properties;
  private final WorkingDays calendar;

  DeadlineTimers(DeadlineProperties properties, WorkingDays calendar) {
    this.properties = properties;
    this.calendar = calendar;
  }

  /**
   * Plans the task's next timer; when its due date moved, the old timer is replaced. Only the next stage waits as a
   * job — each stage, when it fires, plans the one after it — so an open task holds one timer, not four.
   */
  void plan(TaskEntity task, CommandContext context) {
    List<JobEntity> existing = timersOf(task, context);
    Long due = task.getDueDate() == null ? null : task.getDueDate().getTime();
    boolean upToDate = !existing.isEmpty() && due != null
        && existing.stream().allMatch(j -> config(j).dueMillis() == due);
    if (upToDate || (existing.isEmpty() && due == null)) {
      return;
    }
    existing.forEach(JobEntity::delete);
    if (due == null || !properties.enabled()) {
      return;
    }
    scheduleFirstAfter(task, null, due, context);
  }

  /** After a stage fired: the next stage of the same due date, if any is left. */
  void planNext(TaskEntity task, DeadlineStage fired, CommandContext context) {
    if (task.getDueDate() != null && properties.enabled()) {
      scheduleFirstAfter(task, fired, task.getDueDate().getTime(), context);
    }
  }

  private void scheduleFirstAfter(TaskEntity task, DeadlineStage after, long due, CommandContext context) {
    Instant created = task.getCreateTime() == null ? Instant.now() : task.getCreateTime().toInstant();
    Instant now = EngineClock.now().toInstant();
    DeadlinePlan.plan(created, Instant.ofEpochMilli(due), now, properties, calendar).entrySet().stream()
        .filter(stage -> after == null || stage.getKey().ordinal() > after.ordinal())
        .findFirst()
        .ifPresent(stage -> schedule(task, new DeadlineJob(task.getId(), stage.getKey(), due), stage.getValue(),
            context));
  }

  void cancel(TaskEntity task, CommandContext context) {
    timersOf(task, context).forEach(JobEntity::delete);
  }

  private static void schedule(TaskEntity task, DeadlineJob job, Instant at, CommandContext context) {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(DeadlineJob.TYPE);
    timer.setJobHandlerConfigurationRaw(job.toCanonicalString());
    timer.setDuedate(Date.from(at));
    timer.setTenantId(task.getTenantId());
    ExecutionEntity execution = task.getExecution();
    if (execution != null) {
      timer.setExecution(execution);
      timer.setProcessDefinitionId(execution.getProcessDefinitionId());
      timer.setProcessDefinitionKey(execution.getProcessDefinition().getKey());
      timer.setDeploymentId(execution.getProcessDefinition().getDeploymentId());
    }
    context.getJobManager().schedule(timer);
  }

  private static List<JobEntity> timersOf(TaskEntity task, CommandContext context) {
    if (task.getExecutionId() == null) {
      return List.of();
    }
    String prefix = task.getId() + "|";
    return context.getJobManager().findJobsByExecutionId(task.getExecutionId()).stream()
        .filter(j -> DeadlineJob.TYPE.equals(j.getJobHandlerType()))
        .filter(j -> j.getJobHandlerConfigurationRaw() != null && j.getJobHandlerConfigurationRaw().startsWith(prefix))
        .toList();
  }

  private static DeadlineJob config(JobEntity job) {
    return DeadlineJob.parse(job.getJobHandlerConfigurationRaw());
  }
}
