package vn.cpreferrals.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cpreferrals.process.EngineClock;

/**
 * The hash chain proves that no entry was edited, inserted or removed in the middle; it cannot prove that the newest
 * entries are still there once someone deletes them and moves the head row back. So the head is anchored outside the
 * database: every minute (when it moved) a signed line "seq;hash;time;mac" is appended to a file and written to the
 * application log. The operator keeps that file on other storage than the database (or ships the log); the verifier
 * compares the chain with the newest anchor.
 */
@Component
class AuditAnchor {

  private static final Logger LOG = LoggerFactory.getLogger("vn.cpreferrals.audit.anchor");

  private final AuditLog log;
  private final AuditChain chain;
  private final Path file;
  private long lastAnchoredSeq = -1;

  AuditAnchor(AuditLog log, AuditProperties properties,
      @Value("${cp.audit.anchor-file:${DATA_DIR:./data}/audit-anchor.log}") String file) {
    this.log = log;
    this.chain = new AuditChain(properties.key());
    this.file = Path.of(file);
  }

  record Anchor(long seq, String hash, long epochMillis, boolean signatureValid) {}

  /** Writes the current head if it moved since the last anchor. */
  @Scheduled(fixedDelayString = "${cp.audit.anchor-interval:PT1M}")
  synchronized void write() {
    AuditLog.ChainState head = log.chainState();
    if (head.lastSeq() == lastAnchoredSeq || head.lastSeq() == 0) {
      return;
    }
    long now = EngineClock.now().getTime();
    String line = head.lastSeq() + ";" + head.lastHash() + ";" + now + ";"
        + chain.anchorMac(head.lastSeq(), head.lastHash(), now);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.SYNC);
      lastAnchoredSeq = head.lastSeq();
    } catch (IOException e) {
      LOG.error("Audit anchor file {} cannot be written: truncation of the newest audit entries would go unnoticed",
          file, e);
    }
    LOG.info("Audit chain head {}", line);
  }

  @PreDestroy
  void writeOnShutdown() {
    write();
  }

  /** The newest anchor in the file, if any; a line whose signature fails is returned as such. */
  Optional<Anchor> latest() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String[] parts = lines.get(i).trim().split(";");
        if (parts.length == 4) {
          long seq = Long.parseLong(parts[0]);
          long time = Long.parseLong(parts[2]);
          return Optional.of(new Anchor(seq, parts[1], time, chain.anchorMac(seq, parts[1], time).equals(parts[3])));
        }
      }
      return Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.of(new Anchor(-1, "", 0, false));
    }
  }

  Path file() {
    return file;
  }
}
