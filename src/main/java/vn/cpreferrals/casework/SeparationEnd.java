package vn.cpreferrals.casework;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import static vn.cpreferrals.casework.CaseProcess.SEPARATION_ENDS_AT;
import static vn.cpreferrals.casework.CaseProcess.SEPARATION_ENDS_AT_TEXT;
import static vn.cpreferrals.casework.CaseProcess.SEPARATION_NOTICE_AT;

/**
 * The end of a temporary separation and what follows from it, written together whenever the end is decided or moved:
 * the model's timer and the review task then only read them.
 */
final class SeparationEnd {

  private SeparationEnd() {
  }

  /** {@code end} is null when the chairman ordered no separation: then nothing is to be noticed or shown. */
  static void set(VariableScope scope, CaseDeadlines deadlines, Date end) {
    SEPARATION_ENDS_AT.set(scope, end);
    SEPARATION_NOTICE_AT.set(scope, end == null ? null : deadlines.separationNoticeAt(end));
    SEPARATION_ENDS_AT_TEXT.set(scope, deadlines.shown(end));
  }
}
