package vn.cpreferrals.process;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls without the caller's authentication, for the few steps that the rules give to the system rather
 * than to the person asking (opening a case in another province, finding which commune holds a case). The caller's
 * authentication is restored afterwards and what was done is audited by the caller.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T run(IdentityService identity, Supplier<T> call) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return call.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
