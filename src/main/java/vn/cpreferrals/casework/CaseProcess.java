package vn.cpreferrals.casework;

import java.util.Optional;

import vn.cpreferrals.engine.ProcessVariable;

/**
 * {@code bpmn/CaseIntervention.bpmn} (and the processes around it) as Java sees it: keys and the variables the code
 * names. Variables only the models and forms use are declared there, not here.
 */
final class CaseProcess {

  static final String KEY = "CaseIntervention";
  static final String INTAKE_KEY = "CaseReportIntake";

  // The report as received (Mẫu 01) and as people read it on every form.
  static final ProcessVariable<java.util.Date> RECEIVED_AT = ProcessVariable.date("receivedAt");
  static final ProcessVariable<String> RECEIVED_AT_TEXT = ProcessVariable.string("receivedAtText");
  /** Agency id of the commune working the case. */
  static final ProcessVariable<String> COMMUNE_AGENCY = ProcessVariable.string("communeAgency");
  static final ProcessVariable<Object> INTAKE_SOURCE = ProcessVariable.any("intakeSource");
  static final ProcessVariable<String> INTAKE_SOURCE_LABEL = ProcessVariable.string("intakeSourceLabel");

  // The commune's verification (Mẫu 02) and what the risk rules make of it.
  static final ProcessVariable<String> HARM_TYPE = ProcessVariable.string("harmType");
  static final ProcessVariable<String> HARM_TYPE_LABEL = ProcessVariable.string("harmTypeLabel");
  static final ProcessVariable<Boolean> LIFE_THREATENING = ProcessVariable.bool("lifeThreatening");
  static final ProcessVariable<Boolean> PERPETRATOR_HAS_ACCESS = ProcessVariable.bool("perpetratorHasAccess");
  static final ProcessVariable<Boolean> EMERGENCY = ProcessVariable.bool("emergency");
  static final ProcessVariable<Object> URGENCY = ProcessVariable.any("urgency");
  static final ProcessVariable<Boolean> QUICK_REPORT_EVERY_ABUSE = ProcessVariable.bool("quickReportEveryAbuse");
  /** Comma-separated service codes the rules ask the plan to consider, and the same by name. */
  static final ProcessVariable<String> SERVICES_TO_CONSIDER = ProcessVariable.string("servicesToConsider");
  static final ProcessVariable<String> SERVICES_TO_CONSIDER_TEXT = ProcessVariable.string("servicesToConsiderText");

  // Plan cycles and temporary separation.
  static final ProcessVariable<Object> PLAN_CYCLE = ProcessVariable.any("planCycle");
  static final ProcessVariable<java.util.Date> SEPARATION_ENDS_AT = ProcessVariable.date("separationEndsAt");
  static final ProcessVariable<Object> EXTENSION_DAYS = ProcessVariable.any("extensionDays");
  static final ProcessVariable<Object> SEPARATION_EXTENSIONS = ProcessVariable.any("separationExtensions");

  /** What each provider did, one line per delivered referral, shown to the commune. */
  static final ProcessVariable<String> REFERRAL_RESULTS = ProcessVariable.string("referralResults");
  /** Where every referral stands, one line per service, shown to the commune while providers answer. */
  static final ProcessVariable<String> REFERRAL_STATUS_TEXT = ProcessVariable.string("referralStatusText");

  private static final String REFERRAL_STATE_PREFIX = "referral_";

  private CaseProcess() {
  }

  /** The variable holding the state of the referral for {@code service}, e.g. {@code referral_tam_ly}. */
  static String referralStateOf(String service) {
    return REFERRAL_STATE_PREFIX + service;
  }

  /** The service whose referral state {@code variableName} holds, if it is one. */
  static Optional<String> serviceOfReferralState(String variableName) {
    return variableName.startsWith(REFERRAL_STATE_PREFIX)
        ? Optional.of(variableName.substring(REFERRAL_STATE_PREFIX.length())) : Optional.empty();
  }
}
