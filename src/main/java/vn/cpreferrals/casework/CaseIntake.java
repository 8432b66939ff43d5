package vn.cpreferrals.casework;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.Communes;
import vn.cpreferrals.reorganisation.AppliedReorganisations;
import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.process.AsSystem;
import vn.cpreferrals.process.EngineClock;

import static vn.cpreferrals.casework.CaseProcess.CASE_NUMBER;
import static vn.cpreferrals.casework.CaseProcess.CASE_SUMMARY;
import static vn.cpreferrals.casework.CaseProcess.CHILD_BIRTH_DATE;
import static vn.cpreferrals.casework.CaseProcess.CHILD_NAME;
import static vn.cpreferrals.casework.CaseProcess.CHILD_SEX;
import static vn.cpreferrals.casework.CaseProcess.COMMUNE_AGENCY;
import static vn.cpreferrals.casework.CaseProcess.EXTERNAL_REFERENCE;
import static vn.cpreferrals.casework.CaseProcess.HARM_TYPE;
import static vn.cpreferrals.casework.CaseProcess.INTAKE_SOURCE;
import static vn.cpreferrals.casework.CaseProcess.LIFE_THREATENING;
import static vn.cpreferrals.casework.CaseProcess.PERPETRATOR_HAS_ACCESS;
import static vn.cpreferrals.casework.CaseProcess.PROVINCE_ID;
import static vn.cpreferrals.casework.CaseProcess.RECEIVED_AT;
import static vn.cpreferrals.casework.CaseProcess.REPORTED_BY;
import static vn.cpreferrals.casework.CaseProcess.REPORTER_NAME;
import static vn.cpreferrals.casework.CaseProcess.REPORTER_PHONE;

/**
 * Receives a report from any intake point and "chuyển ngay" opens the case at the People's Committee of the commune
 * where it happened, in that commune's province — whichever province the intake point belongs to.
 */
@Service
public class CaseIntake {

  static final ZoneId VIETNAM = WorkingDays.VIETNAM;

  private final Communes communes;
  private final AppliedReorganisations reorganisations;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final CaseNumbers numbers;
  private final TransactionTemplate transactions;

  CaseIntake(Communes communes, AppliedReorganisations reorganisations, RuntimeService runtime,
      IdentityService identity, JdbcTemplate jdbc, AuditTrail audit, CaseNumbers numbers,
      PlatformTransactionManager transactionManager) {
    this.communes = communes;
    this.reorganisations = reorganisations;
    this.runtime = runtime;
    this.identity = identity;
    this.jdbc = jdbc;
    this.audit = audit;
    this.numbers = numbers;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** {@code note} says when the commune named had been merged and the case opened at its successor. */
  public record Opened(String caseNumber, String processInstanceId, boolean duplicate, String note) {
    Opened(String caseNumber, String processInstanceId, boolean duplicate) {
      this(caseNumber, processInstanceId, duplicate, null);
    }
  }

  static final OffsetDateTime EARLIEST_RECEIPT = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));

  /**
   * Opens the case, or finds the one already opened for this source and reference. Parallel intakes of the same
   * report meet on the intake row's key: the first opens the case, the others wait for it and answer with it.
   */
  public Opened open(CaseReport report, String reportedBy) {
    checkPlausible(report);
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(tx -> openOnce(report, reportedBy));
      } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
        if (attempt >= MAX_ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  private static final int MAX_ATTEMPTS = 5;

  private Opened openOnce(CaseReport report, String reportedBy) {
    Optional<Opened> existing = find(report);
    if (existing.isPresent()) {
      return existing.get();
    }
    Communes.Placement placement;
    try {
      placement = communes.place(report.communeAgency(), report.receivedAt().atZoneSameInstant(VIETNAM).toLocalDate(),
          reorganisations.latestAsOf());
    } catch (IllegalArgumentException e) {
      throw new InvalidReportException("communeAgency", e.getMessage());
    }
    Agency commune = placement.commune();
    String caseNumber = numbers.next(commune.province(), report.receivedAt().atZoneSameInstant(VIETNAM).getYear());
    // Claim the report first: a parallel intake of the same report stops here until this one commits.
    jdbc.update("INSERT INTO cp_case_intake (source, external_reference, case_number, province, process_instance_id, "
        + "reported_by, created_at) VALUES (?,?,?,?,?,?,?)", report.source().name(), report.externalReference(),
        caseNumber, commune.province(), "", reportedBy, EngineClock.now().getTime());
    Map<String, Object> variables = new HashMap<>();
    CASE_NUMBER.into(variables, caseNumber);
    PROVINCE_ID.into(variables, commune.province());
    COMMUNE_AGENCY.into(variables, commune.id());
    RECEIVED_AT.into(variables, Date.from(report.receivedAt().toInstant()));
    INTAKE_SOURCE.into(variables, report.source().name());
    EXTERNAL_REFERENCE.into(variables, report.externalReference());
    REPORTED_BY.into(variables, reportedBy);
    HARM_TYPE.into(variables, report.harmType());
    LIFE_THREATENING.into(variables, report.lifeThreatening());
    PERPETRATOR_HAS_ACCESS.into(variables, report.perpetratorHasAccess());
    if (report.child() != null) {
      CHILD_NAME.into(variables, report.child().fullName());
      CHILD_BIRTH_DATE.into(variables, report.child().birthDate() == null ? null : report.child().birthDate().toString());
      CHILD_SEX.into(variables, report.child().sex());
    }
    CASE_SUMMARY.into(variables, report.summary());
    if (report.reporter() != null) {
      REPORTER_NAME.into(variables, report.reporter().fullName());
      REPORTER_PHONE.into(variables, report.reporter().phone());
    }
    String instance = startAsSystem(caseNumber, variables);
    jdbc.update("UPDATE cp_case_intake SET process_instance_id = ? WHERE source = ? AND external_reference = ?",
        instance, report.source().name(), report.externalReference());
    audit.record(new AuditEvent(AuditAction.CASE_REPORTED, commune.province(), CaseProcess.KEY, instance,
        caseNumber, null, report.source().name(), "Gửi bởi " + reportedBy + "; mã tham chiếu " + report.externalReference()
        + (placement.note() == null ? "" : "; " + placement.note())));
    return new Opened(caseNumber, instance, false, placement.note());
  }

  /** A receipt before 2000 or more than a day ahead is a typing or clock error, not a report. */
  static void checkPlausible(CaseReport report) {
    OffsetDateTime received = report.receivedAt();
    if (received == null) {
      return;
    }
    OffsetDateTime latest = OffsetDateTime.ofInstant(EngineClock.now().toInstant(), VIETNAM).plusDays(1);
    if (received.isBefore(EARLIEST_RECEIPT) || received.isAfter(latest)) {
      throw new InvalidReportException("receivedAt", "Thời điểm tiếp nhận không hợp lý: phải từ năm 2000 đến "
          + "hiện tại (chậm nhất một ngày sau giờ máy chủ), ví dụ 2026-04-29T10:15:00+07:00.");
    }
  }

  /**
   * Any intake point may report a case anywhere ("chuyển ngay" to the commune where it happened), so the case is opened
   * by the system, not under the reporter's own province and rights; who reported it is kept in the case and the audit.
   */
  private String startAsSystem(String caseNumber, Map<String, Object> variables) {
    return AsSystem.run(identity,
        () -> runtime.startProcessInstanceByKey(CaseProcess.KEY, caseNumber, variables).getId());
  }

  private Optional<Opened> find(CaseReport report) {
    return jdbc.query("SELECT case_number, process_instance_id FROM cp_case_intake WHERE source = ? AND "
        + "external_reference = ?", rs -> rs.next()
        ? Optional.of(new Opened(rs.getString(1), rs.getString(2), true)) : Optional.empty(),
        report.source().name(), report.externalReference());
  }

  static class InvalidReportException extends RuntimeException {
    final String field;

    InvalidReportException(String field, String message) {
      super(message);
      this.field = field;
    }
  }
}
