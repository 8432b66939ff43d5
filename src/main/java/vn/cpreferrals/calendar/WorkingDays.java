package vn.cpreferrals.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;

/**
 * The working-day calendar of Vietnamese state agencies: Monday to Friday, minus public holidays and their
 * substitute days, plus Saturdays worked in exchange. Periods follow the Civil Code (Bộ luật Dân sự 2015, Điều
 * 147–148): the day of the event is not counted, and a period ends at the end of its last day. A year follows the
 * Government's notice when one is known (holiday file, or entered by an operator); otherwise its days off are derived
 * ({@link HolidayRules}) and shown as provisional. Used from BPMN expressions as {@code workingDays}.
 */
public final class WorkingDays {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The days off and Saturdays worked of one year, with their names. */
  private record Plan(CalendarYear.Status status, String source, Map<LocalDate, String> daysOff,
      Map<LocalDate, String> workingDays) {}

  private final List<HolidayFile.Fixed> fixed;
  private final HolidayRules rules;
  /** Years that follow a notice: shipped in the file, or entered by an operator at runtime. */
  private final Map<Integer, Plan> explicit = new ConcurrentHashMap<>();
  private final Map<Integer, Plan> derived = new ConcurrentHashMap<>();

  WorkingDays(HolidayFile file) {
    this.fixed = file.fixed();
    this.rules = new HolidayRules(LunarCalendar.vietnam(), fixed);
    file.years().forEach((year, notice) -> explicit.put(year, plan(year, notice, CalendarYear.Status.NOTICE)));
  }

  /** A notice for the year: the fixed holidays plus the days it lists (including its substitute days). */
  private Plan plan(int year, HolidayFile.Year notice, CalendarYear.Status status) {
    Map<LocalDate, String> off = new TreeMap<>();
    fixed.forEach(f -> off.put(MonthDay.parse("--" + f.date()).atYear(year), f.name()));
    notice.daysOff().forEach(p -> expand(p, off));
    Map<LocalDate, String> worked = new TreeMap<>();
    notice.workingDays().forEach(p -> expand(p, worked));
    return new Plan(status, notice.source(), off, worked);
  }

  private Plan plan(int year) {
    Plan known = explicit.get(year);
    return known != null ? known : derived.computeIfAbsent(year,
        y -> new Plan(CalendarYear.Status.PROVISIONAL, HolidayRules.SOURCE, rules.daysOff(y), Map.of()));
  }

  /** The year as administrators see it: weekdays off, Saturdays worked, status and source. */
  public CalendarYear year(int year) {
    Plan p = plan(year);
    List<CalendarYear.Day> off = p.daysOff().entrySet().stream().filter(e -> !isWeekend(e.getKey()))
        .sorted(Map.Entry.comparingByKey()).map(e -> new CalendarYear.Day(e.getKey(), e.getValue())).toList();
    List<CalendarYear.Day> worked = p.workingDays().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new CalendarYear.Day(e.getKey(), e.getValue())).toList();
    return new CalendarYear(year, p.status(), p.status().label, p.source(), off, worked);
  }

  /** Replaces a year by a notice entered at runtime (or the derived days, confirmed). */
  void enter(int year, HolidayFile.Year notice) {
    explicit.put(year, plan(year, notice, CalendarYear.Status.CONFIRMED));
  }

  public static WorkingDays read(Resource location) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = location.getInputStream()) {
      return new WorkingDays(yaml.readValue(in, HolidayFile.class));
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    Plan p = plan(day.getYear());
    if (p.workingDays().containsKey(day)) {
      return true;
    }
    return !isWeekend(day) && !p.daysOff().containsKey(day);
  }

  /** The {@code n}-th working day after {@code day} (the day itself is not counted). */
  public LocalDate addWorkingDays(LocalDate day, int n) {
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The end (23:59:59, Vietnam time) of the {@code n}-th working day after the moment of receipt. */
  public Date deadlineAfter(Date receivedAt, int n) {
    LocalDate last = addWorkingDays(receivedAt.toInstant().atZone(VIETNAM).toLocalDate(), n);
    return Date.from(last.atTime(LocalTime.of(23, 59, 59)).atZone(VIETNAM).toInstant());
  }

  /** The same time of day {@code n} working days earlier, for reminders and requests ahead of a deadline. */
  public Date workingDaysBefore(Date moment, int n) {
    ZonedDateTime t = moment.toInstant().atZone(VIETNAM);
    int left = n;
    while (left > 0) {
      t = t.minusDays(1);
      if (isWorkingDay(t.toLocalDate())) {
        left--;
      }
    }
    return Date.from(t.toInstant());
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Every day of a period (a single day when it has no end), with the period's name. */
  static void expand(HolidayFile.Period p, Map<LocalDate, String> into) {
    LocalDate from = LocalDate.parse(p.from());
    LocalDate to = p.to() == null ? from : LocalDate.parse(p.to());
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      into.put(d, p.name());
    }
  }
}
