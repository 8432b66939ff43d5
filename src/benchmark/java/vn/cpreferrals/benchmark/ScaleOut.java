package vn.cpreferrals.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scale-out on one PostgreSQL: up to three engine nodes, each a JVM in its own CPU group limited to a fraction of a
 * core (a small host), PostgreSQL and the clients unconstrained. The same REST load (start, claim, complete) runs
 * against one node, then two, then three, with the same number of clients per node; nodes not under load stay up
 * (idle, their job executors polling). The database grows from one load to the next, which only favours fewer nodes.
 */
final class ScaleOut {

  record Measured(int nodes, double txPerSecond, double p50, double p95, double cpuPerNode, long throttledPeriods,
      Map<Integer, Long> refusals) {}

  private final NodeRest rest;
  private final String officer = EngineWorkload.OFFICER;

  ScaleOut(String password) {
    this.rest = new NodeRest(password);
  }

  List<Measured> run(Postgres pg, String jdbcUrl, int maxNodes, double cpus, int clientsPerNode, int seconds)
      throws Exception {
    Map<String, Object> common = Node.ours(pg, jdbcUrl, OurApplication.PASSWORD,
        "scale-out-audit-key-0123456789abcdef-0123456789abcdef");
    List<CpuGroup> groups = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < maxNodes; i++) {
        CpuGroup group = CpuGroup.create("cp-bench-node-" + i, cpus);
        groups.add(group);
        Map<String, Object> p = new HashMap<>(common);
        p.put("camunda.bpm.generic-properties.properties.hostname", "node-" + i);
        if (i > 0) {
          p.put("camunda.bpm.database.schema-update", false);
        }
        Node node = Node.start("node-" + i, "vn.cpreferrals.CpReferralsApplication", p, group);
        nodes.add(node);
        if (i == 0) {
          node.awaitReady(Duration.ofSeconds(600)); // the first creates the schema and the identity rows
        }
      }
      for (Node node : nodes) {
        node.awaitReady(Duration.ofSeconds(600));
      }
      rest.deployWorkload(nodes.get(0));
      List<Measured> measured = new ArrayList<>();
      for (int n = 1; n <= maxNodes; n++) {
        measured.add(load(nodes.subList(0, n), groups.subList(0, n), clientsPerNode, seconds));
        System.out.printf("scale-out: %d node(s) %.1f tx/s, refused %s%n", n, measured.get(n - 1).txPerSecond(),
            measured.get(n - 1).refusals());
      }
      return measured;
    } finally {
      for (Node node : nodes) {
        node.close();
      }
      groups.forEach(CpuGroup::close);
    }
  }

  private Measured load(List<Node> nodes, List<CpuGroup> groups, int clientsPerNode, int seconds) throws Exception {
    long warmUp = 10_000;
    long t0 = System.currentTimeMillis();
    long measureFrom = t0 + warmUp;
    long stopAt = measureFrom + seconds * 1000L;
    AtomicLong transactions = new AtomicLong();
    Map<Integer, Long> refusals = new ConcurrentHashMap<>();
    List<Latencies> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (Node node : nodes) {
      for (int c = 0; c < clientsPerNode; c++) {
        Latencies mine = new Latencies();
        latencies.add(mine);
        threads.add(new Thread(() -> {
          boolean measuring = false;
          while (System.currentTimeMillis() < stopAt) {
            if (!measuring && System.currentTimeMillis() >= measureFrom) {
              measuring = true;
              mine.reset();
            }
            try {
              long started = System.nanoTime();
              int tx = iteration(node, refusals, measuring);
              mine.record(System.nanoTime() - started);
              if (measuring) {
                transactions.addAndGet(tx);
              }
            } catch (Exception e) {
              refusals.merge(-1, 1L, Long::sum);
            }
          }
        }, "scale-client-" + node.name + "-" + c));
      }
    }
    threads.forEach(Thread::start);
    Thread.sleep(Math.max(0, measureFrom - System.currentTimeMillis()));
    long[] cpuBefore = new long[groups.size()];
    long throttledBefore = 0;
    for (int i = 0; i < groups.size(); i++) {
      cpuBefore[i] = groups.get(i).usageNanos();
      throttledBefore += groups.get(i).throttledPeriods();
    }
    for (Thread t : threads) {
      t.join();
    }
    double cpu = 0;
    long throttled = -throttledBefore;
    for (int i = 0; i < groups.size(); i++) {
      cpu += (groups.get(i).usageNanos() - cpuBefore[i]) / 1e9;
      throttled += groups.get(i).throttledPeriods();
    }
    Latencies all = Latencies.merge(latencies);
    return new Measured(nodes.size(), transactions.get() / (double) seconds, all.percentileMillis(50),
        all.percentileMillis(95), cpu / seconds / nodes.size(), throttled, new HashMap<>(refusals));
  }

  /** One case of the workload: start it, claim and complete its first task. Returns the engine transactions made. */
  private int iteration(Node node, Map<Integer, Long> refusals, boolean counting) throws Exception {
    String key = UUID.randomUUID().toString();
    String due = OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5).format(ClusterCrash.REST_DATE);
    HttpResponse<String> started = rest.send(node, "POST",
        "/engine-rest/process-definition/key/" + EngineWorkload.PROCESS + "/start",
        "{\"businessKey\":\"" + key + "\",\"variables\":{\"due\":{\"value\":\"" + due + "\",\"type\":\"Date\"}}}",
        officer);
    if (!ok(started, refusals, counting)) {
      return 0;
    }
    JsonNode tasks = rest.get(node, "/engine-rest/task?processInstanceBusinessKey=" + key, officer);
    String taskId = tasks.get(0).path("id").asText();
    int tx = 1;
    if (ok(rest.send(node, "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + officer + "\"}",
        officer), refusals, counting)) {
      tx++;
      if (ok(rest.send(node, "POST", "/engine-rest/task/" + taskId + "/complete", "{}", officer), refusals,
          counting)) {
        tx++;
      }
    }
    return tx;
  }

  private static boolean ok(HttpResponse<String> response, Map<Integer, Long> refusals, boolean counting) {
    boolean ok = response.statusCode() / 100 == 2;
    if (!ok && counting) {
      refusals.merge(response.statusCode(), 1L, Long::sum);
    }
    return ok;
  }
}
