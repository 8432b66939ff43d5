package vn.cpreferrals.casework;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static vn.cpreferrals.casework.CaseProcess.CLOSURE_DUE;
import static vn.cpreferrals.casework.CaseProcess.PLAN_END_DATE;
import static vn.cpreferrals.casework.CaseProcess.REVIEW_DUE;
import static vn.cpreferrals.casework.ReferralProcess.ANSWER_DUE;
import static vn.cpreferrals.casework.ReferralProcess.DELIVER_DUE;
import static vn.cpreferrals.casework.ReferralProcess.SERVICE;

/**
 * Due dates counted from the moment a user task starts. A start listener of the task's activity runs just before the
 * task is created, so the model's {@code camunda:dueDate} only reads a variable and the task is created with its due
 * date: the deadline package, which plans its timers on the create event, sees it whatever the order of the create
 * listeners.
 */
@Configuration(proxyBeanMethods = false)
class CaseDueDates {

  /** Task_ReviewPlan: some working days after the plan's end date. */
  @Bean
  ExecutionListener reviewDueDate(CaseDeadlines deadlines) {
    return execution -> REVIEW_DUE.set(execution, deadlines.reviewDue(PLAN_END_DATE.from(execution)));
  }

  /** Task_ApproveClosure: counted from the review that found the child safe. */
  @Bean
  ExecutionListener closureDueDate(CaseDeadlines deadlines) {
    return execution -> CLOSURE_DUE.set(execution, deadlines.closureDue());
  }

  /** CaseReferral's Task_RespondToReferral and Task_ChooseAnotherProvider. */
  @Bean
  ExecutionListener referralAnswerDueDate(ReferralServices referrals) {
    return execution -> ANSWER_DUE.set(execution, referrals.answerDue(SERVICE.from(execution)));
  }

  /** CaseReferral's Task_DeliverService. */
  @Bean
  ExecutionListener referralDeliveryDueDate(ReferralServices referrals) {
    return execution -> DELIVER_DUE.set(execution, referrals.deliverDue(SERVICE.from(execution)));
  }
}
