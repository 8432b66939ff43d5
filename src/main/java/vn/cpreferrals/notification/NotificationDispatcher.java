package vn.cpreferrals.notification;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cpreferrals.process.EngineClock;

/**
 * Sends committed notices. With no SMTP server configured ({@code spring.mail.host} unset) notices are written to the
 * log as LOGGED instead, so the demo runs without mail and nothing fails. Delivery is at-least-once: a node that dies
 * between sending and recording the send lets another node send again after the claim timeout.
 */
@Component
public class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
  static final int BATCH = 50;

  private final NotificationOutbox outbox;
  private final NotificationProperties properties;
  private final Optional<JavaMailSender> mail;
  private final String node = UUID.randomUUID().toString();

  /** Public so that a test can run a second node on the same outbox. */
  public NotificationDispatcher(NotificationOutbox outbox, NotificationProperties properties,
      ObjectProvider<JavaMailSender> mail) {
    this.outbox = outbox;
    this.properties = properties;
    this.mail = Optional.ofNullable(mail.getIfAvailable());
  }

  @Scheduled(fixedDelayString = "${cp.notifications.dispatch-interval}")
  void onSchedule() {
    if (properties.dispatchEnabled()) {
      dispatchPending();
    }
  }

  /** Sends what is pending now; returns how many notices this node handled. */
  public int dispatchPending() {
    long now = EngineClock.now().getTime();
    long stale = now - properties.claimTimeout().toMillis();
    int handled = 0;
    for (Map<String, Object> row : outbox.pending(BATCH, stale)) {
      long id = ((Number) row.get("id")).longValue();
      if (!outbox.claim(id, node, now, stale)) {
        continue;
      }
      try {
        outbox.finish(id, deliver(row), now);
        handled++;
      } catch (MailException e) {
        LOG.warn("Notification {} could not be sent: {}", id, e.getMessage());
        outbox.failAttempt(id, e.getMessage() == null ? e.getClass().getName() : e.getMessage(),
            properties.maxAttempts());
      }
    }
    return handled;
  }

  private String deliver(Map<String, Object> row) {
    String email = (String) row.get("email");
    if (mail.isEmpty() || email == null || email.isBlank()) {
      // Ids and the subject only: subjects name tasks and deadlines, never a child.
      LOG.info("Notification {} for {} recorded without e-mail ({}): {}", row.get("id"), row.get("recipient"),
          mail.isEmpty() ? "no SMTP server configured" : "user has no e-mail address", row.get("subject"));
      return NotificationOutbox.LOGGED;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(email);
    message.setSubject((String) row.get("subject"));
    message.setText((String) row.get("body"));
    mail.get().send(message);
    return NotificationOutbox.SENT;
  }
}
