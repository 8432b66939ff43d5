package vn.cpreferrals.engine.guard;

import org.camunda.bpm.engine.impl.TaskReportImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.cpreferrals.agency.Agency;

/**
 * Cockpit's "open tasks by group" count. The engine demands READ on every task for it, which no manager has; yet the
 * report only counts unassigned tasks per candidate group and stays inside the caller's tenants. So the leadership of
 * an agency may run it for their own province: counts, no task, no variable.
 */
final class GroupTaskReport {

  private static final String COMMAND = TaskReportImpl.class.getName() + "$TaskCountByCandidateGroupCmd";

  private GroupTaskReport() {
  }

  static boolean concerns(Object command) {
    return COMMAND.equals(command.getClass().getName());
  }

  static boolean mayRun(Authentication authentication) {
    return authentication.getGroupIds() != null
        && authentication.getGroupIds().stream().anyMatch(Agency::isManagerGroup);
  }
}
