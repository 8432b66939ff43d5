package vn.cpreferrals.engine.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.springframework.stereotype.Component;

import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.engine.guard.OpenVariables;

/**
 * Turns the engine's history events into audit events. Only facts are copied: ids, names of tasks and fields, and
 * values of the open variables (an allow-list: everything else is recorded by name only).
 */
@Component
class HistoryEventTranslator {

  static final int VALUE_MAX = 200;

  /** User operations on tasks that the task and identity-link events do not already tell. */
  static final Map<String, AuditAction> TASK_OPERATIONS = Map.of(
      "Claim", AuditAction.TASK_CLAIMED,
      "Assign", AuditAction.TASK_ASSIGNED,
      "Delegate", AuditAction.TASK_DELEGATED,
      "Resolve", AuditAction.TASK_RESOLVED,
      "SetOwner", AuditAction.TASK_OWNER_SET,
      "Update", AuditAction.TASK_UPDATED,
      "SetPriority", AuditAction.TASK_UPDATED);

  /** Properties of user operations whose values are ids, dates or numbers; others (names, descriptions) are free text. */
  static final java.util.Set<String> SAFE_PROPERTIES = java.util.Set.of("assignee", "owner", "priority", "dueDate",
      "followUpDate", "delegation", "retries", "suspensionState", "processDefinitionKey", "processDefinitionId",
      "processInstanceId", "jobDefinitionId", "userId", "groupId", "tenantId", "async", "nrOfInstances",
      "candidateGroup", "candidateUser", "includeJobs", "cascade", "skipCustomListeners", "skipIoMappings");

  private final OpenVariables open;

  HistoryEventTranslator(OpenVariables open) {
    this.open = open;
  }

  Optional<AuditEvent> translate(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity pi) {
      return process(pi);
    }
    if (event instanceof HistoricTaskInstanceEventEntity task) {
      return task(task);
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return variable(variable);
    }
    if (event instanceof HistoricIdentityLinkLogEventEntity link) {
      return identityLink(link);
    }
    if (event instanceof UserOperationLogEntryEventEntity operation) {
      return operation(operation);
    }
    return Optional.empty();
  }

  private Optional<AuditEvent> process(HistoricProcessInstanceEventEntity pi) {
    if (is(pi, HistoryEventTypes.PROCESS_INSTANCE_START)) {
      return Optional.of(new AuditEvent(AuditAction.PROCESS_STARTED, pi.getTenantId(), pi.getProcessDefinitionKey(),
          pi.getProcessInstanceId(), pi.getBusinessKey(), null, pi.getProcessDefinitionKey(), null));
    }
    if (is(pi, HistoryEventTypes.PROCESS_INSTANCE_END)) {
      return Optional.of(new AuditEvent(AuditAction.PROCESS_ENDED, pi.getTenantId(), pi.getProcessDefinitionKey(),
          pi.getProcessInstanceId(), pi.getBusinessKey(), null, pi.getProcessDefinitionKey(),
          // A cancellation reason is typed by a person and may name the child: it stays in the engine's history.
          pi.getDeleteReason() == null ? null : "Kết thúc do bị hủy; lý do lưu trong lịch sử của quy trình"));
    }
    return Optional.empty();
  }

  private Optional<AuditEvent> task(HistoricTaskInstanceEventEntity task) {
    AuditAction action;
    if (is(task, HistoryEventTypes.TASK_INSTANCE_CREATE)) {
      action = AuditAction.TASK_CREATED;
    } else if (is(task, HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
      action = AuditAction.TASK_COMPLETED;
    } else if (is(task, HistoryEventTypes.TASK_INSTANCE_DELETE)) {
      action = AuditAction.TASK_DELETED;
    } else {
      return Optional.empty();
    }
    String details = task.getDueDate() == null ? null : "Hạn xử lý: " + Instant.ofEpochMilli(task.getDueDate().getTime());
    return Optional.of(new AuditEvent(action, task.getTenantId(), task.getProcessDefinitionKey(),
        task.getProcessInstanceId(), null, task.getTaskId(), task.getName(), details));
  }

  private Optional<AuditEvent> variable(HistoricVariableUpdateEventEntity v) {
    boolean deleted = is(v, HistoryEventTypes.VARIABLE_INSTANCE_DELETE);
    if (!deleted && !is(v, HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && !is(v, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)) {
      return Optional.empty();
    }
    String details = deleted ? null : "Giá trị: " + printable(v);
    return Optional.of(new AuditEvent(deleted ? AuditAction.VARIABLE_DELETED : AuditAction.VARIABLE_SET,
        v.getTenantId(), v.getProcessDefinitionKey(), v.getProcessInstanceId(), null, v.getTaskId(),
        v.getVariableName(), details));
  }

  private Optional<AuditEvent> identityLink(HistoricIdentityLinkLogEventEntity link) {
    if (link.getGroupId() == null || !"candidate".equals(link.getType())) {
      return Optional.empty();
    }
    AuditAction action = "add".equals(link.getOperationType()) ? AuditAction.TASK_GROUP_ADDED
        : AuditAction.TASK_GROUP_REMOVED;
    return Optional.of(new AuditEvent(action, link.getTenantId(), link.getProcessDefinitionKey(), null, null,
        link.getTaskId(), link.getGroupId(), null));
  }

  private Optional<AuditEvent> operation(UserOperationLogEntryEventEntity op) {
    AuditAction taskAction = "Task".equals(op.getEntityType()) ? TASK_OPERATIONS.get(op.getOperationType()) : null;
    if ("Task".equals(op.getEntityType()) && taskAction == null) {
      return Optional.empty(); // complete, create, delete and group links come from their own events
    }
    if ("Deployment".equals(op.getEntityType())) {
      return Optional.empty(); // recorded by the deployment command itself, also for start-up deployments
    }
    AuditAction action = taskAction != null ? taskAction : AuditAction.USER_OPERATION;
    String subject = taskAction != null ? op.getProperty() : op.getOperationType() + " " + op.getEntityType();
    String details = op.getProperty() == null ? null : SAFE_PROPERTIES.contains(op.getProperty())
        ? op.getProperty() + ": " + clip(op.getOrgValue()) + " → " + clip(op.getNewValue())
        : op.getProperty() + " (giá trị không ghi vào nhật ký)";
    return Optional.of(new AuditEvent(action, op.getTenantId(), op.getProcessDefinitionKey(), op.getProcessInstanceId(),
        null, op.getTaskId(), subject, details));
  }

  private String printable(HistoricVariableUpdateEventEntity v) {
    if (!open.isOpen(v.getVariableName())) {
      return "(ẩn: dữ liệu nhạy cảm)";
    }
    String type = v.getSerializerName() == null ? "null" : v.getSerializerName();
    return switch (type) {
      case "null" -> "null";
      case "string" -> clip(v.getTextValue());
      case "boolean" -> String.valueOf(v.getLongValue() != null && v.getLongValue() == 1L);
      case "integer", "long", "short" -> String.valueOf(v.getLongValue());
      case "double" -> String.valueOf(v.getDoubleValue());
      case "date" -> v.getLongValue() == null ? "null" : Instant.ofEpochMilli(v.getLongValue()).toString();
      default -> "(" + type + ")";
    };
  }

  private static boolean is(HistoryEvent event, HistoryEventTypes type) {
    return type.getEventName().equals(event.getEventType());
  }

  private static String clip(String s) {
    return s == null || s.length() <= VALUE_MAX ? s : s.substring(0, VALUE_MAX) + "…";
  }
}
