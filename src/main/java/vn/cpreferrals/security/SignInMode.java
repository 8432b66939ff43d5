package vn.cpreferrals.security;

import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the webapps' sign-out script (cp-sign-out.js) where signing out goes: with single sign-on (profile oidc) the
 * server's sign-out, which ends the provider's session too; otherwise nowhere special ({@code {}}).
 */
@RestController
class SignInMode {

  private final boolean singleSignOn;

  SignInMode(Environment environment) {
    this.singleSignOn = environment.acceptsProfiles(Profiles.of("oidc"));
  }

  @GetMapping("/sign-in/sso")
  Map<String, String> signOut() {
    return singleSignOn ? Map.of("signOut", SingleSignOnConfiguration.SIGN_OUT) : Map.of();
  }
}
