package vn.cpreferrals.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.process.EngineClock;
import vn.cpreferrals.notification.Notification;
import vn.cpreferrals.notification.NotificationOutbox;
import vn.cpreferrals.notification.NotificationProperties;

/** What happens when a deadline stage falls: reminders to the people on the task, escalation to leadership. */
@Component
public class DeadlineActions {

  static final String ESCALATION_LEVEL = DueStatus.ESCALATION_LEVEL_VARIABLE;
  static final String ESCALATED_TO = DueStatus.ESCALATED_TO_VARIABLE;
  static final String ESCALATED_AT = DueStatus.ESCALATED_AT_VARIABLE;
  static final String LAST_ESCALATION = DueStatus.LAST_ESCALATION_VARIABLE;

  private final AgencyRegistry registry;
  private final IdentityService identity;
  private final NotificationOutbox outbox;
  private final NotificationProperties notifications;
  private final AuditTrail audit;
  private final List<NoticePolicy> policies;

  DeadlineActions(AgencyRegistry registry, @Lazy IdentityService identity, NotificationOutbox outbox,
      NotificationProperties notifications, AuditTrail audit, List<NoticePolicy> policies) {
    this.registry = registry;
    this.identity = identity;
    this.outbox = outbox;
    this.notifications = notifications;
    this.audit = audit;
    this.policies = List.copyOf(policies);
  }

  /**
   * A new task with a due date: the people who will work it (the assignee or, while unclaimed, the agency's staff) are
   * told — in their daily digest, or at once for a task on a case's clock-hour limits.
   */
  public void announce(DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    Optional<Agency> agency = responsibleAgency(task);
    notify(task, null, workers(task, agency), agency.map(Agency::name).orElse(""), null);
  }

  public void fire(DelegateTask task, DeadlineStage stage) {
    Optional<Agency> agency = responsibleAgency(task);
    if (stage.isReminder()) {
      List<User> recipients = workers(task, agency);
      notify(task, stage, recipients, agency.map(Agency::name).orElse(""), null);
      audit.record(event(task, AuditAction.REMINDER_SENT, stage.name(), recipients.size() + " người nhận"));
      return;
    }
    int level = stage.escalationLevel();
    Object current = task.getVariableLocal(ESCALATION_LEVEL);
    if (current instanceof Integer done && done >= level) {
      return; // already escalated this far, e.g. after the due date was moved back
    }
    Optional<String> target = escalationGroup(agency, level);
    if (target.isEmpty()) {
      return;
    }
    String groupId = target.get();
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    String groupName = group == null ? groupId : group.getName();
    task.addCandidateGroup(groupId);
    Date now = EngineClock.now();
    task.setVariableLocal(ESCALATION_LEVEL, level);
    task.setVariableLocal(ESCALATED_TO, groupId);
    task.setVariableLocal(ESCALATED_AT, now);
    TaskDueStatus.overdue(task);
    if (task.getExecution() != null) {
      task.getExecution().getProcessInstance().setVariable(LAST_ESCALATION, "Cấp " + level + ": \"" + task.getName()
          + "\" chuyển đến " + groupName + " lúc " + DeadlineNotices.DATE_TIME.format(now.toInstant()));
    }
    List<User> recipients = identity.createUserQuery().memberOfGroup(groupId).list();
    notify(task, stage, recipients, agency.map(Agency::name).orElse(""), groupName);
    audit.record(event(task, AuditAction.ESCALATED, "Cấp " + level, "Chuyển đến " + groupId + "; "
        + recipients.size() + " người nhận"));
  }

  /** The agency whose staff group is a candidate of the task. */
  public Optional<Agency> responsibleAgency(DelegateTask task) {
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        Optional<Agency> agency = registry.agency(link.getGroupId());
        if (agency.isPresent()) {
          return agency;
        }
      }
    }
    return Optional.empty();
  }

  /** Level 1: the agency's own leadership; level 2: the leadership of the unit above it in the registry. */
  Optional<String> escalationGroup(Optional<Agency> agency, int level) {
    if (agency.isEmpty()) {
      return Optional.empty();
    }
    if (level == 1) {
      return Optional.of(agency.get().managerGroupId());
    }
    return registry.supervisorsOf(agency.get().id()).stream().findFirst().map(Agency::managerGroupId);
  }

  private List<User> workers(DelegateTask task, Optional<Agency> agency) {
    return task.getAssignee() != null ? users(List.of(task.getAssignee()))
        : agency.map(a -> identity.createUserQuery().memberOfGroup(a.groupId()).list()).orElse(List.of());
  }

  /** One notice per recipient; {@code stage} null for a new task. */
  private void notify(DelegateTask task, DeadlineStage stage, List<User> recipients, String agencyName,
      String escalatedTo) {
    Instant due = task.getDueDate().toInstant();
    String reference = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Notification.Delivery delivery = policies.stream().anyMatch(p -> p.immediate(task, stage))
        ? Notification.Delivery.IMMEDIATE : Notification.Delivery.DIGEST;
    Notification.Line line = new Notification.Line(digestGroup(task), task.getName(), DeadlineNotices.state(stage),
        due);
    String fact = stage == null ? "NEW" : stage.name();
    for (User user : recipients) {
      String name = (user.getFirstName() + " " + user.getLastName()).trim();
      outbox.enqueue(new Notification(
          task.getId() + ":" + fact + ":" + due.toEpochMilli() + ":" + user.getId(),
          user.getId(), user.getEmail(), DeadlineNotices.subject(stage, task.getName(), due),
          DeadlineNotices.body(stage, name, task.getName(), reference, agencyName, escalatedTo, due,
              notifications.taskLink(task.getId())),
          task.getId(), delivery, line));
    }
  }

  private String digestGroup(DelegateTask task) {
    return policies.stream().map(p -> p.digestGroup(task)).flatMap(Optional::stream).findFirst().orElse(null);
  }

  private List<User> users(List<String> ids) {
    List<User> users = new ArrayList<>();
    for (String id : ids) {
      User u = identity.createUserQuery().userId(id).singleResult();
      if (u != null) {
        users.add(u);
      }
    }
    return users;
  }

  private static AuditEvent event(DelegateTask task, AuditAction action, String subject, String details) {
    return new AuditEvent(action, task.getTenantId(), null, task.getProcessInstanceId(), null, task.getId(),
        subject + " – " + task.getName(), details);
  }
}
