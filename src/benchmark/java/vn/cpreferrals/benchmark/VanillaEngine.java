package vn.cpreferrals.benchmark;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/** Plain Camunda 7.24 as the manual configures it: no plugins, no listeners, no authorization, no audit. */
final class VanillaEngine {

  static ProcessEngine start(DataSource dataSource, String history, boolean jobExecutor) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName("vanilla-" + history + "-" + System.nanoTime());
    config.setDataSource(dataSource);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(history);
    config.setJobExecutorActivate(jobExecutor);
    config.setMetricsEnabled(false);
    return config.buildProcessEngine();
  }

  private VanillaEngine() {}
}
