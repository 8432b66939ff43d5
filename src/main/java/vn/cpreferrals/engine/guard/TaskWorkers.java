package vn.cpreferrals.engine.guard;

import java.util.List;

import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** Who works a task: its assignee, its owner, a candidate user or a member of a candidate group. */
final class TaskWorkers {

  private TaskWorkers() {}

  static boolean worksOpenTask(TaskEntity task, Authentication who) {
    List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
    if (who.getUserId().equals(task.getAssignee()) || who.getUserId().equals(task.getOwner())) {
      return true;
    }
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (who.getUserId().equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  /** Open or finished: those who were its assignee or candidates keep access to what was said on it. */
  static boolean works(CommandContext context, String taskId, Authentication who) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task != null) {
      return worksOpenTask(task, who);
    }
    List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
    return context.runWithoutAuthorization(() -> {
      var history = context.getProcessEngineConfiguration().getHistoryService();
      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      if (done == null) {
        return false;
      }
      if (who.getUserId().equals(done.getAssignee())) {
        return true;
      }
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(taskId).list()) {
        if (who.getUserId().equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
          return true;
        }
      }
      return false;
    });
  }
}
