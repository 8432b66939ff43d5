package vn.cpreferrals.security;

import vn.cpreferrals.support.EngineTest;

/** The isolation scenario on the embedded default database. */
@EngineTest
class H2TaskIsolationTests extends TaskIsolationScenario {}
