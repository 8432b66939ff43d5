package vn.cpreferrals.engine.audit;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cpreferrals.audit.ActorResolver;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditLog;

/**
 * Receives every history event synchronously, inside the engine's transaction (Camunda's Spring event bridge), and
 * appends what it means to the audit log.
 */
@Component
class EngineAuditRecorder {

  private final HistoryEventTranslator translator;
  private final ActorResolver actors;
  private final AuditLog log;

  EngineAuditRecorder(HistoryEventTranslator translator, ActorResolver actors, AuditLog log) {
    this.translator = translator;
    this.actors = actors;
    this.log = log;
  }

  @EventListener
  void on(HistoryEvent event) {
    translator.translate(event).ifPresent(audit -> log.append(actors.current(), withBusinessKey(withInstance(audit))));
  }

  /** Identity-link events name only the task; the task knows its process instance. */
  private static AuditEvent withInstance(AuditEvent e) {
    if (e.processInstanceId() != null || e.taskId() == null || Context.getCommandContext() == null) {
      return e;
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(e.taskId());
    return task == null ? e : new AuditEvent(e.action(), e.province(), e.processDefinitionKey(),
        task.getProcessInstanceId(), e.businessKey(), e.taskId(), e.subject(), e.details());
  }

  /** Task and variable events do not carry the business key; the running instance does. */
  private static AuditEvent withBusinessKey(AuditEvent e) {
    if (e.businessKey() != null || e.processInstanceId() == null) {
      return e;
    }
    CommandContext context = Context.getCommandContext();
    ExecutionEntity instance = context == null ? null
        : context.getExecutionManager().findExecutionById(e.processInstanceId());
    String key = instance == null ? null : instance.getBusinessKey();
    return key == null ? e : new AuditEvent(e.action(), e.province(), e.processDefinitionKey(), e.processInstanceId(),
        key, e.taskId(), e.subject(), e.details());
  }
}
