package vn.cpreferrals.calendar;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * /actuator/health/calendar: this year's and next year's calendar status. Still UP when next year is provisional (the
 * engine works; deadlines are derived), but the status carries the warning for the operator's monitoring.
 */
@Component("calendar")
class CalendarHealth implements HealthIndicator {

  private final CalendarYears years;

  CalendarHealth(CalendarYears years) {
    this.years = years;
  }

  @Override
  public Health health() {
    String warning = years.nextYearWarning();
    Status status = warning == null ? Status.UP : new Status(Status.UP.getCode(), warning);
    return Health.status(status).withDetails(years.healthDetails()).build();
  }
}
