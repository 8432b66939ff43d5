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

  @Test
  void calendar2026FollowsTheNoticesForNewYearAndNationalDay() {
    // Công văn 12729/VPCP-KGVX (25/12/2025) and the 2026 schedule for Quốc khánh.
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
    assertThat(calendar.year(2026).status()).isEqualTo(CalendarYear.Status.NOTICE);
    assertThat(calendar.year(2026).source()).contains("12729/VPCP-KGVX");
  }

  @Test
  void fiveWorkingDaysFromThursday20August2026EndWednesday26() {
    assertThat(calendar.deadlineAfter(at(2026, 8, 20, 10, 0), 5))
        .isEqualTo(Date.from(at(2026, 8, 26, 23, 59).toInstant().plusSeconds(59)));
  }

  @Test
  void yearsWithoutANoticeAreDerivedFromTheLunarCalendarAndMarkedProvisional() {
    CalendarYear year = calendar.year(2027);

    assertThat(year.status()).isEqualTo(CalendarYear.Status.PROVISIONAL);
    assertThat(year.statusLabel()).isEqualTo("dự kiến");
    assertThat(year.daysOff()).extracting(CalendarYear.Day::date).contains(LocalDate.of(2027, 2, 5),
        LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
        LocalDate.of(2027, 4, 16), LocalDate.of(2027, 9, 3));
    assertThat(year.daysOff()).filteredOn(d -> d.date().equals(LocalDate.of(2027, 2, 8)))
        .extracting(CalendarYear.Day::name).containsExactly("Tết Đinh Mùi");
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
  }
}
