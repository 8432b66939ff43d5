package vn.cpreferrals.casework;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Tasklist intake form (Mẫu 01) opens the case through the same intake as the JSON endpoint. */
@Component("openCaseFromForm")
class OpenCaseFromForm implements JavaDelegate {

  /** What the intake point keeps for its receipt; everything else it typed lives on in the case only. */
  static final java.util.Set<String> RECEIPT = java.util.Set.of("caseNumber", "communeAgency", "communeName",
      "receivedAtText", "intakeOfficer");

  private final CaseIntake intake;
  private final vn.cpreferrals.agency.AgencyRegistry registry;

  OpenCaseFromForm(CaseIntake intake, vn.cpreferrals.agency.AgencyRegistry registry) {
    this.intake = intake;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String phone = (String) execution.getVariable("reporterPhone");
    CaseReport report = new CaseReport(
        (String) execution.getVariable("externalReference"),
        CaseReport.IntakeSource.valueOf((String) execution.getVariable("source")),
        receivedAt(execution.getVariable("receivedAtText")),
        (String) execution.getVariable("communeAgency"),
        (String) execution.getVariable("harmType"),
        Boolean.TRUE.equals(execution.getVariable("lifeThreatening")),
        Boolean.TRUE.equals(execution.getVariable("perpetratorHasAccess")),
        new CaseReport.Child((String) execution.getVariable("childName"), null, null),
        (String) execution.getVariable("caseSummary"),
        phone == null || phone.isBlank() ? null : new CaseReport.Reporter(null, phone));
    String startedBy = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
        ? "system" : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    CaseIntake.Opened opened = intake.open(report, startedBy);
    execution.setVariable("caseNumber", opened.caseNumber());
    registry.agency(report.communeAgency()).ifPresent(c -> execution.setVariable("communeName", c.name()));
    execution.setVariable("receivedAtText", report.receivedAt().atZoneSameInstant(CaseIntake.VIETNAM)
        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
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
