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
        case "Task_RespondToReferral" -> Boolean.TRUE.equals(task.getVariable("referralAccepted"))
            ? "đã tiếp nhận" : "bị từ chối";
        case "Task_DeliverService" -> "đã cung cấp";
        default -> null;
      };
      if (state != null) {
        status.record(task, caseOf(task), state);
      }
      if ("Task_DeliverService".equals(task.getTaskDefinitionKey())) {
        // What the provider did, when and by whom, carried back to the commune working the case.
        DelegateExecution theCase = caseOf(task);
        Object before = theCase.getVariable("referralResults");
        String provider = (String) task.getVariable("providerAgency");
        String line = "• " + task.getVariable("serviceName") + " — " + registry.agency(provider).map(Agency::name)
            .orElse(provider) + ", " + deadlines.shown(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime())
            + (task.getAssignee() == null ? "" : ", " + personName(task.getAssignee())) + ": "
            + task.getVariable("serviceOutcome");
        theCase.setVariable("referralResults", before == null ? line : before + "\n" + line);
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
      String declinedNow = (String) task.getVariable("providerAgency");
      Set<String> declined = new LinkedHashSet<>(declined(task.getVariable(DECLINED)));
      declined.add(declinedNow);
      task.getExecution().getProcessInstance().setVariable(DECLINED, String.join(",", declined));
      List<Map<String, String>> choices = services.alternatives(registry, task.getTenantId(),
          (String) task.getVariable("service"), declined).stream()
          .map(a -> Map.of("label", a.name(), "value", a.id())).toList();
      task.setVariableLocal("providerChoices", SpinValues.jsonValue(json(choices)).create());
      task.setVariableLocal("declinedProviderName", registry.agency(declinedNow).map(Agency::name).orElse(declinedNow));
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
      Object chosen = task.getVariable("newProviderAgency");
      if (chosen != null) {
        referral.setVariable("providerAgency", chosen);
        referral.removeVariable("newProviderAgency");
      }
      referral.removeVariable("referralAccepted");
      referral.removeVariable("declineReason");
    };
  }

  static final String DECLINED = "declinedProviders";

  private static List<String> declined(Object value) {
    return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString().split(","));
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
