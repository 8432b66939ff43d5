package vn.cpreferrals.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl address staff use to reach Tasklist; links in notices start with it
 * @param from sender address of notices
 * @param dispatchEnabled whether this node sends notices (tests send them explicitly)
 * @param maxAttempts attempts before a notice is marked FAILED
 * @param claimTimeout after this a claimed but unsent notice is taken over by another node
 */
@ConfigurationProperties("cp.notifications")
public record NotificationProperties(String publicUrl, String from, boolean dispatchEnabled, int maxAttempts,
    Duration claimTimeout) {

  public NotificationProperties {
    publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
    claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
  }

  public String taskLink(String taskId) {
    return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
