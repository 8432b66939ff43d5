package vn.cpreferrals.audit;

/** Who did it: an engine user with the agency they act for, or the system itself (timers, start-up). */
record Actor(String userId, String agency) {

  static final String SYSTEM = "system";

  static Actor system() {
    return new Actor(SYSTEM, null);
  }
}
