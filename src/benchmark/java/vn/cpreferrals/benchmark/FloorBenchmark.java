package vn.cpreferrals.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * The physical floor of one step: a hand-written JDBC transaction that makes the state change of one task completion —
 * read the task, remove it, create the next one, close and open the history rows, append a chained audit row — and
 * commits. No engine, no ORM, no permission checks.
 */
final class FloorBenchmark {

  private static final String[] SCHEMA = {
      "CREATE TABLE task (id BIGINT PRIMARY KEY, proc_inst BIGINT NOT NULL, name VARCHAR(255), candidate VARCHAR(255),"
          + " due TIMESTAMP, rev INT NOT NULL, created TIMESTAMP NOT NULL)",
      "CREATE INDEX task_proc_inst ON task (proc_inst)",
      "CREATE TABLE hi_task (id BIGINT PRIMARY KEY, proc_inst BIGINT NOT NULL, name VARCHAR(255),"
          + " start_time TIMESTAMP NOT NULL, end_time TIMESTAMP, duration BIGINT)",
      "CREATE TABLE hi_act (id BIGINT PRIMARY KEY, proc_inst BIGINT NOT NULL, act_id VARCHAR(255),"
          + " start_time TIMESTAMP NOT NULL, end_time TIMESTAMP)",
      "CREATE TABLE audit (seq BIGINT PRIMARY KEY, at TIMESTAMP NOT NULL, actor VARCHAR(64), action VARCHAR(64),"
          + " subject VARCHAR(255), prev_hash VARCHAR(64), hash VARCHAR(64))",
      "CREATE TABLE audit_head (id INT PRIMARY KEY, seq BIGINT NOT NULL, hash VARCHAR(64) NOT NULL)",
      "INSERT INTO audit_head VALUES (1, 0, 'genesis')"};

  private final DataSource ds;
  private final AtomicLong ids = new AtomicLong(1);

  FloorBenchmark(DataSource ds) throws SQLException {
    this.ds = ds;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String sql : SCHEMA) {
        s.execute(sql);
      }
    }
  }

  /** Each client owns one "process instance" whose current task it completes again and again. */
  Load.Client client(int index) throws SQLException {
    long procInst = 1_000_000L + index;
    try (Connection c = ds.getConnection()) {
      insertTask(c, procInst);
    }
    return latencies -> {
      long t0 = System.nanoTime();
      completeCurrentTask(procInst);
      latencies.record(System.nanoTime() - t0);
    };
  }

  private void completeCurrentTask(long procInst) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      long taskId;
      int rev;
      try (PreparedStatement read = c.prepareStatement("SELECT id, rev FROM task WHERE proc_inst = ?")) {
        read.setLong(1, procInst);
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
          taskId = rs.getLong(1);
          rev = rs.getInt(2);
        }
      }
      Timestamp now = new Timestamp(System.currentTimeMillis());
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM task WHERE id = ? AND rev = ?")) {
        delete.setLong(1, taskId);
        delete.setInt(2, rev);
        if (delete.executeUpdate() != 1) {
          throw new IllegalStateException("concurrent change of task " + taskId);
        }
      }
      try (PreparedStatement end = c.prepareStatement(
          "UPDATE hi_task SET end_time = ?, duration = 1 WHERE id = ?")) {
        end.setTimestamp(1, now);
        end.setLong(2, taskId);
        end.executeUpdate();
      }
      try (PreparedStatement end = c.prepareStatement("UPDATE hi_act SET end_time = ? WHERE id = ?")) {
        end.setTimestamp(1, now);
        end.setLong(2, taskId);
        end.executeUpdate();
      }
      long next = insertTask(c, procInst);
      appendAudit(c, now, "task-completed", String.valueOf(taskId) + "->" + next);
      c.commit();
    }
  }

  private long insertTask(Connection c, long procInst) throws SQLException {
    long id = ids.getAndIncrement();
    Timestamp now = new Timestamp(System.currentTimeMillis());
    try (PreparedStatement task = c.prepareStatement("INSERT INTO task VALUES (?, ?, 'Bước', 'quang-ngai-so-y-te', ?, 1, ?)");
        PreparedStatement hiTask = c.prepareStatement("INSERT INTO hi_task VALUES (?, ?, 'Bước', ?, NULL, NULL)");
        PreparedStatement hiAct = c.prepareStatement("INSERT INTO hi_act VALUES (?, ?, 'Task', ?, NULL)")) {
      task.setLong(1, id);
      task.setLong(2, procInst);
      task.setTimestamp(3, now);
      task.setTimestamp(4, now);
      task.executeUpdate();
      hiTask.setLong(1, id);
      hiTask.setLong(2, procInst);
      hiTask.setTimestamp(3, now);
      hiTask.executeUpdate();
      hiAct.setLong(1, id);
      hiAct.setLong(2, procInst);
      hiAct.setTimestamp(3, now);
      hiAct.executeUpdate();
    }
    return id;
  }

  /** The audit chain as the application keeps it: lock the head, append, move the head. */
  private static void appendAudit(Connection c, Timestamp now, String action, String subject) throws SQLException {
    long seq;
    String prev;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")) {
      rs.next();
      seq = rs.getLong(1) + 1;
      prev = rs.getString(2);
    }
    String hash = Integer.toHexString((prev + action + subject).hashCode());
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit VALUES (?, ?, 'bench', ?, ?, ?, ?)");
        PreparedStatement head = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
      insert.setLong(1, seq);
      insert.setTimestamp(2, now);
      insert.setString(3, action);
      insert.setString(4, subject);
      insert.setString(5, prev);
      insert.setString(6, hash);
      insert.executeUpdate();
      head.setLong(1, seq);
      head.setString(2, hash);
      head.executeUpdate();
    }
  }
}
