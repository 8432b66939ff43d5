package vn.cpreferrals.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the working-day calendar as the administrator sees it: the weekdays off and the Saturdays worked, and
 * where they come from.
 *
 * @param status NOTICE (from the Government's notice shipped in the holiday file), CONFIRMED (entered or confirmed by
 *     an operator at runtime) or PROVISIONAL (derived, dự kiến)
 */
public record CalendarYear(int year, Status status, String statusLabel, String source, List<Day> daysOff,
    List<Day> workingDays) {

  public enum Status {
    NOTICE("theo thông báo"), CONFIRMED("đã xác nhận"), PROVISIONAL("dự kiến");

    final String label;

    Status(String label) {
      this.label = label;
    }
  }

  public record Day(LocalDate date, String name) {}
}
