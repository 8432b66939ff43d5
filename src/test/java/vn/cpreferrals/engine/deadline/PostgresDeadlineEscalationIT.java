package vn.cpreferrals.engine.deadline;

import org.springframework.context.annotation.Import;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;

/** The deadline scenarios on a real PostgreSQL 17 (outbox and metrics SQL included). */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class PostgresDeadlineEscalationIT extends DeadlineEscalationScenario {}
