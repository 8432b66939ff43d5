package vn.cpreferrals.directive;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.cpreferrals.deadline.DeadlineStage;
import vn.cpreferrals.deadline.NoticePolicy;

/**
 * Directive notices never go out at once: a directive started late would otherwise mail every overdue task at every
 * stage. They are listed in the daily digest under the directive's number (the business key of the directive and of
 * every assignment it calls).
 */
@Component
class DirectiveNoticePolicy implements NoticePolicy {

  @Override
  public boolean immediate(DelegateTask task, DeadlineStage stage) {
    return false;
  }

  @Override
  public Optional<String> digestGroup(DelegateTask task) {
    if (task.getExecution() == null) {
      return Optional.empty();
    }
    Object number = DirectiveProcess.DIRECTIVE_NUMBER.from(task.getExecution());
    return number == null || number.toString().isBlank() ? Optional.empty()
        : Optional.of("Văn bản " + number.toString().trim());
  }
}
