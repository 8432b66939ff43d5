package vn.cpreferrals.casework;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

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
  TaskListener referralStateListener(ReferralStatus status) {
    return task -> {
      String state = switch (task.getTaskDefinitionKey()) {
        // The reason for a refusal is free text: the case officer reads it on the re-routing task, the case keeps the fact.
        case ReferralProcess.TASK_RESPOND -> Boolean.TRUE.equals(REFERRAL_ACCEPTED.from(task))
            ? "đã tiếp nhận" : "bị từ chối";
        case ReferralProcess.TASK_DELIVER -> "đã cung cấp";
        default -> null;
      };
      if (state != null) {
        status.record(task, ReferralStatus.caseOf(task.getExecution()), state);
      }
      if (ReferralProcess.TASK_DELIVER.equals(task.getTaskDefinitionKey())) {
        status.recordOutcome(task);
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
      PROVIDER_CHOICES.setLocal(task, SpinValues.jsonValue(Spin.JSON(choices)).create());
      DECLINED_PROVIDER_NAME.setLocal(task, registry.nameOf(declinedNow));
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

}
