package vn.cpreferrals;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CpReferralsApplication {

  /** Every deadline in the law is local time: the JVM, the engine clock and the webapps work in it. */
  public static final String VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

  public static void main(String[] args) {
    useVietnamTime();
    StopOnTerm.installIfAsked();
    SpringApplication.run(CpReferralsApplication.class, args);
  }

  /** Set before Spring starts so that no component caches another default zone. */
  public static void useVietnamTime() {
    TimeZone.setDefault(TimeZone.getTimeZone(VIETNAM_TIME_ZONE));
  }
}
