package vn.cpreferrals.security;

import vn.cpreferrals.support.EngineTest;

/** The security probe's findings, replayed on the embedded default database. */
@EngineTest
class H2SecurityProbeTests extends SecurityProbeScenario {}
