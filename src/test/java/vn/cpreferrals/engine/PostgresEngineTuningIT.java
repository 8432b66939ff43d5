package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;

/** On PostgreSQL, the tuning the Tasklist filters rely on is in place and changes no answer of the engine. */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class PostgresEngineTuningIT {

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void indexWalkFindsTheSameGroupsAsTheEngineScan() {
    // given groups named only by task authorizations, and a user authorization without a group
    grant("bench-a-group", null, "task-walk-1");
    grant("bench-a-group", null, "task-walk-2");
    grant("zz-last-group", null, "task-walk-3");
    grant(null, "walk-user", "task-walk-4");

    // when the engine asks which groups have authorizations
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String used = config.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsIndexWalk.ENGINE_STATEMENT);
    Set<String> walked = select(config, used);
    Set<String> scanned = select(config, AuthorizedGroupsIndexWalk.ENGINE_STATEMENT);

    // then it uses the walk, which misses no group and adds none
    assertThat(used).isEqualTo(AuthorizedGroupsIndexWalk.INDEX_WALK_STATEMENT);
    assertThat(walked).contains("bench-a-group", "zz-last-group").doesNotContainNull();
    assertThat(walked).isEqualTo(scanned);
  }

  @Test
  void authorizationJoinHasItsUserIndexAndPermissionStatistics() {
    // given the engine started on PostgreSQL (the tuning runs at start)

    // when the catalogue is read
    List<String> indexes = jdbc.queryForList(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'act_ru_authorization'", String.class);
    List<String> statistics = jdbc.queryForList("SELECT stxname FROM pg_statistic_ext", String.class);

    // then the user index and the statistics on the permission bits exist
    assertThat(indexes).contains("cp_idx_auth_user");
    assertThat(statistics).contains("cp_auth_perm_read", "cp_auth_perm_read_task");
  }

  private static Set<String> select(ProcessEngineConfigurationImpl config, String statement) {
    Command<List<String>> query = ctx -> ctx.getDbSqlSession().getSqlSession().selectList(statement);
    Set<String> groups = new HashSet<>(config.getCommandExecutorTxRequired().execute(query));
    groups.removeIf(Objects::isNull);
    return groups;
  }

  private void grant(String groupId, String userId, String taskId) {
    Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setUserId(userId);
    auth.setResource(Resources.TASK);
    auth.setResourceId(taskId);
    auth.addPermission(Permissions.READ);
    authorizations.saveAuthorization(auth);
  }
}
