package vn.cpreferrals.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins through the identity provider (profile oidc) as the webapps' own logins are recorded: one entry per
 * sign-in, subject {@code sso}. API calls with bearer tokens are not sign-ins and are not recorded here.
 */
@Component
class SingleSignOnLoginAudit {

  static final String SUBJECT = "sso";

  private final AuditLog log;

  SingleSignOnLoginAudit(AuditLog log) {
    this.log = log;
  }

  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
      log.append(new Actor(event.getAuthentication().getName(), null),
          AuditEvent.of(AuditAction.LOGIN_SUCCEEDED, null, SUBJECT, null));
    }
  }
}
