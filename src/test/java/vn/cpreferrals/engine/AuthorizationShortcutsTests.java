package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.support.EngineTest;

@EngineTest
class AuthorizationShortcutsTests {

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeGrants() {
    created.forEach(authorizations::deleteAuthorization);
  }

  @Test
  void staffGroupsReachTheAuthorizationCheckWithoutReadingEveryAuthorization() {
    // given a user in an agency group with grants and in a group that has none
    grantTaskRead("group-with-grants");

    // when the engine narrows the groups for an authorization check
    List<String> checked = inCommand(m -> m.filterAuthenticatedGroupIds(List.of("group-with-grants", "no-grants")));

    // then both are passed on as they are: a group without grants matches no authorization row anyway
    assertThat(checked).containsExactly("group-with-grants", "no-grants");
  }

  @Test
  void directoryUserInManyGroupsKeepsTheEnginesNarrowing() {
    // given a user in more groups than are passed on unfiltered, one of them with grants
    grantTaskRead("many-groups-7");
    List<String> groups = IntStream.range(0, AuthorizationShortcuts.MAX_UNFILTERED_GROUPS + 1)
        .mapToObj(i -> "many-groups-" + i).toList();

    // when the engine narrows the groups
    List<String> checked = inCommand(m -> m.filterAuthenticatedGroupIds(groups));

    // then only the group named by an authorization is left
    assertThat(checked).containsExactly("many-groups-7");
  }

  @Test
  void queryForTheUsersOwnCandidateGroupsIsAnsweredWithoutTheGrantJoin() {
    // given an officer of two agencies
    // when Tasklist asks for the unclaimed tasks of one of them, or of both
    AuthorizationCheck one = configured(q -> q.taskCandidateGroup("own-agency").taskUnassigned());
    AuthorizationCheck both = configured(q -> q.taskCandidateGroupIn(List.of("own-agency", "own-managers"))
        .includeAssignedTasks());

    // then no per-task grant is consulted: each task found has one of the user's groups as candidate, and so a grant
    assertThat(one.isAuthorizationCheckEnabled()).isFalse();
    assertThat(both.isAuthorizationCheckEnabled()).isFalse();
  }

  @Test
  void everyCandidateGroupOfATaskMayReadIt() {
    // given an agency's task, later also offered to its leadership (as escalation does)
    String instance = runtime.startProcessInstanceByKey("AgencyTaskFixture",
        java.util.Map.of("agencyId", "quang-ngai-so-y-te", "provinceId", "quang-ngai")).getId();
    try {
      String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
      tasks.addCandidateGroup(task, "quang-ngai-so-y-te-managers");

      // when the candidate groups are listed
      List<String> groups = tasks.getIdentityLinksForTask(task).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).toList();

      // then each holds READ on the task: the premise of answering own-candidate-group queries without the grant join
      assertThat(groups).containsExactlyInAnyOrder("quang-ngai-so-y-te", "quang-ngai-so-y-te-managers");
      assertThat(groups).allSatisfy(group -> assertThat(authorizations.isUserAuthorized("member-of-" + group,
          List.of(group), Permissions.READ, Resources.TASK, task)).isTrue());
    } finally {
      runtime.deleteProcessInstance(instance, "test cleanup");
    }
  }

  @Test
  void queryNamingAGroupTheUserIsNotInKeepsTheEnginesCheck() {
    AuthorizationCheck check = configured(q -> q.taskCandidateGroupIn(List.of("own-agency", "other-agency")));

    assertThat(check.isAuthorizationCheckEnabled()).isTrue();
  }

  @Test
  void widerQueryFormsKeepTheEnginesCheck() {
    // OR branches, a group pattern, a candidate user and a query without candidate groups can reach other tasks
    assertThat(configured(q -> q.taskCandidateGroup("own-agency").or().taskCandidateGroup("other-agency")
        .taskAssignee("someone").endOr()).isAuthorizationCheckEnabled()).isTrue();
    assertThat(configured(q -> q.taskCandidateGroup("own-agency").taskCandidateGroupLike("%"))
        .isAuthorizationCheckEnabled()).isTrue();
    assertThat(configured(q -> q.taskCandidateUser("officer-of-two")).isAuthorizationCheckEnabled()).isTrue();
    assertThat(configured(q -> q.taskUnassigned()).isAuthorizationCheckEnabled()).isTrue();
  }

  @Test
  void revokeInForceKeepsTheEnginesCheck() {
    // given a REVOKE naming the officer
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("officer-of-two");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId("some-task");
    revoke.removePermission(Permissions.READ);
    created.add(authorizations.saveAuthorization(revoke).getId());

    // when the officer asks for their agency's tasks
    AuthorizationCheck check = configured(q -> q.taskCandidateGroup("own-agency"));

    // then the engine decides, since a revoke may take away what a candidate grant gives
    assertThat(check.isAuthorizationCheckEnabled()).isTrue();
    assertThat(check.isRevokeAuthorizationCheckEnabled()).isTrue();
  }

  private AuthorizationCheck configured(java.util.function.Consumer<TaskQueryImpl> criteria) {
    TaskQueryImpl query = new TaskQueryImpl();
    criteria.accept(query);
    identity.setAuthentication("officer-of-two", List.of("own-agency", "own-managers"));
    try {
      return inCommand(manager -> {
        manager.configureTaskQuery(query);
        return query.getAuthCheck();
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  private <T> T inCommand(java.util.function.Function<AuthorizationManager, T> call) {
    Command<T> command = ctx -> call.apply(ctx.getAuthorizationManager());
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command);
  }

  private void grantTaskRead(String groupId) {
    Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(Resources.TASK);
    auth.setResourceId("task-of-" + groupId);
    auth.addPermission(Permissions.READ);
    created.add(authorizations.saveAuthorization(auth).getId());
  }
}
