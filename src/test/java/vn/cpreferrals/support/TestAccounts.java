package vn.cpreferrals.support;

/** The demo accounts the test profile creates (application-test.yaml), by role. */
public final class TestAccounts {

  public static final String STAFF_PASSWORD = "test-staff-secret";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "test-admin-secret";

  private TestAccounts() {}

  public static String officer(String agencyId) {
    return agencyId + "-officer";
  }

  public static String manager(String agencyId) {
    return agencyId + "-manager";
  }
}
