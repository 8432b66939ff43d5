package vn.cpreferrals.security;

/**
 * The login throttle, the login audit, the webapps' fault filter and single sign-on guard the webapps under
 * {@code /camunda}. Moved elsewhere (the starter's {@code application-path}, also settable by an environment variable),
 * the webapps would run without them: the application refuses to start instead.
 */
final class WebappPath {

  static final String GUARDED = "/camunda";

  private WebappPath() {}

  static String requireGuarded(String configured) {
    String path = configured == null ? GUARDED : configured.replaceAll("/+$", "");
    if (!GUARDED.equals(path)) {
      throw new IllegalStateException("The webapps' application-path is '" + configured + "', but the login throttle, "
          + "the login audit and single sign-on guard " + GUARDED + " only. Remove the setting (environment variable "
          + "CAMUNDA_BPM_WEBAPP_APPLICATIONPATH or OPERATON_BPM_WEBAPP_APPLICATIONPATH); a reverse proxy can publish "
          + "the webapps under another path.");
    }
    return path;
  }
}
