package vn.cpreferrals.security;

import org.springframework.context.annotation.Import;

import vn.cpreferrals.support.EmbeddedPostgresConfiguration;
import vn.cpreferrals.support.EngineTest;

/** The security probe's findings, replayed on a real PostgreSQL 17. */
@EngineTest
@Import(EmbeddedPostgresConfiguration.class)
class PostgresSecurityProbeIT extends SecurityProbeScenario {}
