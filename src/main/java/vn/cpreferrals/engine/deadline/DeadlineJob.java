package vn.cpreferrals.engine.deadline;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

import vn.cpreferrals.deadline.DeadlineStage;

/** What a deadline timer is for: a task, a stage, and the due date it was planned against. */
record DeadlineJob(String taskId, DeadlineStage stage, long dueMillis) implements JobHandlerConfiguration {

  static final String TYPE = "cp-task-deadline";

  static DeadlineJob parse(String canonical) {
    String[] parts = canonical.split("\\|");
    return new DeadlineJob(parts[0], DeadlineStage.valueOf(parts[1]), Long.parseLong(parts[2]));
  }

  @Override
  public String toCanonicalString() {
    return taskId + "|" + stage.name() + "|" + dueMillis;
  }
}
