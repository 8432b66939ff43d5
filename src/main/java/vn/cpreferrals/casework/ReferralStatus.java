package vn.cpreferrals.casework;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.process.EngineClock;
import vn.cpreferrals.process.InCommand;

/**
 * What the case knows of its referrals, by agency and person name: where each stands
 * ({@link CaseProcess#referralStateOf} per service, and {@link CaseProcess#REFERRAL_STATUS_TEXT} as one text) and what
 * each provider did ({@link CaseProcess#REFERRAL_RESULTS}). The commune reads both on its implementation and review
 * forms while providers answer.
 */
@Component("referralStatus")
class ReferralStatus implements ExecutionListener {

  private final AgencyRegistry registry;
  private final ReferralServices services;
  private final CaseDeadlines deadlines;

  ReferralStatus(AgencyRegistry registry, ReferralServices services, CaseDeadlines deadlines) {
    this.registry = registry;
    this.services = services;
    this.deadlines = deadlines;
  }

  /** A referral was sent: it waits for the provider's answer. */
  @Override
  public void notify(DelegateExecution referral) {
    record(referral, caseOf(referral), "đã gửi, chờ tiếp nhận");
  }

  /** The referral (whose variables {@code referral} reads) is now in {@code state}. */
  void record(VariableScope referral, DelegateExecution theCase, String state) {
    String agency = registry.nameOf(ReferralProcess.PROVIDER_AGENCY.from(referral));
    theCase.setVariable(CaseProcess.referralStateOf(ReferralProcess.SERVICE.from(referral)), state + ": " + agency);
    // Only the referral states are read: the case's other variables (the child's among them) stay untouched.
    Map<String, String> byService = new TreeMap<>();
    for (String name : theCase.getVariableNames()) {
      CaseProcess.serviceOfReferralState(name).ifPresent(service -> {
        Object value = theCase.getVariable(name);
        if (value != null) {
          byService.put(service, value.toString());
        }
      });
    }
    CaseProcess.REFERRAL_STATUS_TEXT.set(theCase, byService.entrySet().stream()
        .map(e -> "• " + services.name(e.getKey()) + " — " + e.getValue()).collect(Collectors.joining("\n")));
  }

  /** The provider delivered: what it did, when and by whom, goes to the commune working the case. */
  void recordOutcome(DelegateTask delivery) {
    DelegateExecution theCase = caseOf(delivery.getExecution());
    String before = CaseProcess.REFERRAL_RESULTS.from(theCase);
    String line = "• " + ReferralProcess.SERVICE_NAME.from(delivery) + " — "
        + registry.nameOf(ReferralProcess.PROVIDER_AGENCY.from(delivery)) + ", "
        + deadlines.shown(EngineClock.now())
        + (delivery.getAssignee() == null ? "" : ", " + personName(delivery.getAssignee())) + ": "
        + ReferralProcess.SERVICE_OUTCOME.from(delivery);
    CaseProcess.REFERRAL_RESULTS.set(theCase, before == null ? line : before + "\n" + line);
  }

  /** The name staff know a colleague by (their account id says nothing to a commune officer). */
  private static String personName(String userId) {
    User user = InCommand.userWithoutAuthorization(userId).orElse(null);
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  static DelegateExecution caseOf(DelegateExecution execution) {
    DelegateExecution referral = execution.getProcessInstance();
    DelegateExecution caller = referral.getSuperExecution();
    return caller == null ? referral : caller.getProcessInstance();
  }
}
