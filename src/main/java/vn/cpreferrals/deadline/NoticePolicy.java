package vn.cpreferrals.deadline;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a feature says about the notices of its own tasks (a Spring bean per feature: case work, directives): whether a
 * notice goes out at once or waits for the recipient's daily digest, and under which heading the digest lists the
 * task. A notice no policy claims goes into the digest.
 */
public interface NoticePolicy {

  /** Whether the notice of {@code stage} ({@code null}: the task is new) of this task goes out at once. */
  boolean immediate(DelegateTask task, DeadlineStage stage);

  /** The digest heading of the task as staff cite it ("Hồ sơ …", "Văn bản …"), if the task is this feature's. */
  Optional<String> digestGroup(DelegateTask task);
}
