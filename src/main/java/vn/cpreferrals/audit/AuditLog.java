package vn.cpreferrals.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.cpreferrals.process.EngineClock;

/**
 * The append-only store. {@link #append} joins the caller's transaction — the engine's, when called from inside a
 * command — so an entry exists exactly when the change it records was committed.
 */
@Repository
public class AuditLog {

  static final String COLUMNS = "seq, occurred_at, actor, actor_agency, province, action, process_definition_key, "
      + "process_instance_id, business_key, task_id, subject, details, prev_hash, hash";
  static final int SUBJECT_MAX = 255;
  static final int ACTOR_MAX = 64;
  static final int DETAILS_MAX = 2000;

  private final JdbcTemplate jdbc;
  private final AuditChain chain;

  AuditLog(JdbcTemplate jdbc, AuditProperties properties) {
    this.jdbc = jdbc;
    this.chain = new AuditChain(properties.key());
  }

  /**
   * Records an event in the caller's transaction. Entries are chained only when the transaction commits: the head row
   * is locked for the inserts and the commit alone, not for the whole engine command, so concurrent transactions
   * wait on each other for milliseconds instead of for the length of the work.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void append(Actor actor, AuditEvent event) {
    Pending pending = new Pending(actor, event, Instant.ofEpochMilli(EngineClock.now().getTime()));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      Buffer buffer = (Buffer) TransactionSynchronizationManager.getResource(this);
      if (buffer == null) {
        buffer = new Buffer();
        TransactionSynchronizationManager.bindResource(this, buffer);
        TransactionSynchronizationManager.registerSynchronization(new ChainAtCommit(buffer));
      }
      if (!buffer.written) {
        buffer.entries.add(pending);
        return;
      }
    }
    // Called while the transaction is already committing (or without synchronization): chain at once.
    write(List.of(pending));
  }

  /**
   * Records an event in a transaction of its own, committed at once: for events whose command fails (a refused read)
   * or that happen outside any command.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void appendIndependently(Actor actor, AuditEvent event) {
    write(List.of(new Pending(actor, event, Instant.ofEpochMilli(EngineClock.now().getTime()))));
  }

  /** Locks the head, chains and inserts the entries in order, moves the head. */
  private void write(List<Pending> entries) {
    if (entries.isEmpty()) {
      return;
    }
    // Locking the head row orders appends across transactions and nodes; it is released at commit or rollback.
    ChainHead head = jdbc.queryForObject(
        "SELECT last_seq, last_hash FROM cp_audit_chain WHERE id = 1 FOR UPDATE",
        (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)));
    long seq = head.lastSeq();
    String previous = head.lastHash();
    List<Object[]> rows = new java.util.ArrayList<>(entries.size());
    for (Pending p : entries) {
      seq++;
      AuditEvent event = p.event();
      AuditEntry unsigned = new AuditEntry(seq, p.occurredAt(), clip(p.actor().userId(), ACTOR_MAX), p.actor().agency(),
          event.province(), event.action().name(), event.processDefinitionKey(), event.processInstanceId(),
          event.businessKey(), event.taskId(), clip(event.subject(), SUBJECT_MAX), clip(event.details(), DETAILS_MAX),
          previous, null);
      AuditEntry entry = withHash(unsigned, chain.hash(unsigned));
      previous = entry.hash();
      rows.add(new Object[] {entry.seq(), entry.occurredAt().toEpochMilli(), entry.actor(), entry.actorAgency(),
          entry.province(), entry.action(), entry.processDefinitionKey(), entry.processInstanceId(),
          entry.businessKey(), entry.taskId(), entry.subject(), entry.details(), entry.prevHash(), entry.hash()});
    }
    jdbc.batchUpdate("INSERT INTO cp_audit_entry (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    jdbc.update("UPDATE cp_audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1", seq, previous);
  }

  private record Pending(Actor actor, AuditEvent event, Instant occurredAt) {}

  /** The events of one transaction, waiting for its commit. */
  private static final class Buffer {
    final List<Pending> entries = new java.util.ArrayList<>();
    boolean written;
  }

  private final class ChainAtCommit implements TransactionSynchronization {

    private final Buffer buffer;

    ChainAtCommit(Buffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public int getOrder() {
      // After the engine's own commit work, so events raised there are still chained.
      return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      buffer.written = true;
      write(buffer.entries);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
    }
  }

  public List<AuditEntry> find(AuditQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM cp_audit_entry WHERE 1=1");
    List<Object> args = query.appendConditions(sql);
    sql.append(" ORDER BY seq LIMIT ").append(query.limit());
    return jdbc.query(sql.toString(), ENTRY, args.toArray());
  }

  /** Streams entries in chain order without loading the whole log. */
  void forEachInOrder(long fromSeq, long toSeq, Consumer<AuditEntry> consumer) {
    jdbc.query("SELECT " + COLUMNS + " FROM cp_audit_entry WHERE seq >= ? AND seq <= ? ORDER BY seq",
        (RowCallbackHandler) rs -> consumer.accept(ENTRY.mapRow(rs, 0)), fromSeq, toSeq);
  }

  ChainState chainState() {
    return jdbc.queryForObject(
        "SELECT last_seq, last_hash, purged_through_seq, purged_last_hash FROM cp_audit_chain WHERE id = 1",
        (rs, i) -> new ChainState(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
  }

  String hashOf(long seq) {
    return jdbc.query("SELECT hash FROM cp_audit_entry WHERE seq = ?", rs -> rs.next() ? rs.getString(1) : null, seq);
  }

  boolean hasPurgeMarker(long throughSeq) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM cp_audit_entry WHERE action = ? AND details LIKE ?",
        Integer.class, AuditAction.RETENTION_PURGE.name(), AuditRetention.THROUGH + throughSeq + ";%");
    return n != null && n > 0;
  }

  String computeHash(AuditEntry entry) {
    return chain.hash(entry);
  }

  /** Removes entries older than the cut-off; the head remembers where the kept chain starts. */
  @Transactional
  public int purgeBefore(Instant cutoff) {
    jdbc.queryForObject("SELECT last_seq FROM cp_audit_chain WHERE id = 1 FOR UPDATE", Long.class);
    Long lastOld = jdbc.queryForObject("SELECT MAX(seq) FROM cp_audit_entry WHERE occurred_at < ?", Long.class,
        cutoff.toEpochMilli());
    if (lastOld == null) {
      return 0;
    }
    String lastOldHash = hashOf(lastOld);
    int removed = jdbc.update("DELETE FROM cp_audit_entry WHERE seq <= ?", lastOld);
    jdbc.update("UPDATE cp_audit_chain SET purged_through_seq = ?, purged_last_hash = ? WHERE id = 1", lastOld,
        lastOldHash);
    return removed;
  }

  private static AuditEntry withHash(AuditEntry e, String hash) {
    return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actorAgency(), e.province(), e.action(),
        e.processDefinitionKey(), e.processInstanceId(), e.businessKey(), e.taskId(), e.subject(), e.details(),
        e.prevHash(), hash);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static final RowMapper<AuditEntry> ENTRY = AuditLog::map;

  private static AuditEntry map(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("occurred_at")), rs.getString("actor"),
        rs.getString("actor_agency"), rs.getString("province"), rs.getString("action"),
        rs.getString("process_definition_key"), rs.getString("process_instance_id"), rs.getString("business_key"),
        rs.getString("task_id"), rs.getString("subject"), rs.getString("details"), rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  record ChainHead(long lastSeq, String lastHash) {}

  record ChainState(long lastSeq, String lastHash, long purgedThroughSeq, String purgedLastHash) {}
}
