package vn.cpreferrals.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days off of a year for which no Government notice has been entered yet, derived from the Labour Code 2019
 * (Điều 112): Tết Dương lịch 1/1; Tết Âm lịch five days, from the last day of the old lunar year to mùng 4; Giỗ Tổ
 * Hùng Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 and one day next to it (the side that joins a weekend, as the
 * notices usually choose); and for every holiday on a Saturday or Sunday a substitute day off on the next working day.
 * The Government may decide otherwise (swapped days, another Tết window): such a year stays provisional until an
 * operator enters or confirms the notice.
 */
final class HolidayRules {

  static final String SOURCE = "Dự kiến: tính theo âm lịch Việt Nam (UTC+7) và Bộ luật Lao động 2019, Điều 112";
  private static final String[] STEMS = {"Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"};
  private static final String[] BRANCHES = {"Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ",
      "Ngọ", "Mùi"};

  private final LunarCalendar lunar;
  private final List<HolidayFile.Fixed> fixed;

  HolidayRules(LunarCalendar lunar, List<HolidayFile.Fixed> fixed) {
    this.lunar = lunar;
    this.fixed = fixed;
  }

  /** Every day off of the year with its name, in date order (weekends inside a holiday included). */
  Map<LocalDate, String> daysOff(int year) {
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    for (HolidayFile.Fixed f : fixed) {
      holidays.put(MonthDay.parse("--" + f.date()).atYear(year), f.name());
    }
    LocalDate tet = lunar.tet(year);
    String tetName = "Tết " + STEMS[year % 10] + " " + BRANCHES[year % 12];
    for (LocalDate d = tet.minusDays(1); !d.isAfter(tet.plusDays(3)); d = d.plusDays(1)) {
      holidays.put(d, tetName);
    }
    holidays.put(lunar.hungKings(year), "Giỗ Tổ Hùng Vương");
    holidays.put(nationalDayNeighbour(year), "Quốc khánh (ngày liền kề)");
    Map<LocalDate, String> off = new java.util.TreeMap<>(holidays);
    List<LocalDate> onWeekends = new ArrayList<>(holidays.keySet().stream().filter(HolidayRules::isWeekend).sorted()
        .toList());
    for (LocalDate holiday : onWeekends) {
      LocalDate next = holiday.plusDays(1);
      while (isWeekend(next) || off.containsKey(next)) {
        next = next.plusDays(1);
      }
      off.put(next, "Nghỉ bù " + holidays.get(holiday));
    }
    return off;
  }

  /** The day next to 2/9 that joins the weekend (Monday 2/9 → Tuesday 3/9; Tuesday → Monday 1/9…). */
  static LocalDate nationalDayNeighbour(int year) {
    LocalDate day = LocalDate.of(year, 9, 2);
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY || dow == DayOfWeek.SUNDAY
        ? day.plusDays(1) : day.minusDays(1);
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
