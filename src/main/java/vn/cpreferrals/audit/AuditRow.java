package vn.cpreferrals.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry as staff and inspectors read it: Vietnam time and the Vietnamese name of the action. */
@JsonPropertyOrder({"seq", "time", "actor", "agency", "province", "action", "actionLabel", "processDefinitionKey",
    "processInstanceId", "businessKey", "taskId", "subject", "details", "hash"})
record AuditRow(long seq, String time, String actor, String agency, String province, String action,
    String actionLabel, String processDefinitionKey, String processInstanceId, String businessKey, String taskId,
    String subject, String details, String hash) {

  static final DateTimeFormatter VIETNAM_TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  static AuditRow of(AuditEntry e) {
    String label;
    try {
      label = AuditAction.valueOf(e.action()).label();
    } catch (IllegalArgumentException unknown) {
      label = e.action();
    }
    return new AuditRow(e.seq(), VIETNAM_TIME.format(e.occurredAt()), e.actor(), e.actorAgency(), e.province(),
        e.action(), label, e.processDefinitionKey(), e.processInstanceId(), e.businessKey(), e.taskId(), e.subject(),
        e.details(), e.hash());
  }
}
