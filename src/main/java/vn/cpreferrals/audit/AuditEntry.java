package vn.cpreferrals.audit;

import java.time.Instant;

/** A stored entry of the audit log, as read back for display, export and verification. */
public record AuditEntry(
    long seq,
    Instant occurredAt,
    String actor,
    String actorAgency,
    String province,
    String action,
    String processDefinitionKey,
    String processInstanceId,
    String businessKey,
    String taskId,
    String subject,
    String details,
    String prevHash,
    String hash) {}
