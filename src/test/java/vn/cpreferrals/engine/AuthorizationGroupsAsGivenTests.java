package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.support.EngineTest;

@EngineTest
class AuthorizationGroupsAsGivenTests {

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;

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
    List<String> groups = IntStream.range(0, AuthorizationGroupsAsGiven.MAX_UNFILTERED_GROUPS + 1)
        .mapToObj(i -> "many-groups-" + i).toList();

    // when the engine narrows the groups
    List<String> checked = inCommand(m -> m.filterAuthenticatedGroupIds(groups));

    // then only the group named by an authorization is left
    assertThat(checked).containsExactly("many-groups-7");
  }

  private List<String> inCommand(java.util.function.Function<AuthorizationManager, List<String>> call) {
    Command<List<String>> command = ctx -> call.apply(ctx.getAuthorizationManager());
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
