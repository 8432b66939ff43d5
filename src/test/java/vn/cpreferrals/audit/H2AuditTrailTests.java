package vn.cpreferrals.audit;

import vn.cpreferrals.support.EngineTest;

/** The audit scenario on the embedded default database. */
@EngineTest
class H2AuditTrailTests extends AuditTrailScenario {}
