package vn.cpreferrals.engine.guard;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;

/**
 * Reminders and escalations are jobs. Staff and managers have no work with jobs: they neither list them nor run,
 * retry or re-time them. A refused attempt to run one must change nothing — the engine would otherwise count the
 * refusal as a failure of the job, lower its retries and, at zero, silence the escalation with an incident.
 */
final class JobCheck {

  static boolean concerns(Object command) {
    String name = command.getClass().getName();
    return name.startsWith("org.camunda.bpm.engine.impl.") && command.getClass().getSimpleName().contains("Job");
  }

  static void refuse() {
    throw new AuthorizationException("Nhắc việc và chuyển cấp do hệ thống thực hiện; tài khoản cán bộ không xem hoặc "
        + "chạy các tác vụ này.");
  }

  /** Failures that are refusals of the caller leave the job as it was. */
  static FailedJobCommandFactory refusalsChangeNothing(FailedJobCommandFactory engineDefault) {
    FailedJobCommandFactory delegate = engineDefault == null ? new DefaultFailedJobCommandFactory() : engineDefault;
    return (jobId, exception) -> exception instanceof AuthorizationException
        ? (Command<Object>) context -> null
        : delegate.getCommand(jobId, exception);
  }
}
