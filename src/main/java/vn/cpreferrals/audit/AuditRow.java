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

  /**
   * A cell starting with = + - @ (or a tab or carriage return) is a formula to a spreadsheet program: a user id or a
   * reference typed by anyone could run commands on the inspector's computer. Such cells are prefixed with an
   * apostrophe, which spreadsheets show as text (OWASP CSV injection).
   */
  AuditRow forSpreadsheet() {
    return new AuditRow(seq, cell(time), cell(actor), cell(agency), cell(province), cell(action), cell(actionLabel),
        cell(processDefinitionKey), cell(processInstanceId), cell(businessKey), cell(taskId), cell(subject),
        cell(details), cell(hash));
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }
}
