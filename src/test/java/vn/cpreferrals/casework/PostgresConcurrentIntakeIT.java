package vn.cpreferrals.casework;

import org.springframework.context.annotation.Import;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;

/** Parallel intakes on a real PostgreSQL 17. */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class PostgresConcurrentIntakeIT extends ConcurrentIntakeScenario {}
