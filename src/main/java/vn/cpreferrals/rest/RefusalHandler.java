package vn.cpreferrals.rest;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every controller's {@link Refusal} as {@code {"type": …, "message": …}} with its status. */
@RestControllerAdvice
class RefusalHandler {

  @ExceptionHandler(Refusal.class)
  ResponseEntity<Map<String, String>> refused(Refusal e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", e.type(), "message", e.getMessage()));
  }
}
