package vn.cpreferrals.audit;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cpreferrals.process.EngineClock;

/**
 * Removes entries older than the retention period in the nightly window and leaves a signed marker, so verification
 * can tell a lawful purge from a deleted prefix.
 */
@Component
class AuditRetention {

  private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
  static final String THROUGH = "through=";

  private final AuditLog log;
  private final AuditProperties properties;

  AuditRetention(AuditLog log, AuditProperties properties) {
    this.log = log;
    this.properties = properties;
  }

  @Scheduled(cron = "${cp.audit.purge-cron}", zone = "Asia/Ho_Chi_Minh")
  void nightly() {
    if (properties.retentionDays() > 0) {
      purge();
    }
  }

  @Transactional
  public int purge() {
    Instant cutoff = EngineClock.now().toInstant().minus(Duration.ofDays(properties.retentionDays()));
    int removed = log.purgeBefore(cutoff);
    if (removed > 0) {
      long through = log.chainState().purgedThroughSeq();
      log.append(Actor.system(), AuditEvent.of(AuditAction.RETENTION_PURGE, null, "cp_audit_entry",
          THROUGH + through + "; removed=" + removed + "; before=" + cutoff));
      LOG.info("Audit retention: removed {} entries older than {} days (through seq {})", removed,
          properties.retentionDays(), through);
    }
    return removed;
  }
}
