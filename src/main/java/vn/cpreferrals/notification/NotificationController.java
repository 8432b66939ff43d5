package vn.cpreferrals.notification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cpreferrals.process.Caller;

/** The outbox for the operator: what was sent, logged (no SMTP), still pending or failed, and why. */
@RestController
class NotificationController {

  static final int MAX = 500;

  private final NotificationOutbox outbox;
  private final IdentityService identityService;

  NotificationController(NotificationOutbox outbox, IdentityService identityService) {
    this.outbox = outbox;
    this.identityService = identityService;
  }

  @GetMapping("/api/notifications")
  ResponseEntity<?> recent(@RequestParam(defaultValue = "100") int limit) {
    if (!Caller.current(identityService).map(c -> c.isIn(Groups.CAMUNDA_ADMIN)).orElse(false)) {
      return ResponseEntity.status(403).body(Map.of("type", "AccessDenied",
          "message", "Chỉ quản trị viên được xem hàng đợi thông báo."));
    }
    List<Map<String, Object>> rows = outbox.recent(Math.max(1, Math.min(limit, MAX)));
    return ResponseEntity.ok(rows);
  }
}
