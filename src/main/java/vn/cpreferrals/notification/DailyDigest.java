package vn.cpreferrals.notification;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cpreferrals.notification.Notification.TaskState;
import vn.cpreferrals.process.AsSystem;
import vn.cpreferrals.process.EngineClock;

/**
 * Once a day, at {@code cp.notifications.digest-time} (Vietnam time), each person with DIGEST notices waiting gets one
 * mail listing them. The digest is written to the outbox as an IMMEDIATE notice keyed {@code digest:<user>:<day>} in
 * the same transaction that claims its notices, and sent by the {@link NotificationDispatcher} like any notice: two
 * nodes composing at the same moment, or a run retried after a crash, produce one digest per person and day, and each
 * notice goes into one digest only. Notices written after the digest time wait for the next day's digest.
 */
@Component
public class DailyDigest {

  private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);
  static final String KEY_PREFIX = "digest:";

  private final DigestEntries entries;
  private final NotificationOutbox outbox;
  private final NotificationProperties properties;
  private final IdentityService identity;
  private final TaskService tasks;
  private final TransactionTemplate transaction;

  DailyDigest(DigestEntries entries, NotificationOutbox outbox, NotificationProperties properties,
      IdentityService identity, TaskService tasks, PlatformTransactionManager transactions) {
    this.entries = entries;
    this.outbox = outbox;
    this.properties = properties;
    this.identity = identity;
    this.tasks = tasks;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Checked often, so a node that was down at the digest time catches up; the key keeps it to once a day. */
  @Scheduled(fixedDelayString = "${cp.notifications.digest-check-interval:PT1M}")
  void onSchedule() {
    if (properties.dispatchEnabled()) {
      composeDue();
    }
  }

  /**
   * Composes the digests due now (engine clock): for each person, the notices written up to the latest digest time,
   * unless that day's digest exists. Returns how many digests this call wrote to the outbox; the dispatcher sends them.
   */
  public int composeDue() {
    Instant now = EngineClock.now().toInstant();
    ZonedDateTime slot = latestDigestTime(now);
    long upTo = slot.toInstant().toEpochMilli();
    int composed = 0;
    for (String recipient : entries.recipientsWaiting(upTo)) {
      String key = KEY_PREFIX + recipient + ":" + slot.toLocalDate();
      try {
        if (Boolean.TRUE.equals(transaction.execute(status -> compose(recipient, key, slot, now.toEpochMilli())))) {
          composed++;
        }
      } catch (AlreadyComposed | DataAccessException e) {
        // Another node composed (or is composing) this digest; its transaction decides, ours changed nothing.
        LOG.debug("Digest {} left to another node: {}", key, e.getMessage());
      }
    }
    return composed;
  }

  /** The digest time of today if it has passed, else of yesterday. */
  ZonedDateTime latestDigestTime(Instant now) {
    ZonedDateTime local = now.atZone(NotificationProperties.VIETNAM);
    ZonedDateTime today = local.toLocalDate().atTime(properties.digestAt()).atZone(NotificationProperties.VIETNAM);
    return today.isAfter(local) ? today.minusDays(1) : today;
  }

  private boolean compose(String recipient, String key, ZonedDateTime slot, long now) {
    if (entries.exists(key) || entries.claim(recipient, key, slot.toInstant().toEpochMilli(), now) == 0) {
      return false;
    }
    List<Map<String, Object>> rows = entries.of(key);
    List<DigestMail.Entry> open = openTasksOnly(DigestMail.perTask(rows.stream().map(DailyDigest::entry).toList()));
    if (open.isEmpty()) {
      return false; // every task was done meanwhile: the notices stay claimed, nobody is mailed
    }
    DigestMail.Mail mail = DigestMail.compose(nameOf(recipient), slot.toLocalDateTime(), open, properties::taskLink,
        properties.publicUrl() + "/camunda/app/tasklist/");
    String email = (String) rows.get(rows.size() - 1).get("email");
    if (!outbox.enqueue(new Notification(key, recipient, email, mail.subject(), mail.body(), null))) {
      throw new AlreadyComposed(key); // rolls the claim back
    }
    return true;
  }

  private static DigestMail.Entry entry(Map<String, Object> row) {
    Object due = row.get("due");
    return new DigestMail.Entry((String) row.get("taskId"), (String) row.get("group"), (String) row.get("taskName"),
        TaskState.valueOf((String) row.get("state")),
        due == null ? null : Instant.ofEpochMilli(((Number) due).longValue()));
  }

  /** Tasks completed or deleted since their notice are left out. */
  private List<DigestMail.Entry> openTasksOnly(List<DigestMail.Entry> lines) {
    Set<String> open = new HashSet<>();
    List<String> ids = lines.stream().map(DigestMail.Entry::taskId).filter(id -> id != null).distinct().toList();
    for (int from = 0; from < ids.size(); from += 500) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new);
      AsSystem.run(identity, () -> tasks.createTaskQuery().taskIdIn(chunk).list()).stream().map(Task::getId)
          .forEach(open::add);
    }
    return lines.stream().filter(l -> open.contains(l.taskId())).toList();
  }

  private String nameOf(String userId) {
    User user = AsSystem.run(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  /** The day's digest of this person exists already: this transaction must change nothing. */
  static final class AlreadyComposed extends RuntimeException {
    AlreadyComposed(String key) {
      super("digest " + key + " exists");
    }
  }
}
