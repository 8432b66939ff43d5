package vn.cpreferrals.calendar;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cpreferrals.process.Caller;
import vn.cpreferrals.rest.Callers;

/**
 * The working-day calendar per year: everyone signed in reads it (deadlines depend on it); the administrator confirms
 * a provisional year or enters the Government's notice. HTTP Basic, as the rest of /api.
 */
@RestController
@RequestMapping("/api/calendar/years/{year}")
class CalendarController {

  private final CalendarYears years;
  private final DeadlineRecompute recompute;
  private final IdentityService identity;

  CalendarController(CalendarYears years, DeadlineRecompute recompute, IdentityService identity) {
    this.years = years;
    this.recompute = recompute;
    this.identity = identity;
  }

  /** Dry run: which open tasks' due dates would move after the year's last change. */
  @GetMapping("/recompute")
  DeadlineRecompute.Result wouldMove(@PathVariable int year) {
    administrator();
    return recompute.dryRun(year);
  }

  @PostMapping("/recompute")
  DeadlineRecompute.Result move(@PathVariable int year) {
    Caller admin = administrator();
    return recompute.apply(year, admin.userId(), admin.groupIds());
  }

  @GetMapping
  CalendarYear view(@PathVariable int year) {
    caller();
    return years.view(year);
  }

  @PostMapping("/confirm")
  CalendarYear confirm(@PathVariable int year, @RequestBody(required = false) Map<String, String> body) {
    Caller admin = administrator();
    return years.confirm(year, body == null ? null : body.get("source"), admin.userId(), admin.groupIds());
  }

  @PutMapping
  CalendarYear enter(@PathVariable int year, @RequestBody HolidayFile.Year notice) {
    Caller admin = administrator();
    return years.enter(year, notice, admin.userId(), admin.groupIds());
  }

  private Caller caller() {
    return Callers.signedIn(identity);
  }

  private Caller administrator() {
    return Callers.administrator(identity, "Chỉ quản trị viên được xác nhận hoặc sửa lịch nghỉ lễ.");
  }

  @ExceptionHandler({IllegalArgumentException.class,
      org.springframework.http.converter.HttpMessageNotReadableException.class,
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
  ResponseEntity<Map<String, String>> invalid(Exception e) {
    String message = e instanceof IllegalArgumentException ? e.getMessage()
        : "Dữ liệu không hợp lệ: năm là số, nội dung là JSON {source, daysOff:[{from, to, name}], workingDays:[…]}.";
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidRequest", "message", message));
  }
}
