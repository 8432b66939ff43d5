package vn.cpreferrals.casework;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cpreferrals.process.Caller;

import static vn.cpreferrals.casework.CaseProcess.CASE_NUMBER;
import static vn.cpreferrals.casework.CaseProcess.CASE_SUMMARY;
import static vn.cpreferrals.casework.CaseProcess.CHILD_NAME;
import static vn.cpreferrals.casework.CaseProcess.COMMUNE_AGENCY;
import static vn.cpreferrals.casework.CaseProcess.COMMUNE_NAME;
import static vn.cpreferrals.casework.CaseProcess.EXTERNAL_REFERENCE;
import static vn.cpreferrals.casework.CaseProcess.HARM_TYPE;
import static vn.cpreferrals.casework.CaseProcess.INTAKE_FORM_RECEIVED_AT;
import static vn.cpreferrals.casework.CaseProcess.INTAKE_FORM_SOURCE;
import static vn.cpreferrals.casework.CaseProcess.INTAKE_OFFICER;
import static vn.cpreferrals.casework.CaseProcess.LIFE_THREATENING;
import static vn.cpreferrals.casework.CaseProcess.PERPETRATOR_HAS_ACCESS;
import static vn.cpreferrals.casework.CaseProcess.REPORTER_PHONE;

/** The Tasklist intake form (Mẫu 01) opens the case through the same intake as the JSON endpoint. */
@Component("openCaseFromForm")
class OpenCaseFromForm implements JavaDelegate {

  /** What the intake point keeps for its receipt; everything else it typed lives on in the case only. */
  static final java.util.Set<String> RECEIPT = java.util.Set.of(CASE_NUMBER.name(), COMMUNE_AGENCY.name(),
      COMMUNE_NAME.name(), INTAKE_FORM_RECEIVED_AT.name(), INTAKE_OFFICER.name());

  private final CaseIntake intake;
  private final vn.cpreferrals.agency.AgencyRegistry registry;
  private final CaseDeadlines deadlines;

  OpenCaseFromForm(CaseIntake intake, vn.cpreferrals.agency.AgencyRegistry registry, CaseDeadlines deadlines) {
    this.intake = intake;
    this.registry = registry;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String phone = REPORTER_PHONE.from(execution);
    CaseReport report = new CaseReport(
        EXTERNAL_REFERENCE.from(execution),
        CaseReport.IntakeSource.valueOf(INTAKE_FORM_SOURCE.from(execution)),
        receivedAt(INTAKE_FORM_RECEIVED_AT.from(execution)),
        COMMUNE_AGENCY.from(execution),
        HARM_TYPE.from(execution),
        Boolean.TRUE.equals(LIFE_THREATENING.from(execution)),
        Boolean.TRUE.equals(PERPETRATOR_HAS_ACCESS.from(execution)),
        new CaseReport.Child(CHILD_NAME.from(execution), null, null),
        CASE_SUMMARY.from(execution),
        phone == null || phone.isBlank() ? null : new CaseReport.Reporter(null, phone));
    String startedBy = Caller.current(execution.getProcessEngineServices().getIdentityService())
        .map(Caller::userId).orElse("system");
    CaseIntake.Opened opened = intake.open(report, startedBy);
    CASE_NUMBER.set(execution, opened.caseNumber());
    registry.agency(report.communeAgency()).ifPresent(c -> COMMUNE_NAME.set(execution, c.name()));
    // Shown on the receipt as on every case form.
    execution.setVariable(INTAKE_FORM_RECEIVED_AT.name(),
        deadlines.shown(java.util.Date.from(report.receivedAt().toInstant())));
    // The intake point keeps only the receipt: the case number and where the report went, not the child's data.
    execution.getVariableNames().stream().filter(name -> !RECEIPT.contains(name)).toList()
        .forEach(execution::removeVariable);
  }

  /** form-js submits "2026-04-29T10:15" (local time, no offset) or a full ISO date-time. */
  static OffsetDateTime receivedAt(Object value) {
    String text = String.valueOf(value);
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException noOffset) {
      return LocalDateTime.parse(text).atZone(CaseIntake.VIETNAM).toOffsetDateTime();
    }
  }
}
