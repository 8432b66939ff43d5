package vn.cpreferrals.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/** The shipped holiday calendar, for unit tests outside Spring. */
public final class TestCalendar {

  private TestCalendar() {}

  public static WorkingDays load() {
    try {
      return WorkingDays.read(new ClassPathResource("calendar/vn-holidays.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
