package vn.cpreferrals.audit;

/** Who did it: an engine user with the agency they act for, or the system itself (timers, start-up). */
public record Actor(String userId, String agency) {

  public static final String SYSTEM = "system";

  public static Actor system() {
    return new Actor(SYSTEM, null);
  }
}
