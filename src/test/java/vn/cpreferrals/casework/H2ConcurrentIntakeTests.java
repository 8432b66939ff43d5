package vn.cpreferrals.casework;

import vn.cpreferrals.support.EngineTest;

/** Parallel intakes on the embedded default database. */
@EngineTest
class H2ConcurrentIntakeTests extends ConcurrentIntakeScenario {}
