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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;

/**
 * The working-day calendar of Vietnamese state agencies: Monday to Friday, minus public holidays and their
 * substitute days, plus Saturdays worked in exchange. Periods follow the Civil Code (Bộ luật Dân sự 2015, Điều
 * 147–148): the day of the event is not counted, and a period ends at the end of its last day. Used from BPMN
 * expressions as {@code workingDays}.
 */
public final class WorkingDays {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Set<MonthDay> fixed = new HashSet<>();
  private final Set<LocalDate> daysOff = new HashSet<>();
  private final Set<LocalDate> workingSaturdays = new HashSet<>();
  private final Set<LocalDate> substitutes = new HashSet<>();

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  WorkingDays(HolidayFile file) {
    file.fixed().forEach(f -> fixed.add(MonthDay.parse("--" + f.date())));
    for (Map.Entry<Integer, HolidayFile.Year> year : file.years().entrySet()) {
      year.getValue().daysOff().forEach(p -> expand(p, daysOff));
      year.getValue().workingDays().forEach(p -> expand(p, workingSaturdays));
    }
    computeSubstituteDaysOff(file.years().keySet());
  }

  /**
   * A fixed holiday on a Saturday or Sunday gives the next working day off (Labour Code 2019, Art. 112); two such
   * holidays give the next two. For a year the file lists, the notice is taken as it is (it names its substitutes).
   */
  private void computeSubstituteDaysOff(Set<Integer> listedYears) {
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      if (listedYears.contains(year)) {
        continue;
      }
      for (MonthDay holiday : fixed.stream().sorted().toList()) {
        LocalDate day = holiday.atYear(year);
        if (!isWeekend(day)) {
          continue;
        }
        LocalDate next = day.plusDays(1);
        while (isWeekend(next) || fixed.contains(MonthDay.from(next)) || daysOff.contains(next)
            || substitutes.contains(next)) {
          next = next.plusDays(1);
        }
        substitutes.add(next);
      }
    }
  }

  public static WorkingDays read(Resource location) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = location.getInputStream()) {
      return new WorkingDays(yaml.readValue(in, HolidayFile.class));
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workingSaturdays.contains(day)) {
      return true;
    }
    if (isWeekend(day) || daysOff.contains(day) || fixed.contains(MonthDay.from(day))) {
      return false;
    }
    return !substitutes.contains(day);
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

  private static void expand(HolidayFile.Period p, Set<LocalDate> into) {
    LocalDate from = LocalDate.parse(p.from());
    LocalDate to = p.to() == null ? from : LocalDate.parse(p.to());
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      into.add(d);
    }
  }
}
