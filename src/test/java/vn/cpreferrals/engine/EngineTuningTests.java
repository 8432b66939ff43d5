package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cpreferrals.support.EngineTest;

@EngineTest
class EngineTuningTests {

  @Autowired JdbcTemplate jdbc;

  @Test
  void embeddedDatabaseGetsTheAuthorizationUserAndSubtaskIndexes() {
    // given the engine started on the embedded H2 database

    // when its catalogue is read
    List<String> indexes = jdbc.queryForList("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
        + " WHERE TABLE_NAME IN ('ACT_RU_AUTHORIZATION', 'ACT_RU_TASK')", String.class);

    // then the authorization join finds a user's grants, and a completion its subtasks, by index
    assertThat(indexes).contains("CP_IDX_AUTH_USER", "CP_IDX_TASK_PARENT");
  }

  @Test
  void tuningScriptsAreReadStatementByStatementWithoutComments() {
    // when the PostgreSQL script is split
    List<String> statements = EngineTuning.statements("vn/cpreferrals/engine/tuning-postgres.sql");

    // then each statement stands alone and no comment is sent to the database
    assertThat(statements).hasSize(11).noneMatch(s -> s.contains("--")).allMatch(s -> !s.endsWith(";"));
    assertThat(statements.get(0)).startsWith("CREATE INDEX IF NOT EXISTS cp_idx_auth_user");
    assertThat(statements).contains("ALTER TABLE act_ru_identitylink SET (parallel_workers = 0)");
  }
}
