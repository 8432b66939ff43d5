package vn.cpreferrals.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces, on PostgreSQL, the statement the engine uses to learn which groups have any authorization. The engine's
 * version reads the whole authorization table on every authorization-checked command; with two task authorizations
 * per open task that made every Tasklist request slower as the open workload grew (benchmark figure 4). Same result,
 * read by walking the group index. Other databases keep the engine's statement.
 */
@Component
class AuthorizedGroupsIndexWalk extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
  static final String INDEX_WALK_STATEMENT = "selectAuthorizedGroupIds_indexWalk";
  private static final String MAPPER = "vn/cpreferrals/engine/authorized-groups.xml";
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizedGroupsIndexWalk.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    if (!"postgres".equals(sessions.getDatabaseType())) {
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
      new XMLMapperBuilder(in, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + MAPPER, e);
    }
    // The engine shares one mapping table per database type between engines; change only this engine's copy.
    Map<String, String> mappings = new HashMap<>(sessions.getStatementMappings());
    mappings.put(ENGINE_STATEMENT, INDEX_WALK_STATEMENT);
    sessions.setStatementMappings(mappings);
    LOG.info("Authorized group ids are read by walking the group index (PostgreSQL)");
  }
}
