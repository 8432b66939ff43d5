package vn.cpreferrals.reorganisation;

import vn.cpreferrals.support.EngineTest;

/** The reorganisation scenario on the embedded H2 engine. */
@EngineTest
class H2ReorganisationTests extends ReorganisationScenario {}
