package vn.cpreferrals.casework;

import vn.cpreferrals.process.ProcessVariable;

/** {@code bpmn/CaseReferral.bpmn} as Java sees it: its key, the element ids code refers to, its variables. */
public final class ReferralProcess {

  public static final String KEY = "CaseReferral";

  public static final String TASK_RESPOND = "Task_RespondToReferral";
  public static final String TASK_DELIVER = "Task_DeliverService";
  public static final String TASK_CHOOSE_ANOTHER = "Task_ChooseAnotherProvider";

  /** The service code (a key of {@code casework/referral-services.yaml}). */
  public static final ProcessVariable<String> SERVICE = ProcessVariable.string("service");
  public static final ProcessVariable<String> SERVICE_NAME = ProcessVariable.string("serviceName");
  /** Agency id (= Camunda group) that answers and delivers. */
  public static final ProcessVariable<String> PROVIDER_AGENCY = ProcessVariable.string("providerAgency");
  /** The commune's choice on the re-routing form, validated by the guard against {@link #PROVIDER_CHOICES}. */
  public static final ProcessVariable<String> NEW_PROVIDER_AGENCY = ProcessVariable.string("newProviderAgency");
  public static final ProcessVariable<Boolean> REFERRAL_ACCEPTED = ProcessVariable.bool("referralAccepted");
  public static final ProcessVariable<String> DECLINE_REASON = ProcessVariable.string("declineReason");
  public static final ProcessVariable<String> SERVICE_OUTCOME = ProcessVariable.string("serviceOutcome");
  /** Comma-separated agency ids that declined this referral. */
  public static final ProcessVariable<String> DECLINED_PROVIDERS = ProcessVariable.string("declinedProviders");
  /** Task-local JSON list ({@code label}, {@code value}) the re-routing form offers. */
  public static final ProcessVariable<Object> PROVIDER_CHOICES = ProcessVariable.any("providerChoices");
  public static final ProcessVariable<String> DECLINED_PROVIDER_NAME = ProcessVariable.string("declinedProviderName");
  /** Due dates of the provider's answer (and of the commune's re-routing) and of the delivery, set as each task starts. */
  public static final ProcessVariable<java.util.Date> ANSWER_DUE = ProcessVariable.date("answerDue");
  public static final ProcessVariable<java.util.Date> DELIVER_DUE = ProcessVariable.date("deliverDue");

  private ReferralProcess() {
  }
}
