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
