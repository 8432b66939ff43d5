package vn.cpreferrals.directive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.cpreferrals.calendar.WorkingDays;

/**
 * The dates of a directive in the year it is started for. The models carry days of the year and resolved timings
 * (generated from the table); only the year is known at the start, so the delegates turn them into dates here. Pure
 * functions of their arguments (and the working-day calendar), tested on their own.
 */
@Component
class DirectiveDates {

  static final ZoneId VIETNAM = WorkingDays.VIETNAM;

  /** Inputs for a report are requested this many working days before it is due… */
  static final int INPUT_REQUEST_WORKING_DAYS = 5;
  /** …and are due this many working days before it, so the lead has two days to write the report. */
  static final int INPUT_DUE_WORKING_DAYS = 2;

  /** What one reporting cycle of an assignment needs: when the report is due and when its inputs are asked and due. */
  record ReportDates(Date due, Date inputRequestAt, Date inputDue) {}

  private final WorkingDays workingDays;

  DirectiveDates(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  /** "Trước ngày 15/5" of the directive's year: the deadline is the start of that day, Vietnam time. */
  Date dayOf(int year, MonthDay day) {
    return Date.from(day.atYear(year).atStartOfDay(VIETNAM).toInstant());
  }

  /** "Thường xuyên trong năm" keeps an assignment open until the end of 31 December. */
  Date yearEnd(int year) {
    return Date.from(LocalDateTime.of(year, 12, 31, 23, 59, 59).atZone(VIETNAM).toInstant());
  }

  /** Work of a quarter is due at the last second of its last day. */
  Date quarterEnd(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("Quý không hợp lệ: " + quarter);
    }
    LocalDate lastDay = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    return Date.from(lastDay.atTime(23, 59, 59).atZone(VIETNAM).toInstant());
  }

  /** When an assignment with this timing ends: the year's end, its last quarter's end, or its day. */
  Date assignmentEnd(int year, Timing timing) {
    return switch (timing.kind()) {
      case YEAR_ROUND -> yearEnd(year);
      case QUARTERS -> quarterEnd(year, timing.quarters().get(timing.quarters().size() - 1));
      case DATE -> dayOf(year, timing.date());
    };
  }

  /** The report due on {@code day}, with its inputs requested and due some working days before. */
  ReportDates report(int year, MonthDay day) {
    Date due = dayOf(year, day);
    return new ReportDates(due, workingDaysBefore(due, INPUT_REQUEST_WORKING_DAYS),
        workingDaysBefore(due, INPUT_DUE_WORKING_DAYS));
  }

  /** Working days of state agencies: weekends, public holidays and swapped days are skipped. */
  Date workingDaysBefore(Date date, int days) {
    return workingDays.workingDaysBefore(date, days);
  }

  /** Planning is given calendar days from the start (the directives say "trong 15 ngày"). */
  Date daysAfter(Date date, int days) {
    return Date.from(date.toInstant().plusSeconds(days * 86_400L));
  }

  /** The year as the start form gives it (a number, or text from older clients). */
  static int year(Object value) {
    return toInt(value);
  }

  /** A quarter, an index or a day count as a model gives it: a number, or the text of one. */
  static int toInt(Object value) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    return Integer.parseInt(String.valueOf(value).trim());
  }

  /** The quarters of a model's {@code timingQuarters} list as numbers. */
  static List<Integer> quarters(Object list) {
    if (!(list instanceof List<?> values)) {
      return List.of();
    }
    return values.stream().map(DirectiveDates::toInt).toList();
  }
}
