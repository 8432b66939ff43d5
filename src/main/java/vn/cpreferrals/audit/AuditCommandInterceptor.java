package vn.cpreferrals.audit;

import java.lang.reflect.Field;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Records what history events do not show: who read case data (task and instance variables), failed password checks,
 * and deployments — including those at start-up, which have no user. Runs inside the command's transaction.
 */
class AuditCommandInterceptor extends CommandInterceptor {

  private final ActorResolver actors;
  private final AuditLog log;

  AuditCommandInterceptor(ActorResolver actors, AuditLog log) {
    this.actors = actors;
    this.log = log;
  }

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (command instanceof DeployCmd && result instanceof DeploymentWithDefinitions deployment) {
      recordDeployment(deployment);
    } else if (command instanceof CheckPassword && Boolean.FALSE.equals(result)) {
      log.append(new Actor(String.valueOf(field(command, "userId")), null),
          AuditEvent.of(AuditAction.LOGIN_FAILED, null, "engine", null));
    } else {
      recordRead(command);
    }
    return result;
  }

  private void recordDeployment(DeploymentWithDefinitions deployment) {
    String definitions = deployment.getDeployedProcessDefinitions() == null ? ""
        : deployment.getDeployedProcessDefinitions().stream()
            .map(d -> d.getKey() + ":" + d.getVersion()).collect(Collectors.joining(", "));
    log.append(actors.current(), AuditEvent.of(AuditAction.DEPLOYMENT, deployment.getTenantId(),
        deployment.getName(), "Mã triển khai " + deployment.getId() + "; quy trình: " + definitions));
  }

  /** Only reads by a person are recorded; the engine reading its own variables is not an access. */
  private void recordRead(Command<?> command) {
    Actor actor = actors.current();
    if (Actor.SYSTEM.equals(actor.userId())) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    String via;
    TaskEntity task = null;
    ExecutionEntity execution = null;
    if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskVariableCmd) {
      task = context.getTaskManager().findTaskById((String) field(command, "taskId"));
      via = "biến của công việc";
    } else if (command instanceof AbstractGetFormVariablesCmd form && !(command instanceof GetStartFormVariablesCmd)) {
      task = context.getTaskManager().findTaskById(form.resourceId);
      via = "biểu mẫu công việc";
    } else if (command instanceof GetExecutionVariablesCmd || command instanceof GetExecutionVariableCmd) {
      execution = context.getExecutionManager().findExecutionById((String) field(command, "executionId"));
      via = "biến của tiến trình";
    } else {
      return;
    }
    if (task != null) {
      execution = task.getProcessInstance();
    }
    if (execution == null) {
      return;
    }
    ExecutionEntity instance = execution.getProcessInstance();
    ProcessDefinition definition = instance.getProcessDefinition();
    log.append(actor, new AuditEvent(AuditAction.CASE_DATA_READ, instance.getTenantId(),
        definition == null ? null : definition.getKey(), instance.getId(), instance.getBusinessKey(),
        task == null ? null : task.getId(), task == null ? null : task.getName(), "Xem " + via));
  }

  /** Engine commands keep their arguments in non-public fields; read them without depending on their visibility. */
  private static Object field(Object target, String name) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        return null;
      }
    }
    return null;
  }
}
