package vn.cpreferrals.rest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;

import vn.cpreferrals.process.Caller;

/** Who calls /api: signed in (401 otherwise) and, where an operation is the administrator's, the administrator. */
public final class Callers {

  private Callers() {}

  public static Caller signedIn(IdentityService identity) {
    return Caller.current(identity)
        .orElseThrow(() -> new Refusal(HttpStatus.UNAUTHORIZED, "Cần đăng nhập (HTTP Basic)."));
  }

  /** @param refusal what anyone else is told, in Vietnamese */
  public static Caller administrator(IdentityService identity, String refusal) {
    Caller caller = signedIn(identity);
    if (!caller.isIn(Groups.CAMUNDA_ADMIN)) {
      throw new Refusal(HttpStatus.FORBIDDEN, refusal);
    }
    return caller;
  }
}
