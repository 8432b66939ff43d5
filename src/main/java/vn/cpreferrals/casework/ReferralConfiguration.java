package vn.cpreferrals.casework;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

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
   * Keeps the case officer informed: each referral's state is written to the case as {@code referral_<service>} when
   * the provider answers or delivers.
   */
  @Bean
  TaskListener referralStateListener() {
    return task -> {
      String state = switch (task.getTaskDefinitionKey()) {
        case "Task_RespondToReferral" -> Boolean.TRUE.equals(task.getVariable("referralAccepted"))
            ? "đã tiếp nhận: " + task.getVariable("providerAgency")
            : "bị từ chối: " + task.getVariable("providerAgency") + " – " + task.getVariable("declineReason");
        case "Task_DeliverService" -> "đã cung cấp: " + task.getVariable("providerAgency");
        default -> null;
      };
      if (state != null) {
        caseOf(task).setVariable("referral_" + task.getVariable("service"), state);
      }
    };
  }

  private static DelegateExecution caseOf(DelegateTask task) {
    DelegateExecution referral = task.getExecution().getProcessInstance();
    DelegateExecution caller = referral.getSuperExecution();
    return caller == null ? referral : caller.getProcessInstance();
  }
}
