package vn.cpreferrals.calendar;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingDays workingDays(@Value("${cp.calendar.holidays-location}") Resource holidays) throws IOException {
    return WorkingDays.read(holidays);
  }
}
