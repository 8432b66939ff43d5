package vn.cpreferrals.reorganisation;

import org.springframework.context.annotation.Import;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;

/** The reorganisation scenario on a real PostgreSQL 17: the tenant move writes the engine's tables with plain SQL. */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class PostgresReorganisationIT extends ReorganisationScenario {}
