package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;

/** The isolation scenario on a real PostgreSQL 17. */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class PostgresTaskIsolationIT extends TaskIsolationScenario {

  @Autowired ProcessEngine engine;

  @Test
  void engineRunsOnPostgresql() {
    String databaseType = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getDatabaseType();

    assertThat(databaseType).isEqualTo("postgres");
  }
}
