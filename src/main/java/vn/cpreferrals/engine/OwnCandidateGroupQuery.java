package vn.cpreferrals.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Recognises a task query that can only return tasks the user may read: every task it returns has, as a candidate, a
 * group the user belongs to, and the engine grants a candidate group {@code READ} on the task whenever it becomes one
 * (its default authorization provider, {@code newTaskGroupIdentityLink}; nothing here takes that grant away while the
 * link stays — reorganisation removes the link first). So the answer equals the engine's own authorization check, which
 * instead compares every task of the agency with every grant of the agency: on PostgreSQL that join grows with the
 * square of an agency's open tasks (docs/benchmark.md, the filters' database analysis).
 *
 * <p>Only the plain form qualifies: no OR branches (they widen), no candidate user (its user links and looked-up
 * groups), no group pattern ({@code candidateGroupLike} matches any group), and only groups of the authenticated
 * user. Anything else, and any query while a REVOKE is in force, keeps the engine's check. The province (tenant) check
 * is separate and always applies.
 */
final class OwnCandidateGroupQuery {

  private OwnCandidateGroupQuery() {}

  static boolean limitsTo(TaskQueryImpl query, Authentication user) {
    if (user == null || user.getUserId() == null || user.getGroupIds() == null) {
      return false;
    }
    if (query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getCandidateGroupLike() != null) {
      return false;
    }
    List<String> groups = query.getCandidateGroups();
    return groups != null && !groups.isEmpty() && user.getGroupIds().containsAll(groups);
  }
}
