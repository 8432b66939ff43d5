package vn.cpreferrals.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tết and Giỗ Tổ computed for Vietnam (UTC+7) against published dates. Tết (mùng 1 tháng Giêng): the Vietnamese
 * almanac as published yearly (e.g. lịch vạn niên of Hồ Ngọc Đức, informatik.uni-leipzig.de/~duc/amlich) and the
 * Government's holiday notices 2010–2026; 1985 and 2007 are years where Vietnam's Tết differs from the Chinese New Year
 * (21/1/1985 vs 20/2; 17/2/2007 vs 18/2; 2/2/2030 vs 3/2: the new moon falls at 23:07 in Vietnam, after midnight in Beijing). Giỗ Tổ (10/3 âm lịch): the yearly holiday notices of the Ministry of Labour
 * and the Ministry of Home Affairs, 2016–2026, and the 16/4/2027.
 */
class LunarCalendarTests {

  final LunarCalendar lunar = LunarCalendar.vietnam();

  @ParameterizedTest(name = "Tết {0} = {1}")
  @CsvSource({
      "1985,1985-01-21", "2000,2000-02-05", "2001,2001-01-24", "2002,2002-02-12", "2003,2003-02-01",
      "2004,2004-01-22", "2005,2005-02-09", "2006,2006-01-29", "2007,2007-02-17", "2008,2008-02-07",
      "2009,2009-01-26", "2010,2010-02-14", "2011,2011-02-03", "2012,2012-01-23", "2013,2013-02-10",
      "2014,2014-01-31", "2015,2015-02-19", "2016,2016-02-08", "2017,2017-01-28", "2018,2018-02-16",
      "2019,2019-02-05", "2020,2020-01-25", "2021,2021-02-12", "2022,2022-02-01", "2023,2023-01-22",
      "2024,2024-02-10", "2025,2025-01-29", "2026,2026-02-17", "2027,2027-02-06", "2028,2028-01-26",
      "2029,2029-02-13", "2030,2030-02-02", "2031,2031-01-23", "2032,2032-02-11", "2033,2033-01-31",
      "2034,2034-02-19", "2035,2035-02-08"})
  void tetFallsOnThePublishedDay(int year, LocalDate expected) {
    assertThat(lunar.tet(year)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
  @CsvSource({
      "2016,2016-04-16", "2017,2017-04-06", "2018,2018-04-25", "2019,2019-04-14", "2020,2020-04-02",
      "2021,2021-04-21", "2022,2022-04-10", "2023,2023-04-29", "2024,2024-04-18", "2025,2025-04-07",
      "2026,2026-04-26", "2027,2027-04-16"})
  void hungKingsDayFallsOnThePublishedDay(int year, LocalDate expected) {
    assertThat(lunar.hungKings(year)).isEqualTo(expected);
  }
}
