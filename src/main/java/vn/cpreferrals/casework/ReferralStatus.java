package vn.cpreferrals.casework;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;

/**
 * Where each referral of a case stands, by agency name: {@link CaseProcess#referralStateOf} per service and one text,
 * {@link CaseProcess#REFERRAL_STATUS_TEXT}, that the commune reads on its implementation and review forms while providers answer.
 */
@Component("referralStatus")
class ReferralStatus implements ExecutionListener {


  private final AgencyRegistry registry;
  private final ReferralServices services;

  ReferralStatus(AgencyRegistry registry, ReferralServices services) {
    this.registry = registry;
    this.services = services;
  }

  /** A referral was sent: it waits for the provider's answer. */
  @Override
  public void notify(DelegateExecution referral) {
    record(referral, caseOf(referral), "đã gửi, chờ tiếp nhận");
  }

  /** The referral (whose variables {@code referral} reads) is now in {@code state}. */
  void record(VariableScope referral, DelegateExecution theCase, String state) {
    String provider = ReferralProcess.PROVIDER_AGENCY.from(referral);
    String agency = registry.agency(provider).map(Agency::name).orElse(provider);
    theCase.setVariable(CaseProcess.referralStateOf(ReferralProcess.SERVICE.from(referral)), state + ": " + agency);
    Map<String, String> byService = new TreeMap<>();
    theCase.getVariables().forEach((name, value) -> {
      CaseProcess.serviceOfReferralState(name).ifPresent(service -> {
        if (value != null) {
          byService.put(service, value.toString());
        }
      });
    });
    CaseProcess.REFERRAL_STATUS_TEXT.set(theCase, byService.entrySet().stream()
        .map(e -> "• " + services.name(e.getKey()) + " — " + e.getValue()).collect(Collectors.joining("\n")));
  }

  static DelegateExecution caseOf(DelegateExecution execution) {
    DelegateExecution referral = execution.getProcessInstance();
    DelegateExecution caller = referral.getSuperExecution();
    return caller == null ? referral : caller.getProcessInstance();
  }
}
