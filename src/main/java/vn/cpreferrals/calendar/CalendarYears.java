package vn.cpreferrals.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.process.EngineClock;

/**
 * The years an administrator entered or confirmed at runtime, kept in the database and applied on every node (read at
 * start and every minute). Deadlines already computed are not moved by a change: they stay on their tasks.
 */
@Service
public class CalendarYears {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarYears.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int EARLIEST = 2000;
  static final int LATEST = 2100;

  private final WorkingDays calendar;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private long appliedVersion = -1;

  CalendarYears(WorkingDays calendar, JdbcTemplate jdbc, AuditTrail audit) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public CalendarYear view(int year) {
    checkYear(year);
    return calendar.year(year);
  }

  /** Takes the year as it is shown now (derived or shipped) as the confirmed notice. */
  @Transactional
  public CalendarYear confirm(int year, String source, String userId, List<String> groups) {
    CalendarYear current = view(year);
    List<HolidayFile.Period> off = current.daysOff().stream()
        .map(d -> new HolidayFile.Period(d.date().toString(), null, d.name())).toList();
    List<HolidayFile.Period> worked = current.workingDays().stream()
        .map(d -> new HolidayFile.Period(d.date().toString(), null, d.name())).toList();
    String by = source == null || source.isBlank() ? "Xác nhận theo thông báo của Chính phủ" : source.trim();
    store(year, new HolidayFile.Year(by, off, worked), userId);
    audit.record(userId, groups, AuditEvent.of(AuditAction.CALENDAR_CONFIRMED, null, "Năm " + year,
        "Trước: " + current.statusLabel() + "; nguồn: " + clip(by) + "; " + off.size() + " ngày nghỉ, "
            + worked.size() + " ngày làm bù"));
    return view(year);
  }

  /** Replaces the year by the notice as entered; every day listed must belong to the year. */
  @Transactional
  public CalendarYear enter(int year, HolidayFile.Year notice, String userId, List<String> groups) {
    checkYear(year);
    if (notice.source() == null || notice.source().isBlank()) {
      throw new IllegalArgumentException("Cần ghi nguồn (số, ngày của thông báo) – trường 'source'.");
    }
    validate(year, notice.daysOff(), "daysOff");
    validate(year, notice.workingDays(), "workingDays");
    CalendarYear before = view(year);
    store(year, notice, userId);
    CalendarYear after = view(year);
    audit.record(userId, groups, AuditEvent.of(AuditAction.CALENDAR_CHANGED, null, "Năm " + year,
        "Nguồn: " + clip(notice.source()) + "; ngày nghỉ " + days(before.daysOff()) + " → " + days(after.daysOff())
            + "; làm bù " + days(before.workingDays()) + " → " + days(after.workingDays())));
    return after;
  }

  /** Applies what other nodes (or this one) stored; cheap when nothing changed. */
  @Scheduled(fixedDelayString = "${cp.calendar.refresh-interval:PT1M}")
  @EventListener(ApplicationReadyEvent.class)
  public synchronized void refresh() {
    Long version = jdbc.queryForObject("SELECT COALESCE(SUM(changed_at), 0) + COUNT(*) FROM cp_calendar_year",
        Long.class);
    if (Objects.equals(version, appliedVersion)) {
      return;
    }
    jdbc.query("SELECT calendar_year, source, days_off, working_days FROM cp_calendar_year", rs -> {
      calendar.enter(rs.getInt(1), new HolidayFile.Year(rs.getString(2), periods(rs.getString(3)),
          periods(rs.getString(4))));
    });
    appliedVersion = version == null ? 0 : version;
  }

  /** From December on, next year's deadlines are near: an operator must know it still rests on a derived calendar. */
  @EventListener(ApplicationReadyEvent.class)
  void warnWhenNextYearIsProvisional() {
    String warning = nextYearWarning();
    if (warning != null) {
      LOG.warn("{} Enter or confirm the Government's notice: PUT or POST /api/calendar/years/{}/confirm.", warning,
          today().getYear() + 1);
    }
  }

  /** Null when nothing is to be done; otherwise why the calendar needs an operator. */
  String nextYearWarning() {
    LocalDate today = today();
    if (today.isBefore(MonthDay.of(12, 1).atYear(today.getYear()))) {
      return null;
    }
    CalendarYear next = calendar.year(today.getYear() + 1);
    return next.status() == CalendarYear.Status.PROVISIONAL
        ? "The working-day calendar of " + next.year() + " is still provisional (derived, not from a notice)." : null;
  }

  static LocalDate today() {
    return EngineClock.now().toInstant().atZone(WorkingDays.VIETNAM).toLocalDate();
  }

  private void store(int year, HolidayFile.Year notice, String userId) {
    String off = json(notice.daysOff());
    String worked = json(notice.workingDays());
    // The year as it was before this change, kept until open tasks are recomputed (the first change counts).
    CalendarYear before = calendar.year(year);
    String previousOff = json(before.daysOff().stream().map(CalendarYears::day).toList());
    String previousWorked = json(before.workingDays().stream().map(CalendarYears::day).toList());
    long now = EngineClock.now().getTime();
    if (jdbc.update("UPDATE cp_calendar_year SET source = ?, days_off = ?, working_days = ?, changed_by = ?, "
        + "changed_at = ?, previous_days_off = COALESCE(previous_days_off, ?), "
        + "previous_working_days = COALESCE(previous_working_days, ?) WHERE calendar_year = ?",
        notice.source(), off, worked, userId, now, previousOff, previousWorked, year) == 0) {
      jdbc.update("INSERT INTO cp_calendar_year (calendar_year, source, days_off, working_days, previous_days_off, "
          + "previous_working_days, changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?)", year, notice.source(), off,
          worked, previousOff, previousWorked, userId, now);
    }
    calendar.enter(year, notice);
  }

  /** The year before its last change(s), while open tasks have not been recomputed. */
  java.util.Optional<HolidayFile.Year> previous(int year) {
    return jdbc.query("SELECT previous_days_off, previous_working_days FROM cp_calendar_year WHERE calendar_year = ? "
        + "AND previous_days_off IS NOT NULL", rs -> rs.next()
        ? java.util.Optional.of(new HolidayFile.Year(null, periods(rs.getString(1)), periods(rs.getString(2))))
        : java.util.Optional.empty(), year);
  }

  void recomputed(int year) {
    jdbc.update("UPDATE cp_calendar_year SET previous_days_off = NULL, previous_working_days = NULL "
        + "WHERE calendar_year = ?", year);
  }

  private static HolidayFile.Period day(CalendarYear.Day d) {
    return new HolidayFile.Period(d.date().toString(), null, d.name());
  }

  private static void validate(int year, List<HolidayFile.Period> periods, String field) {
    for (HolidayFile.Period p : periods) {
      try {
        LocalDate from = LocalDate.parse(p.from());
        LocalDate to = p.to() == null ? from : LocalDate.parse(p.to());
        if (from.getYear() != year || to.getYear() != year || to.isBefore(from)) {
          throw new IllegalArgumentException("'" + field + "': khoảng " + p.from() + " – " + p.to()
              + " không nằm trong năm " + year + ".");
        }
        if (p.name() == null || p.name().isBlank()) {
          throw new IllegalArgumentException("'" + field + "': cần tên cho ngày " + p.from() + ".");
        }
      } catch (java.time.format.DateTimeParseException | NullPointerException e) {
        throw new IllegalArgumentException("'" + field + "': ngày phải có dạng 2027-02-05.");
      }
    }
  }

  private static void checkYear(int year) {
    if (year < EARLIEST || year > LATEST) {
      throw new IllegalArgumentException("Năm phải từ " + EARLIEST + " đến " + LATEST + ".");
    }
  }

  private static String days(List<CalendarYear.Day> days) {
    return days.stream().map(d -> d.date().toString().substring(5)).reduce((a, b) -> a + "," + b).orElse("(không)");
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private static String json(List<HolidayFile.Period> periods) {
    try {
      return JSON.writeValueAsString(periods);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<HolidayFile.Period> periods(String json) {
    try {
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cp_calendar_year holds invalid JSON", e);
    }
  }

  Map<String, String> healthDetails() {
    int year = today().getYear();
    return Map.of(String.valueOf(year), calendar.year(year).statusLabel(),
        String.valueOf(year + 1), calendar.year(year + 1).statusLabel());
  }
}
