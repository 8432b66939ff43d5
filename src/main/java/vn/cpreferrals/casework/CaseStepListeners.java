package vn.cpreferrals.casework;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static vn.cpreferrals.casework.CaseProcess.EMERGENCY_LEGAL_DEADLINE;
import static vn.cpreferrals.casework.CaseProcess.EMERGENCY_LEGAL_LIMIT_MET;
import static vn.cpreferrals.casework.CaseProcess.EMERGENCY_MEASURE;
import static vn.cpreferrals.casework.CaseProcess.EXTEND_SEPARATION;
import static vn.cpreferrals.casework.CaseProcess.HARM_TYPE;
import static vn.cpreferrals.casework.CaseProcess.HARM_TYPE_LABEL;
import static vn.cpreferrals.casework.CaseProcess.PROVINCE_ID;
import static vn.cpreferrals.casework.CaseProcess.REFERRALS_TO_SEND;
import static vn.cpreferrals.casework.CaseProcess.REFERRAL_SERVICE;
import static vn.cpreferrals.casework.CaseProcess.REFERRAL_SERVICES_TEXT;
import static vn.cpreferrals.casework.CaseProcess.SEPARATION_DAYS;
import static vn.cpreferrals.casework.ReferralProcess.PROVIDER_AGENCY;
import static vn.cpreferrals.casework.ReferralProcess.SERVICE_NAME;

/**
 * What the case model reads at its steps, computed here by the tested services so that the model's expressions only
 * read variables (bpmn/README.md). Each listener runs at the moment the model used to compute the value.
 */
@Configuration(proxyBeanMethods = false)
class CaseStepListeners {

  /** Task_DecideEmergencyMeasures completed: met the legal 12 hours or not, and when a separation ends. */
  @Bean
  TaskListener emergencyMeasuresDecided(CaseDeadlines deadlines) {
    return task -> {
      EMERGENCY_LEGAL_LIMIT_MET.set(task, deadlines.notYetPast(EMERGENCY_LEGAL_DEADLINE.from(task)));
      SeparationEnd.set(task, deadlines,
          deadlines.separationEnd(EMERGENCY_MEASURE.from(task), SEPARATION_DAYS.from(task)));
    };
  }

  /** Task_ReviewSeparation completed: an unticked box arrives as no value and means "end the separation". */
  @Bean
  TaskListener separationReviewed() {
    return task -> EXTEND_SEPARATION.set(task, Boolean.TRUE.equals(EXTEND_SEPARATION.from(task)));
  }

  /**
   * Task_DraftPlan completed: the chairman approves the referrals by name, and the approved plan sends exactly these,
   * one referral per code. The list is stored as JSON (Java serialization is off).
   */
  @Bean
  TaskListener planReferralsChosen(ReferralServices referrals) {
    return task -> {
      REFERRAL_SERVICES_TEXT.set(task, referrals.chosenNames(task.getExecution()));
      REFERRALS_TO_SEND.set(task, Variables.objectValue(new ArrayList<>(referrals.chosen(task.getExecution())))
          .serializationDataFormat(SerializationDataFormats.JSON).create());
    };
  }

  /**
   * CallActivity_Referrals starting one referral: the service's name and default provider, local to this referral,
   * for the model to pass into CaseReferral. The harm type's label too, from the case's harm type as the earlier model
   * computed it here: a case reopened from one closed before the label existed has none of its own.
   */
  @Bean
  ExecutionListener referralToSend(ReferralServices referrals, CaseLabels labels) {
    return execution -> {
      String service = REFERRAL_SERVICE.from(execution);
      SERVICE_NAME.setLocal(execution, referrals.name(service));
      PROVIDER_AGENCY.setLocal(execution, referrals.defaultProvider(PROVINCE_ID.from(execution), service));
      HARM_TYPE_LABEL.setLocal(execution, labels.harmType(HARM_TYPE.from(execution)));
    };
  }
}
