package vn.cpreferrals.calendar;

import java.util.List;
import java.util.Map;

/** The shape of the holiday data file. */
record HolidayFile(List<Fixed> fixed, Map<Integer, Year> years) {

  record Fixed(String date, String name) {}

  record Period(String from, String to, String name) {}

  record Year(List<Period> daysOff, List<Period> workingDays) {

    Year {
      daysOff = daysOff == null ? List.of() : daysOff;
      workingDays = workingDays == null ? List.of() : workingDays;
    }
  }

  HolidayFile {
    fixed = fixed == null ? List.of() : fixed;
    years = years == null ? Map.of() : years;
  }
}
