package vn.cpreferrals.engine.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.runtime.VariableInstance;

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

import vn.cpreferrals.audit.ActorResolver;
import vn.cpreferrals.audit.Actor;
import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.FailedLogins;
import vn.cpreferrals.engine.EngineFields;

/**
 * Records what history events do not show: who read case data (task and instance variables, single variables,
 * variable queries at runtime and in history, comments), who was refused such a read, failed password checks, and
 * deployments — including those at start-up, which have no user. Runs inside the command's transaction; a refusal is
 * written in a transaction of its own, because the command's is rolled back.
 */
class AuditCommandInterceptor extends CommandInterceptor {

  private final ActorResolver actors;
  private final AuditLog log;
  private final FailedLogins failedLogins;

  AuditCommandInterceptor(ActorResolver actors, AuditLog log, FailedLogins failedLogins) {
    this.actors = actors;
    this.log = log;
    this.failedLogins = failedLogins;
  }

  @Override
  public <T> T execute(Command<T> command) {
    T result;
    try {
      result = next.execute(command);
    } catch (AuthorizationException denied) {
      recordDenied(command, denied);
      throw denied;
    }
    if (command instanceof DeployCmd && result instanceof DeploymentWithDefinitions deployment) {
      recordDeployment(deployment);
    } else if (command instanceof CheckPassword && Boolean.FALSE.equals(result)) {
      // Anyone can fail a login: counted and written once a minute per user, not a row per attempt.
      failedLogins.failed(String.valueOf(EngineFields.read(command, "userId")));
    } else if (command instanceof GetTaskCommentsCmd || command instanceof GetTaskCommentCmd) {
      recordTaskRead((String) EngineFields.read(command, "taskId"), "ghi chú của công việc");
    } else if (isVariableQuery(command)) {
      recordQueryRead(result);
    } else {
      recordRead(command);
    }
    return result;
  }

  /** Queries that return variable values (runtime and history). */
  private static boolean isVariableQuery(Object command) {
    return command instanceof VariableInstanceQueryImpl || command instanceof HistoricVariableInstanceQueryImpl
        || command instanceof HistoricDetailQueryImpl;
  }

  /** One entry per process instance whose variables a person's query returned (at most {@value #MAX_READ_ENTRIES}). */
  private void recordQueryRead(Object result) {
    Actor actor = actors.current();
    if (Actor.SYSTEM.equals(actor.userId())) {
      return;
    }
    List<?> rows = result instanceof List<?> list ? list : result == null ? List.of() : List.of(result);
    Map<String, String[]> instances = new LinkedHashMap<>();
    for (Object row : rows) {
      String[] where = where(row);
      if (where != null && where[0] != null && instances.size() < MAX_READ_ENTRIES) {
        instances.putIfAbsent(where[0], where);
      }
    }
    instances.values().forEach(w -> log.append(actor, new AuditEvent(AuditAction.CASE_DATA_READ, w[2], w[1], w[0],
        null, null, null, "Xem dữ liệu qua truy vấn biến" + (rows.size() > 1 ? " (" + rows.size() + " giá trị)" : ""))));
  }

  static final int MAX_READ_ENTRIES = 20;

  /** Process instance, definition key and province of a variable row, runtime or history. */
  private static String[] where(Object row) {
    if (row instanceof HistoricVariableInstance h) {
      return new String[] {h.getProcessInstanceId(), h.getProcessDefinitionKey(), h.getTenantId()};
    }
    if (row instanceof HistoricDetail d) {
      return new String[] {d.getProcessInstanceId(), d.getProcessDefinitionKey(), d.getTenantId()};
    }
    if (row instanceof VariableInstance v) {
      return new String[] {v.getProcessInstanceId(), null, v.getTenantId()};
    }
    return null;
  }

  /** A refused read is evidence of someone looking where they should not: written even though the command fails. */
  private void recordDenied(Command<?> command, AuthorizationException denied) {
    Actor actor = actors.current();
    if (Actor.SYSTEM.equals(actor.userId()) || !isRead(command)) {
      return;
    }
    String taskId = (String) EngineFields.read(command, "taskId");
    String executionId = (String) EngineFields.read(command, "executionId");
    log.appendIndependently(actor, new AuditEvent(AuditAction.CASE_DATA_READ_DENIED, null, null, executionId, null,
        taskId, command.getClass().getSimpleName(), denied.getMessage()));
  }

  private static boolean isRead(Object command) {
    return command instanceof GetTaskVariablesCmd || command instanceof GetTaskVariableCmd
        || command instanceof GetTaskVariableCmdTyped || command instanceof GetExecutionVariablesCmd
        || command instanceof GetExecutionVariableCmd || command instanceof GetExecutionVariableTypedCmd
        || command instanceof AbstractGetFormVariablesCmd || command instanceof GetTaskCommentsCmd
        || command instanceof GetTaskCommentCmd || isVariableQuery(command)
        || command instanceof org.camunda.bpm.engine.impl.AbstractQuery<?, ?>;
  }

  private void recordTaskRead(String taskId, String what) {
    Actor actor = actors.current();
    TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (Actor.SYSTEM.equals(actor.userId())) {
      return;
    }
    log.append(actor, new AuditEvent(AuditAction.CASE_DATA_READ, task == null ? null : task.getTenantId(),
        null, task == null ? null : task.getProcessInstanceId(), null, taskId, task == null ? null : task.getName(),
        "Xem " + what));
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
    if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskVariableCmd
        || command instanceof GetTaskVariableCmdTyped) {
      task = context.getTaskManager().findTaskById((String) EngineFields.read(command, "taskId"));
      via = "biến của công việc";
    } else if (command instanceof AbstractGetFormVariablesCmd form && !(command instanceof GetStartFormVariablesCmd)) {
      task = context.getTaskManager().findTaskById(form.resourceId);
      via = "biểu mẫu công việc";
    } else if (command instanceof GetExecutionVariablesCmd || command instanceof GetExecutionVariableCmd
        || command instanceof GetExecutionVariableTypedCmd) {
      execution = context.getExecutionManager().findExecutionById((String) EngineFields.read(command, "executionId"));
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
}
