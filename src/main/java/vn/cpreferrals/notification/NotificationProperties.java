package vn.cpreferrals.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.cpreferrals.calendar.WorkingDays;

/**
 * @param publicUrl address staff use to reach Tasklist; links in notices start with it
 * @param from sender address of notices
 * @param dispatchEnabled whether this node sends notices and composes daily digests (tests do both explicitly)
 * @param maxAttempts attempts before a notice is marked FAILED
 * @param claimTimeout after this a claimed but unsent notice is taken over by another node
 * @param digestTime time of day (Vietnam time, {@code HH:mm}) of the daily digest
 */
@ConfigurationProperties("cp.notifications")
public record NotificationProperties(String publicUrl, String from, boolean dispatchEnabled, int maxAttempts,
    Duration claimTimeout, String digestTime) {

  /** Digest days and times are Vietnam's, whatever the server's zone. */
  public static final ZoneId VIETNAM = WorkingDays.VIETNAM;

  public NotificationProperties {
    publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
    claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
    digestTime = digestTime == null || digestTime.isBlank() ? "07:00" : digestTime.trim();
    try {
      LocalTime.parse(digestTime);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("cp.notifications.digest-time must be a time of day like 07:00, not '"
          + digestTime + "'", e);
    }
  }

  public String taskLink(String taskId) {
    return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  LocalTime digestAt() {
    return LocalTime.parse(digestTime);
  }
}
