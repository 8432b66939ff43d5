package vn.cpreferrals.rest;

import org.springframework.http.HttpStatus;

/** A request refused with a status and a message in Vietnamese; answered as JSON by {@link RefusalHandler}. */
public final class Refusal extends RuntimeException {

  private final HttpStatus status;

  public Refusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  /** The JSON {@code type} clients see: "AccessDenied", "NotFound" or "InvalidRequest". */
  String type() {
    return switch (status) {
      case UNAUTHORIZED, FORBIDDEN -> "AccessDenied";
      case NOT_FOUND -> "NotFound";
      default -> "InvalidRequest";
    };
  }
}
