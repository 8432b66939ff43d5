package vn.cpreferrals.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes (and, on PostgreSQL, planner statistics) our Tasklist filters need to the engine's tables once the
 * engine has created or checked its schema. Idempotent; runs at every start. Operators who manage the schema by hand
 * switch it off ({@code CP_ENGINE_TUNING=false}) and apply {@code tuning-<database>.sql} themselves.
 */
@Component
@Order(EnginePlugins.TUNING)
class EngineTuning extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineTuning.class);

  private final boolean enabled;

  EngineTuning(@Value("${cp.engine.tuning:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String script = "vn/cpreferrals/engine/tuning-" + configuration.getDatabaseType() + ".sql";
    if (!enabled || getClass().getClassLoader().getResource(script) == null) {
      return;
    }
    List<String> statements = statements(script);
    apply(configuration.getDataSource(), statements);
    LOG.info("Engine tuning applied: {} statements from {}", statements.size(), script);
  }

  static List<String> statements(String resource) {
    try (InputStream in = EngineTuning.class.getClassLoader().getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  private static void apply(DataSource dataSource, List<String> statements) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(true);
      for (String sql : statements) {
        s.execute(sql);
      }
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      throw new IllegalStateException("engine tuning failed: " + e.getMessage(), e);
    }
  }
}
