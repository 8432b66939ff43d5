package vn.cpreferrals.audit;

/**
 * One thing to record, before actor, time and hash are added. Never put names, narratives or contact details of a
 * child or family in {@code subject} or {@code details}: ids, codes and field names only.
 */
public record AuditEvent(
    AuditAction action,
    String province,
    String processDefinitionKey,
    String processInstanceId,
    String businessKey,
    String taskId,
    String subject,
    String details) {

  public static AuditEvent of(AuditAction action, String province, String subject, String details) {
    return new AuditEvent(action, province, null, null, null, null, subject, details);
  }
}
