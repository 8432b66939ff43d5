package vn.cpreferrals.rest;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.springframework.http.HttpStatus;

/**
 * A request refused with a status and a message in Vietnamese: answered as JSON by {@link RefusalHandler} on /api, and
 * by {@link #asWebApplicationException()} from the webapps' plugin resources (JAX-RS).
 */
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
      case SERVICE_UNAVAILABLE -> "Unavailable";
      default -> "InvalidRequest";
    };
  }

  /** The same answer for a JAX-RS resource (Cockpit and Tasklist plugins). */
  public WebApplicationException asWebApplicationException() {
    return new WebApplicationException(getMessage(), Response.status(status.value())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(Map.of("type", type(), "message", getMessage())).build());
  }
}
