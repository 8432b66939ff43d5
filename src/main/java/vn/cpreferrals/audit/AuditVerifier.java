package vn.cpreferrals.audit;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain and reports the first entry that does not fit: an edited row fails its own hash, a deleted row
 * leaves a gap in the sequence, an inserted or re-ordered row breaks the link to its predecessor, and a row appended
 * behind the application's back does not match the chain head.
 */
@Service
public class AuditVerifier {

  private final AuditLog log;
  private final AuditAnchor anchor;

  AuditVerifier(AuditLog log, AuditAnchor anchor) {
    this.log = log;
    this.anchor = anchor;
  }

  /**
   * Verifies entries {@code from..to} (inclusive; null for the whole chain). One snapshot for the head and the entries:
   * appends committing meanwhile (a live cluster) are neither half seen nor mistaken for forged entries.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public VerificationResult verify(Long from, Long to) {
    AuditLog.ChainState state = log.chainState();
    long first = Math.max(from == null ? 1 : from, state.purgedThroughSeq() + 1);
    long last = to == null ? Long.MAX_VALUE : to;
    String expectedPrev = first == state.purgedThroughSeq() + 1 ? state.purgedLastHash() : log.hashOf(first - 1);
    Walk walk = new Walk(first, expectedPrev);
    log.forEachInOrder(first, last, walk::check);
    if (walk.broken != null) {
      return walk.broken;
    }
    long lastSeen = walk.nextSeq - 1;
    boolean wholeTail = to == null || to >= state.lastSeq();
    if (wholeTail && lastSeen > state.lastSeq()) {
      return VerificationResult.broken(walk.checked, state.lastSeq() + 1, "entry " + (state.lastSeq() + 1)
          + " lies beyond the chain head: it was not written by the application");
    }
    if (wholeTail && lastSeen < state.lastSeq()) {
      return VerificationResult.broken(walk.checked, walk.nextSeq, "entries from " + walk.nextSeq + " to "
          + state.lastSeq() + " are missing: the chain head records more than the log holds");
    }
    if (wholeTail && state.lastSeq() >= first && !Objects.equals(walk.lastHash, state.lastHash())) {
      return VerificationResult.broken(walk.checked, state.lastSeq(), "entry " + state.lastSeq()
          + " is not the entry the chain head recorded");
    }
    if (state.purgedThroughSeq() > 0 && !log.hasPurgeMarker(state.purgedThroughSeq())) {
      return VerificationResult.broken(walk.checked, state.purgedThroughSeq(), "entries up to "
          + state.purgedThroughSeq() + " are gone without a signed retention marker");
    }
    VerificationResult anchored = checkAnchor(state, walk.checked);
    return anchored != null ? anchored : VerificationResult.intact(walk.checked, first, walk.nextSeq - 1);
  }

  /** The newest entries cut and the head moved back: the anchor kept outside the database still names them. */
  private VerificationResult checkAnchor(AuditLog.ChainState state, long checked) {
    AuditAnchor.Anchor latest = anchor.latest().orElse(null);
    if (latest == null) {
      return null;
    }
    if (!latest.signatureValid()) {
      return VerificationResult.broken(checked, Math.max(latest.seq(), 0), "the newest line of the anchor file "
          + anchor.file() + " is not signed with the audit key");
    }
    if (latest.seq() > state.lastSeq()) {
      return VerificationResult.broken(checked, state.lastSeq() + 1, "entries " + (state.lastSeq() + 1) + " to "
          + latest.seq() + " were anchored outside the database at " + java.time.Instant.ofEpochMilli(
              latest.epochMillis()) + " but are missing: the newest entries were removed");
    }
    if (latest.seq() > state.purgedThroughSeq() && !Objects.equals(log.hashOf(latest.seq()), latest.hash())) {
      return VerificationResult.broken(checked, latest.seq(), "entry " + latest.seq()
          + " is not the entry anchored outside the database");
    }
    return null;
  }

  private final class Walk {
    long nextSeq;
    String lastHash;
    long checked;
    VerificationResult broken;

    Walk(long firstSeq, String prevHash) {
      this.nextSeq = firstSeq;
      this.lastHash = prevHash;
    }

    void check(AuditEntry entry) {
      if (broken != null) {
        return;
      }
      if (entry.seq() != nextSeq) {
        broken = VerificationResult.broken(checked, nextSeq, "entry " + nextSeq + " is missing (next found: "
            + entry.seq() + ")");
      } else if (!Objects.equals(entry.prevHash(), lastHash)) {
        broken = VerificationResult.broken(checked, entry.seq(), "entry " + entry.seq()
            + " does not link to the entry before it (inserted or re-ordered)");
      } else if (!Objects.equals(log.computeHash(entry), entry.hash())) {
        broken = VerificationResult.broken(checked, entry.seq(), "entry " + entry.seq()
            + " was changed after it was written");
      } else {
        checked++;
        nextSeq++;
        lastHash = entry.hash();
      }
    }
  }
}
