package vn.cpreferrals.benchmark;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two engine nodes (two JVMs) on one PostgreSQL under load through REST; one is killed with SIGKILL mid-run, its
 * clients fail over to the other. Afterwards nothing acknowledged may be lost, nothing duplicated, every deadline timer
 * due must have fired (on the survivor), the jobs the dead node held must have been taken over, and the audit chain
 * must verify. Throws when a check fails.
 */
final class ClusterCrash {

  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  static final Duration LOCK_TIME = Duration.ofSeconds(15);

  record Outcome(double twoNodeTxPerSecond, double oneNodeTxPerSecond, int acknowledgedStarts, int unknownStarts,
      int completions, int firedTimers, int jobsLockedAtKill, int dueBeforeKillRunAfter, double worstTakeoverSeconds,
      long auditEntries,
      List<String> failures) {}

  private final String officer = EngineWorkload.OFFICER;
  private final NodeRest rest;
  private final String password;

  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> unknown = ConcurrentHashMap.newKeySet();
  private final Set<String> completedTasks = ConcurrentHashMap.newKeySet();
  private final List<long[]> events = java.util.Collections.synchronizedList(new ArrayList<>());

  ClusterCrash(String password) {
    this.rest = new NodeRest(password);
    this.password = password;
  }

  Outcome run(Postgres pg, String jdbcUrl, DataSource ds) throws Exception {
    Map<String, Object> common = Node.ours(pg, jdbcUrl, password,
        "cluster-audit-key-0123456789abcdef-0123456789abcdef");
    common.put("cp.deadlines.escalation-grace", "PT10S");
    common.put("camunda.bpm.job-execution.lock-time-in-millis", LOCK_TIME.toMillis());
    Map<String, Object> a = new java.util.HashMap<>(common);
    a.put("camunda.bpm.generic-properties.properties.hostname", "node-a");
    Map<String, Object> b = new java.util.HashMap<>(common);
    b.put("camunda.bpm.generic-properties.properties.hostname", "node-b");
    b.put("camunda.bpm.database.schema-update", false);

    try (Node nodeA = Node.start("node-a", a)) {
      nodeA.awaitReady(Duration.ofSeconds(180));
      try (Node nodeB = Node.start("node-b", b)) {
        nodeB.awaitReady(Duration.ofSeconds(180));
        rest.deployWorkload(nodeA);
        return drive(nodeA, nodeB, ds);
      }
    }
  }

  private Outcome drive(Node nodeA, Node nodeB, DataSource ds) throws Exception {
    int clients = 8;
    long t0 = System.currentTimeMillis();
    long killAt = t0 + 25_000;
    long stopAt = t0 + 50_000;
    AtomicReference<Throwable> failure = new AtomicReference<>();
    java.util.concurrent.atomic.AtomicBoolean aKilled = new java.util.concurrent.atomic.AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Node home = i % 2 == 0 ? nodeA : nodeB;
      threads.add(new Thread(() -> {
        Node target = home;
        java.util.Random random = new java.util.Random();
        while (System.currentTimeMillis() < stopAt) {
          try {
            if (target == nodeA && aKilled.get()) {
              target = nodeB; // the load balancer sends the dead node's users to the survivor
            }
            iteration(target, random.nextBoolean());
          } catch (Exception e) {
            if (!(target == nodeA && aKilled.get())) {
              failure.compareAndSet(null, e);
            }
          }
        }
      }, "cluster-client-" + i));
    }
    threads.forEach(Thread::start);
    Thread.sleep(Math.max(0, killAt - System.currentTimeMillis()));
    List<String> heldByA = lockedJobs(ds);
    long killedAt = System.currentTimeMillis();
    aKilled.set(true);
    nodeA.kill();
    for (Thread t : threads) {
      t.join();
    }
    // Timers due until now, plus the lock time of the dead node's jobs, plus the poll interval.
    long settleUntil = System.currentTimeMillis() + LOCK_TIME.toMillis() + 20_000;
    while (System.currentTimeMillis() < settleUntil && overdueDeadlineJobs(ds) > 0) {
      Thread.sleep(1000);
    }
    List<String> failures = new ArrayList<>();
    if (failure.get() != null) {
      failures.add("a client against a live node failed: " + failure.get());
    }
    check(ds, failures, killedAt);
    double worstTakeover = takeover(ds, heldByA, killedAt, failures);
    JsonNode audit = rest.get(nodeB, "/api/audit/verify", "admin");
    if (!audit.path("intact").asBoolean()) {
      failures.add("audit chain does not verify: " + audit);
    }
    double before = rate(t0 + 5_000, killAt);
    double after = rate(killedAt + 5_000, stopAt);
    return new Outcome(before, after, acknowledged.size(), unknown.size(), completedTasks.size(),
        firedOnSurvivor(ds, killedAt), heldByA.size(), dueBeforeKillRunAfter, worstTakeover,
        audit.path("checked").asLong(), failures);
  }

  private double rate(long from, long to) {
    long n;
    synchronized (events) {
      n = events.stream().filter(e -> e[0] >= from && e[0] < to).count();
    }
    return n / ((to - from) / 1000.0);
  }

  /** Start an instance (its tasks fall due in 15 s, so their timers fire during the run); maybe complete its task. */
  private void iteration(Node node, boolean complete) throws Exception {
    String key = UUID.randomUUID().toString();
    String due = OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(15).format(REST_DATE);
    String body = "{\"businessKey\":\"" + key + "\",\"variables\":{\"due\":{\"value\":\"" + due
        + "\",\"type\":\"Date\"}}}";
    HttpResponse<String> started;
    try {
      started = rest.send(node, "POST", "/engine-rest/process-definition/key/" + EngineWorkload.PROCESS + "/start", body,
          officer);
    } catch (java.io.IOException connectionLost) {
      unknown.add(key);
      throw connectionLost;
    }
    if (started.statusCode() != 200) {
      unknown.add(key);
      throw new IllegalStateException("start answered " + started.statusCode() + ": " + started.body());
    }
    acknowledged.add(key);
    events.add(new long[] {System.currentTimeMillis()});
    if (!complete) {
      return;
    }
    JsonNode tasks = rest.get(node, "/engine-rest/task?processInstanceBusinessKey=" + key, officer);
    String taskId = tasks.get(0).path("id").asText();
    rest.send(node, "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + officer + "\"}", officer);
    HttpResponse<String> done = rest.send(node, "POST", "/engine-rest/task/" + taskId + "/complete", "{}", officer);
    if (done.statusCode() == 204) {
      completedTasks.add(taskId);
      events.add(new long[] {System.currentTimeMillis()});
    }
  }

  // ---- checks on the database ----

  private void check(DataSource ds, List<String> failures, long killedAt) throws Exception {
    long duplicates = Postgres.scalar(ds, "SELECT count(*) FROM (SELECT business_key_ FROM act_hi_procinst WHERE proc_def_key_ = '"
        + EngineWorkload.PROCESS + "' GROUP BY business_key_ HAVING count(*) > 1) d");
    if (duplicates > 0) {
      failures.add(duplicates + " business keys started twice");
    }
    Set<String> stored = strings(ds, "SELECT business_key_ FROM act_hi_procinst WHERE proc_def_key_ = '"
        + EngineWorkload.PROCESS + "'");
    long lost = acknowledged.stream().filter(k -> !stored.contains(k)).count();
    if (lost > 0) {
      failures.add(lost + " acknowledged starts missing");
    }
    Set<String> ended = strings(ds, "SELECT id_ FROM act_hi_taskinst WHERE end_time_ IS NOT NULL");
    long lostCompletions = completedTasks.stream().filter(t -> !ended.contains(t)).count();
    if (lostCompletions > 0) {
      failures.add(lostCompletions + " acknowledged completions missing");
    }
    long overdue = overdueDeadlineJobs(ds);
    if (overdue > 0) {
      failures.add(overdue + " deadline timers overdue and not fired");
    }
    long failedJobs = Postgres.scalar(ds, "SELECT count(*) FROM act_ru_job WHERE retries_ < 3");
    if (failedJobs > 0) {
      failures.add(failedJobs + " jobs failed at least once");
    }
    long duplicateNotices = Postgres.scalar(ds, "SELECT count(*) FROM (SELECT idempotency_key FROM cp_notification"
        + " GROUP BY idempotency_key HAVING count(*) > 1) d");
    if (duplicateNotices > 0) {
      failures.add(duplicateNotices + " notifications duplicated");
    }
    long startsAudited = Postgres.scalar(ds, "SELECT count(DISTINCT business_key) FROM cp_audit_entry WHERE action = 'PROCESS_STARTED'"
        + " AND process_definition_key = '" + EngineWorkload.PROCESS + "'");
    long startsAuditedTwice = Postgres.scalar(ds, "SELECT count(*) FROM (SELECT process_instance_id FROM cp_audit_entry"
        + " WHERE action = 'PROCESS_STARTED' GROUP BY process_instance_id HAVING count(*) > 1) d");
    if (startsAudited < acknowledged.size() || startsAuditedTwice > 0) {
      failures.add("audit: " + startsAudited + " starts recorded for " + acknowledged.size() + " acknowledged, "
          + startsAuditedTwice + " recorded twice");
    }
    long timersAfterKillOnA = Postgres.scalar(ds, "SELECT count(*) FROM act_hi_job_log WHERE hostname_ = 'node-a'"
        + " AND timestamp_ > to_timestamp(" + (killedAt + 1000) / 1000.0 + ")");
    if (timersAfterKillOnA > 0) {
      failures.add("jobs logged by the dead node after its death");
    }
  }

  /**
   * Jobs locked at the kill must all have run by now. The takeover delay is measured on the jobs that were due before
   * the kill and ran afterwards on the survivor: the dead node's locked jobs wait for their lock to expire.
   */
  private double takeover(DataSource ds, List<String> lockedAtKill, long killedAt, List<String> failures)
      throws Exception {
    for (String jobId : lockedAtKill) {
      if (Postgres.scalar(ds, "SELECT count(*) FROM act_ru_job WHERE id_ = '" + jobId + "' AND duedate_ < now()") > 0) {
        failures.add("job " + jobId + " locked at the kill was never taken over");
      }
    }
    String kill = "to_timestamp(" + killedAt / 1000.0 + ")";
    dueBeforeKillRunAfter = (int) Postgres.scalar(ds, "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2"
        + " AND hostname_ = 'node-b' AND job_duedate_ < " + kill + " AND timestamp_ > " + kill);
    return Postgres.scalar(ds, "SELECT coalesce(max(extract(epoch FROM timestamp_ - " + kill + ")) * 1000, 0)"
        + " FROM act_hi_job_log WHERE job_state_ = 2 AND hostname_ = 'node-b' AND job_duedate_ < " + kill
        + " AND timestamp_ > " + kill) / 1000.0;
  }

  private int dueBeforeKillRunAfter;

  private static List<String> lockedJobs(DataSource ds) throws Exception {
    return new ArrayList<>(strings(ds, "SELECT id_ FROM act_ru_job WHERE lock_owner_ IS NOT NULL"));
  }

  private static long overdueDeadlineJobs(DataSource ds) throws Exception {
    return Postgres.scalar(ds, "SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'cp-task-deadline'"
        + " AND duedate_ < now() - interval '3 seconds'");
  }

  /** Jobs (deadline stages among them) executed successfully by the survivor after the kill. */
  private static int firedOnSurvivor(DataSource ds, long killedAt) throws Exception {
    return (int) Postgres.scalar(ds, "SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2 AND hostname_ = 'node-b'"
        + " AND timestamp_ > to_timestamp(" + killedAt / 1000.0 + ")");
  }

  private static Set<String> strings(DataSource ds, String sql) throws Exception {
    Set<String> values = new java.util.HashSet<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
