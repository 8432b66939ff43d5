package vn.cpreferrals.engine.deadline;

import vn.cpreferrals.support.EngineTest;

/** The deadline scenarios on the embedded default database. */
@EngineTest
class H2DeadlineEscalationTests extends DeadlineEscalationScenario {}
