package vn.cpreferrals.casework;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.calendar.WorkingDays;

import static vn.cpreferrals.casework.ReferralProcess.DECLINED_PROVIDERS;
import static vn.cpreferrals.casework.ReferralProcess.DECLINED_PROVIDER_NAME;
import static vn.cpreferrals.casework.ReferralProcess.DECLINE_REASON;
import static vn.cpreferrals.casework.ReferralProcess.NEW_PROVIDER_AGENCY;
import static vn.cpreferrals.casework.ReferralProcess.PROVIDER_AGENCY;
import static vn.cpreferrals.casework.ReferralProcess.PROVIDER_CHOICES;
import static vn.cpreferrals.casework.ReferralProcess.REFERRAL_ACCEPTED;
import static vn.cpreferrals.casework.ReferralProcess.SERVICE;
import static vn.cpreferrals.casework.ReferralProcess.SERVICE_NAME;
import static vn.cpreferrals.casework.ReferralProcess.SERVICE_OUTCOME;

@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

  @Bean("caseReferrals")
  ReferralServices caseReferrals(@Value("${cp.casework.referral-services-location}") Resource file,
      WorkingDays workingDays) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return ReferralServices.read(in, workingDays);
    }
  }

  /**
   * Keeps the case officer informed: each referral's state, with the provider's name, goes to the case when the
   * provider answers or delivers.
   */
  @Bean
  TaskListener referralStateListener(AgencyRegistry registry, CaseDeadlines deadlines, ReferralStatus status) {
    return task -> {
      String state = switch (task.getTaskDefinitionKey()) {
        // The reason for a refusal is free text: the case officer reads it on the re-routing task, the case keeps the fact.
        case ReferralProcess.TASK_RESPOND -> Boolean.TRUE.equals(REFERRAL_ACCEPTED.from(task))
            ? "đã tiếp nhận" : "bị từ chối";
        case ReferralProcess.TASK_DELIVER -> "đã cung cấp";
        default -> null;
      };
      if (state != null) {
        status.record(task, caseOf(task), state);
      }
      if (ReferralProcess.TASK_DELIVER.equals(task.getTaskDefinitionKey())) {
        // What the provider did, when and by whom, carried back to the commune working the case.
        DelegateExecution theCase = caseOf(task);
        String before = CaseProcess.REFERRAL_RESULTS.from(theCase);
        String provider = PROVIDER_AGENCY.from(task);
        String line = "• " + SERVICE_NAME.from(task) + " — " + registry.agency(provider).map(Agency::name)
            .orElse(provider) + ", " + deadlines.shown(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime())
            + (task.getAssignee() == null ? "" : ", " + personName(task.getAssignee())) + ": "
            + SERVICE_OUTCOME.from(task);
        CaseProcess.REFERRAL_RESULTS.set(theCase, before == null ? line : before + "\n" + line);
      }
    };
  }

  /**
   * The re-routing task offers, as a list to choose from, the agencies of the province that provide the service and
   * have not declined yet; the name of the agency that declined is shown, not its id.
   */
  @Bean
  TaskListener referralChoices(ReferralServices services, AgencyRegistry registry) {
    return task -> {
      String declinedNow = PROVIDER_AGENCY.from(task);
      Set<String> declined = new LinkedHashSet<>(declined(DECLINED_PROVIDERS.from(task)));
      declined.add(declinedNow);
      DECLINED_PROVIDERS.set(task.getExecution().getProcessInstance(), String.join(",", declined));
      List<Map<String, String>> choices = services.alternatives(registry, task.getTenantId(), SERVICE.from(task),
          declined).stream().map(a -> Map.of("label", a.name(), "value", a.id())).toList();
      PROVIDER_CHOICES.setLocal(task, SpinValues.jsonValue(json(choices)).create());
      DECLINED_PROVIDER_NAME.setLocal(task, registry.agency(declinedNow).map(Agency::name).orElse(declinedNow));
    };
  }

  /**
   * The chosen agency becomes the provider. A new provider gets a fresh request: the previous answer and its reason stay
   * in history, not on the new form.
   */
  @Bean
  TaskListener referralRerouted() {
    return task -> {
      DelegateExecution referral = task.getExecution().getProcessInstance();
      String chosen = NEW_PROVIDER_AGENCY.from(task);
      if (chosen != null) {
        PROVIDER_AGENCY.set(referral, chosen);
        NEW_PROVIDER_AGENCY.remove(referral);
      }
      REFERRAL_ACCEPTED.remove(referral);
      DECLINE_REASON.remove(referral);
    };
  }

  private static List<String> declined(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
  }

  private static String json(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name staff know a colleague by (their account id says nothing to a commune officer). */
  private static String personName(String userId) {
    var context = org.camunda.bpm.engine.impl.context.Context.getCommandContext();
    var user = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(userId));
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  private static DelegateExecution caseOf(DelegateTask task) {
    return ReferralStatus.caseOf(task.getExecution());
  }
}
