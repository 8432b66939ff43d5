package vn.cpreferrals.engine.deadline;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import vn.cpreferrals.deadline.DeadlineActions;

/**
 * Officers may only work their agency's tasks (TASK_WORK); the agency's leadership may also change them — move a due
 * date, reassign — so each new task grants the leadership group READ, UPDATE and READ_VARIABLE on that task alone
 * (leadership answers for the work, so it may read it). The engine removes
 * the grant with the task.
 */
@Component
class TaskSupervision {

  private final DeadlineActions actions;

  TaskSupervision(DeadlineActions actions) {
    this.actions = actions;
  }

  void grantLeadership(TaskEntity task, CommandContext context) {
    actions.responsibleAgency(task).ifPresent(agency -> {
      AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(agency.managerGroupId());
      grant.setResource(Resources.TASK);
      grant.setResourceId(task.getId());
      grant.addPermission(Permissions.READ);
      grant.addPermission(Permissions.UPDATE);
      grant.addPermission(TaskPermissions.READ_VARIABLE);
      context.getAuthorizationManager().insert(grant);
    });
  }
}
