package vn.cpreferrals.reorganisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.process.Caller;
import vn.cpreferrals.rest.Callers;
import vn.cpreferrals.process.EngineClock;

/**
 * The administrator's reorganisation: {@code GET} lists what would move as of a day (default today), {@code POST}
 * moves it. HTTP Basic, as the rest of /api; everyone else gets 403.
 */
@RestController
@RequestMapping("/api/admin/reorganisation")
class ReorganisationController {

  private final Reorganisation reorganisation;
  private final IdentityService identity;

  ReorganisationController(Reorganisation reorganisation, IdentityService identity) {
    this.reorganisation = reorganisation;
    this.identity = identity;
  }

  @GetMapping
  Reorganisation.Result dryRun(@RequestParam(required = false) String asOf) {
    administrator();
    return reorganisation.dryRun(day(asOf));
  }

  @PostMapping
  Reorganisation.Result apply(@RequestParam(required = false) String asOf) {
    Caller admin = administrator();
    return reorganisation.apply(day(asOf), admin.userId(), admin.groupIds());
  }

  private static LocalDate day(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return EngineClock.now().toInstant().atZone(WorkingDays.VIETNAM).toLocalDate();
    }
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Ngày áp dụng 'asOf' phải có dạng yyyy-MM-dd, ví dụ 2025-07-01.");
    }
  }

  private Caller administrator() {
    return Callers.administrator(identity, "Chỉ quản trị viên được chuyển giao công việc theo sắp xếp tổ chức.");
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidRequest", "message", e.getMessage()));
  }
}
