package vn.cpreferrals.directive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.cpreferrals.calendar.WorkingDays;

/**
 * Dates of a directive's year as the models need them. Used from BPMN expressions as {@code directiveSchedule}; pure
 * functions of their arguments, tested on their own.
 */
@Component("directiveSchedule")
public class DirectiveSchedule {

  private final WorkingDays workingDays;

  public DirectiveSchedule(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** "a,b,c" to a list, for multi-instance collections. */
  public List<String> split(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** "Trước ngày 15/5" of the directive's year: the deadline is the start of that day, Vietnam time. */
  public Date dayMonth(Object year, String dayMonth) {
    String[] parts = dayMonth.trim().split("/");
    LocalDate day = LocalDate.of(toInt(year), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    return Date.from(day.atStartOfDay(VIETNAM).toInstant());
  }

  /** "Thường xuyên trong năm" keeps an assignment open until the end of 31 December. */
  public Date yearEnd(Object year) {
    return Date.from(LocalDateTime.of(toInt(year), 12, 31, 23, 59, 59).atZone(VIETNAM).toInstant());
  }

  public Date quarterEnd(Object year, Object quarter) {
    LocalDate lastDay = LocalDate.of(toInt(year), toInt(quarter) * 3, 1).plusMonths(1).minusDays(1);
    return Date.from(lastDay.atTime(23, 59, 59).atZone(VIETNAM).toInstant());
  }

  public List<Integer> quarters(String timing) {
    return Timing.parse(timing).quarters();
  }

  public String timingKind(String timing) {
    return Timing.parse(timing).kind().name();
  }

  /** When the timing is a date: that date of the directive's year. */
  public Date timingDate(Object year, String timing) {
    return dayMonth(year, Timing.parse(timing).dayMonth());
  }

  /** Working days of state agencies: weekends, public holidays and swapped days are skipped. */
  public Date workingDaysBefore(Date date, int days) {
    return workingDays.workingDaysBefore(date, days);
  }

  /** "SixMonth|Báo cáo 6 tháng|15/05;Annual|Báo cáo năm|15/11": the ids of the directive's reports, in order. */
  public List<String> reportIds(String schedule) {
    return reports(schedule).stream().map(r -> r[0]).toList();
  }

  public String reportName(String schedule, String reportId) {
    return report(schedule, reportId)[1];
  }

  public Date reportDue(Object year, String schedule, String reportId) {
    return dayMonth(year, report(schedule, reportId)[2]);
  }

  static List<String[]> reports(String schedule) {
    if (schedule == null || schedule.isBlank()) {
      return List.of();
    }
    return Arrays.stream(schedule.split(";")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> s.split("\\|")).toList();
  }

  private static String[] report(String schedule, String reportId) {
    return reports(schedule).stream().filter(r -> r[0].equals(reportId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Không có kỳ báo cáo '" + reportId + "'"));
  }

  public Date daysAfter(Date date, int days) {
    return Date.from(date.toInstant().plusSeconds(days * 86_400L));
  }

  private static int toInt(Object value) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    return Integer.parseInt(String.valueOf(value).trim());
  }
}
