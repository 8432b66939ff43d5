package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;

/** On PostgreSQL, the indexes and planner settings the Tasklist filters rely on are in place. */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class PostgresEngineTuningIT {

  @Autowired JdbcTemplate jdbc;

  @Test
  void taskQueriesHaveTheirIndexesAndPlannerStatistics() {
    // given the engine started on PostgreSQL (the tuning runs at start)

    // when the catalogue is read
    List<String> indexes = jdbc.queryForList(
        "SELECT indexname FROM pg_indexes WHERE tablename IN ('act_ru_authorization', 'act_ru_task')", String.class);
    List<String> statistics = jdbc.queryForList("SELECT stxname FROM pg_statistic_ext", String.class);
    List<String> detailedGroupColumns = jdbc.queryForList("SELECT attrelid::regclass::text FROM pg_attribute"
        + " WHERE attname = 'group_id_' AND attstattarget = 10000", String.class);
    List<String> serialScans = jdbc.queryForList("SELECT relname::text FROM pg_class"
        + " WHERE 'parallel_workers=0' = ANY (reloptions)", String.class);

    // then the user and subtask indexes, the statistics on the permission bits and on agency groups are in place
    assertThat(indexes).contains("cp_idx_auth_user", "cp_idx_task_parent");
    assertThat(statistics).contains("cp_auth_perm_read", "cp_auth_perm_read_task");
    assertThat(detailedGroupColumns).contains("act_ru_authorization", "act_ru_identitylink");
    // and the runtime tables every filter joins are scanned without parallel workers
    assertThat(serialScans).contains("act_ru_task", "act_ru_identitylink", "act_ru_authorization");
  }
}
