package vn.cpreferrals.casework;

import java.util.Date;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import vn.cpreferrals.deadline.DeadlineStage;
import vn.cpreferrals.deadline.NoticePolicy;

/**
 * Case notices that cannot wait for the next morning's digest: every notice of a task on the case's clock-hour limits
 * (the emergency measures' 12 hours — Task_VerifyAndAssess and Task_DecideEmergencyMeasures, due at
 * {@code emergencyDeadline} — and the quick report, due at {@code quickReportDue}), and every escalation of any task of
 * a case process (intake, intervention, quick report, referral). Reminders and new-task notices of the other case
 * tasks (plan, approval, review, closure, referrals: limits in working days) go into the digest.
 */
@Component
class CaseNoticePolicy implements NoticePolicy {

  static final Set<String> CASE_PROCESSES = Set.of(CaseProcess.KEY, CaseProcess.INTAKE_KEY,
      CaseProcess.QUICK_REPORT_KEY, ReferralProcess.KEY);

  @Override
  public boolean immediate(DelegateTask task, DeadlineStage stage) {
    if (!isCaseTask(task)) {
      return false;
    }
    return onClockHours(task) || (stage != null && stage.isEscalation());
  }

  @Override
  public Optional<String> digestGroup(DelegateTask task) {
    if (!isCaseTask(task)) {
      return Optional.empty();
    }
    String number = CaseProcess.CASE_NUMBER.from(task.getExecution());
    return Optional.of("Hồ sơ " + (number == null ? task.getExecution().getProcessBusinessKey() : number));
  }

  /** Due at the emergency deadline or the quick-report deadline (a due date moved by a manager is no longer). */
  static boolean onClockHours(DelegateTask task) {
    Date due = task.getDueDate();
    return due != null && (due.equals(CaseProcess.EMERGENCY_STAGE.due().from(task.getExecution()))
        || due.equals(CaseProcess.QUICK_REPORT_DUE.from(task.getExecution())));
  }

  static boolean isCaseTask(DelegateTask task) {
    return task.getExecution() != null && CASE_PROCESSES.contains(processKey(task));
  }

  /** The key of the process model the task stands in (the enclosing process element of its user task). */
  private static String processKey(DelegateTask task) {
    ModelElementInstance element = task.getBpmnModelElementInstance();
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    return element == null ? null : ((Process) element).getId();
  }
}
