package vn.cpreferrals.security;

import vn.cpreferrals.support.DirectoryEngineTest;

/** The security probe's findings, replayed with people, groups and passwords in a real LDAP directory. */
@DirectoryEngineTest
class LdapSecurityProbeTests extends SecurityProbeScenario {}
