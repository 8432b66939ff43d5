package vn.cpreferrals.engine.guard;


import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Attachment;

import vn.cpreferrals.engine.EngineFields;

/**
 * Comments and attachments say as much about a child as the task's variables, and the engine checks neither reading
 * them nor (by process instance) writing them. Here only those who work the task — its assignee, owner or a member of
 * a candidate group — read and write them; comments and attachments addressed by process instance are the
 * administrator's.
 */
final class CommentCheck {

  static boolean concerns(Object command) {
    String name = command.getClass().getName();
    return name.startsWith("org.camunda.bpm.engine.impl.cmd.")
        && (name.contains("Comment") || name.contains("Attachment"));
  }

  void check(CommandContext context, Object command) {
    String taskId = (String) EngineFields.read(command, "taskId");
    if (taskId == null && EngineFields.read(command, "attachment") instanceof Attachment attachment) {
      taskId = attachment.getTaskId();
    }
    if (taskId == null) {
      throw new AuthorizationException("Ghi chú và tệp đính kèm chỉ xem được qua công việc bạn được giao.");
    }
    if (!TaskWorkers.works(context, taskId, context.getAuthentication())) {
      throw new AuthorizationException("Chỉ người xử lý công việc này được xem hoặc viết ghi chú, tệp đính kèm.");
    }
  }
}
