package vn.cpreferrals.calendar;

import java.util.List;
import java.util.Map;

/** The shape of the holiday data file (and of a year entered at runtime). */
record HolidayFile(List<Fixed> fixed, Map<Integer, Year> years) {

  record Fixed(String date, String name) {}

  record Period(String from, String to, String name) {}

  /** @param source the notice the year follows (number, date), shown to administrators */
  record Year(String source, List<Period> daysOff, List<Period> workingDays) {

    Year {
      daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
      workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }
  }

  HolidayFile {
    fixed = fixed == null ? List.of() : fixed;
    years = years == null ? Map.of() : years;
  }
}
