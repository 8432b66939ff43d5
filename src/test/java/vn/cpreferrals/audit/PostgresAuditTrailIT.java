package vn.cpreferrals.audit;

import org.springframework.context.annotation.Import;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;

/** The audit scenario on a real PostgreSQL 17. */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class PostgresAuditTrailIT extends AuditTrailScenario {}
