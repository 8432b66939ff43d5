package vn.cpreferrals.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class WorkingDaysTests {

  static WorkingDays calendar;

  @BeforeAll
  static void load() throws IOException {
    calendar = WorkingDays.read(new ClassPathResource("calendar/vn-holidays.yaml"));
  }

  static Date at(int y, int m, int d, int h, int min) {
    return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(WorkingDays.VIETNAM).toInstant());
  }

  @Test
  void sevenWorkingDaysFrom29April2026SkipReunificationDayLabourDayAndTheWeekend() {
    // Received Wednesday 29/4/2026; 30/4 and 1/5 are holidays, 2–3/5 the weekend: day 1 is Monday 4/5.
    Date due = calendar.deadlineAfter(at(2026, 4, 29, 10, 15), 7);

    assertThat(due).isEqualTo(Date.from(at(2026, 5, 12, 23, 59).toInstant().plusSeconds(59)));
  }

  @Test
  void tetAndSwappedDaysFollowTheYearlyNotice() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 29))).isFalse(); // mùng 1 Tết Ất Tỵ
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue(); // Saturday worked in exchange
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse(); // Friday given in exchange
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 7))).isFalse(); // Giỗ Tổ Hùng Vương
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 8))).isTrue();
  }

  @Test
  void fixedHolidayOnAWeekendGivesTheNextWorkingDayOffInYearsNotListed() {
    // 2/9/2028 is a Saturday, 1/1/2028 too: Monday 4/9 and Monday 3/1 are substitute days off.
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 9, 4))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 9, 5))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
    // 30/4/2033 and 1/5/2033 fall on Saturday and Sunday: Monday and Tuesday are off.
    assertThat(calendar.isWorkingDay(LocalDate.of(2033, 5, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2033, 5, 3))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2033, 5, 4))).isTrue();
  }

  @Test
  void periodEndingOnADayOffEndsAtTheEndOfTheNextWorkingDay() {
    // Friday 24/4/2026 + 4 working days: 27/4 is Giỗ Tổ (substitute), so Tue 28, Wed 29, Mon 4/5, Tue 5/5.
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 4)).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThat(calendar.workingDaysBefore(at(2026, 5, 4, 9, 0), 1)).isEqualTo(at(2026, 4, 29, 9, 0));
  }
}
