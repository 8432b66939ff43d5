package vn.cpreferrals.casework;

import java.util.Optional;

import vn.cpreferrals.tenancy.ProvinceRule;
import vn.cpreferrals.process.ProcessVariable;

/**
 * {@code bpmn/CaseIntervention.bpmn} (and the processes around it) as Java sees it: keys and the variables the code
 * names. Variables only the models and forms use are declared there, not here.
 */
public final class CaseProcess {

  public static final String KEY = "CaseIntervention";
  public static final String INTAKE_KEY = "CaseReportIntake";
  /** {@code bpmn/CaseQuickReport.bpmn}: the quick report to the province's standing agency, called by the case. */
  public static final String QUICK_REPORT_KEY = "CaseQuickReport";

  /** The decisions of {@code bpmn/CaseRiskAssessment.dmn} the model calls, each with a single output. */
  public static final String DECISION_URGENCY = "Decision_Urgency";
  public static final String DECISION_EMERGENCY = "Decision_Emergency";
  public static final String DECISION_SERVICES_TO_CONSIDER = "Decision_ServicesToConsider";

  // The case and its report as received (Mẫu 01), and as people read it on every form.
  public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
  public static final ProcessVariable<String> PROVINCE_ID = ProcessVariable.string(ProvinceRule.PROVINCE_VARIABLE);
  public static final ProcessVariable<String> EXTERNAL_REFERENCE = ProcessVariable.string("externalReference");
  public static final ProcessVariable<String> REPORTED_BY = ProcessVariable.string("reportedBy");
  public static final ProcessVariable<String> CHILD_NAME = ProcessVariable.string("childName");
  /** ISO date (yyyy-MM-dd) as text. */
  public static final ProcessVariable<String> CHILD_BIRTH_DATE = ProcessVariable.string("childBirthDate");
  public static final ProcessVariable<String> CHILD_SEX = ProcessVariable.string("childSex");
  public static final ProcessVariable<String> CASE_SUMMARY = ProcessVariable.string("caseSummary");
  public static final ProcessVariable<String> REPORTER_NAME = ProcessVariable.string("reporterName");
  public static final ProcessVariable<String> REPORTER_PHONE = ProcessVariable.string("reporterPhone");
  public static final ProcessVariable<String> COMMUNE_NAME = ProcessVariable.string("communeName");
  public static final ProcessVariable<String> INITIAL_ASSESSMENT = ProcessVariable.string("initialAssessment");
  public static final ProcessVariable<java.util.Date> RECEIVED_AT = ProcessVariable.date("receivedAt");
  public static final ProcessVariable<String> RECEIVED_AT_TEXT = ProcessVariable.string("receivedAtText");
  /** Agency id of the commune working the case. */
  public static final ProcessVariable<String> COMMUNE_AGENCY = ProcessVariable.string("communeAgency");
  public static final ProcessVariable<Object> INTAKE_SOURCE = ProcessVariable.any("intakeSource");
  public static final ProcessVariable<String> INTAKE_SOURCE_LABEL = ProcessVariable.string("intakeSourceLabel");

  // The commune's verification (Mẫu 02) and what the risk rules make of it.
  public static final ProcessVariable<String> HARM_TYPE = ProcessVariable.string("harmType");
  public static final ProcessVariable<String> HARM_TYPE_LABEL = ProcessVariable.string("harmTypeLabel");
  public static final ProcessVariable<Boolean> LIFE_THREATENING = ProcessVariable.bool("lifeThreatening");
  public static final ProcessVariable<Boolean> PERPETRATOR_HAS_ACCESS = ProcessVariable.bool("perpetratorHasAccess");
  public static final ProcessVariable<Boolean> EMERGENCY = ProcessVariable.bool("emergency");
  public static final ProcessVariable<Object> URGENCY = ProcessVariable.any("urgency");
  public static final ProcessVariable<Boolean> QUICK_REPORT_EVERY_ABUSE = ProcessVariable.bool("quickReportEveryAbuse");
  /** Comma-separated service codes the rules ask the plan to consider, and the same by name. */
  public static final ProcessVariable<String> SERVICES_TO_CONSIDER = ProcessVariable.string("servicesToConsider");
  public static final ProcessVariable<String> SERVICES_TO_CONSIDER_TEXT = ProcessVariable.string("servicesToConsiderText");

  // The chairman's emergency measures (Mẫu 07), as the form sends them and as the case records them.
  public static final ProcessVariable<Object> EMERGENCY_MEASURE = ProcessVariable.any("emergencyMeasure");
  public static final ProcessVariable<Object> SEPARATION_DAYS = ProcessVariable.any("separationDays");
  /**
   * A time-limited stage of the case: the task's due date (the province's target), the legal ceiling beside it and the
   * sentence staff read on the form.
   */
  public record Stage(ProcessVariable<java.util.Date> due, ProcessVariable<java.util.Date> legal,
      ProcessVariable<String> note) {}

  // The steps that make up each time-limited stage (the stage ends when the last of them is done).
  public static final String TASK_VERIFY = "Task_VerifyAndAssess";
  public static final String TASK_DECIDE_EMERGENCY = "Task_DecideEmergencyMeasures";
  public static final String TASK_DETAILED_ASSESSMENT = "Task_DetailedAssessment";
  public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
  public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";

  public static final Stage EMERGENCY_STAGE = new Stage(ProcessVariable.date("emergencyDeadline"),
      ProcessVariable.date("emergencyLegalDeadline"), ProcessVariable.string("emergencyDeadlineNote"));
  public static final Stage PLAN_STAGE = new Stage(ProcessVariable.date("planDue"),
      ProcessVariable.date("planLegalDeadline"), ProcessVariable.string("planDeadlineNote"));
  public static final Stage APPROVAL_STAGE = new Stage(ProcessVariable.date("approvalDue"),
      ProcessVariable.date("approvalLegalDeadline"), ProcessVariable.string("approvalDeadlineNote"));
  public static final ProcessVariable<java.util.Date> EMERGENCY_LEGAL_DEADLINE = EMERGENCY_STAGE.legal();
  /** Whether the measures were decided within the legal 12 hours, whatever the province's tighter target. */
  public static final ProcessVariable<Boolean> EMERGENCY_LEGAL_LIMIT_MET = ProcessVariable.bool("emergencyLegalLimitMet");

  // Plan cycles and temporary separation.
  public static final ProcessVariable<Object> PLAN_CYCLE = ProcessVariable.any("planCycle");
  public static final ProcessVariable<java.util.Date> SEPARATION_ENDS_AT = ProcessVariable.date("separationEndsAt");
  public static final ProcessVariable<Object> EXTENSION_DAYS = ProcessVariable.any("extensionDays");
  public static final ProcessVariable<Object> SEPARATION_EXTENSIONS = ProcessVariable.any("separationExtensions");
  /** When the chairman is asked to extend or end the separation (the timer Event_SeparationEnding). */
  public static final ProcessVariable<java.util.Date> SEPARATION_NOTICE_AT = ProcessVariable.date("separationNoticeAt");
  /** The end of the separation as people read it (review form, task description). */
  public static final ProcessVariable<String> SEPARATION_ENDS_AT_TEXT = ProcessVariable.string("separationEndsAtText");
  /** The chairman's answer on the review form; absent when the box was never ticked. */
  public static final ProcessVariable<Boolean> EXTEND_SEPARATION = ProcessVariable.bool("extendSeparation");

  // The plan's referrals (Mẫu 04) and the deadlines of the steps after it.
  /** The plan form's checklist of service codes. */
  public static final ProcessVariable<Object> REFERRAL_SERVICES = ProcessVariable.any("referralServices");
  /** The chosen services by name, for the chairman who approves them. */
  public static final ProcessVariable<String> REFERRAL_SERVICES_TEXT = ProcessVariable.string("referralServicesText");
  /** The chosen service codes as a list (JSON), one referral each (the collection of CallActivity_Referrals). */
  public static final ProcessVariable<Object> REFERRALS_TO_SEND = ProcessVariable.any("referralsToSend");
  /** The service of one referral (the element variable of CallActivity_Referrals). */
  public static final ProcessVariable<String> REFERRAL_SERVICE = ProcessVariable.string("referralService");
  public static final ProcessVariable<java.util.Date> REVIEW_DUE = ProcessVariable.date("reviewDue");
  public static final ProcessVariable<java.util.Date> CLOSURE_DUE = ProcessVariable.date("closureDue");

  /** What each provider did, one line per delivered referral, shown to the commune. */
  public static final ProcessVariable<String> REFERRAL_RESULTS = ProcessVariable.string("referralResults");
  /** Where every referral stands, one line per service, shown to the commune while providers answer. */
  public static final ProcessVariable<String> REFERRAL_STATUS_TEXT = ProcessVariable.string("referralStatusText");

  // The intake form (CaseReportIntake) names a few things differently from the case.
  /** The intake point's kind as the intake form sends it (an {@link CaseReport.IntakeSource} name). */
  public static final ProcessVariable<String> INTAKE_FORM_SOURCE = ProcessVariable.string("source");
  /** Time of receipt as the intake form's date-time field sends it (ISO local or offset date-time). */
  public static final ProcessVariable<Object> INTAKE_FORM_RECEIVED_AT = ProcessVariable.any("receivedAtText");
  /** The officer who took the report (the intake's initiator), who gets the receipt task. */
  public static final ProcessVariable<String> INTAKE_OFFICER = ProcessVariable.string("intakeOfficer");

  // Who works the case and by when (set up from the commune and the time of receipt).
  public static final ProcessVariable<String> COMMUNE_CHAIRMAN = ProcessVariable.string("communeChairman");
  public static final ProcessVariable<Object> PLAN_END_DATE = ProcessVariable.any("planEndDate");
  public static final ProcessVariable<String> QUICK_REPORT_AGENCY = ProcessVariable.string("quickReportAgency");
  public static final ProcessVariable<java.util.Date> QUICK_REPORT_DUE = ProcessVariable.date("quickReportDue");

  // A closed case opened again.
  public static final ProcessVariable<String> REOPENED_FROM = ProcessVariable.string("reopenedFrom");
  public static final ProcessVariable<String> REOPEN_REASON = ProcessVariable.string("reopenReason");
  public static final ProcessVariable<String> REOPENED_BY = ProcessVariable.string("reopenedBy");

  /**
   * What a reopened case takes over from the closed one: the report, the child and the first assessment. It starts after
   * the risk assessment, so the harm type's label (which the model passes to referrals) comes along too.
   */
  public static final java.util.List<ProcessVariable<?>> CARRIED_ON_REOPENING = java.util.List.of(CASE_NUMBER, PROVINCE_ID,
      COMMUNE_AGENCY, INTAKE_SOURCE, EXTERNAL_REFERENCE, REPORTED_BY, HARM_TYPE, HARM_TYPE_LABEL, LIFE_THREATENING,
      PERPETRATOR_HAS_ACCESS, CHILD_NAME, CHILD_BIRTH_DATE, CHILD_SEX, CASE_SUMMARY, REPORTER_NAME, REPORTER_PHONE,
      INITIAL_ASSESSMENT, URGENCY, SERVICES_TO_CONSIDER);

  private static final String REFERRAL_STATE_PREFIX = "referral_";

  private CaseProcess() {
  }

  /** The variable holding the state of the referral for {@code service}, e.g. {@code referral_tam_ly}. */
  public static String referralStateOf(String service) {
    return REFERRAL_STATE_PREFIX + service;
  }

  /** The service whose referral state {@code variableName} holds, if it is one. */
  public static Optional<String> serviceOfReferralState(String variableName) {
    return variableName.startsWith(REFERRAL_STATE_PREFIX)
        ? Optional.of(variableName.substring(REFERRAL_STATE_PREFIX.length())) : Optional.empty();
  }
}
