package vn.cpreferrals.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * One command, all figures side by side: {@code mvn -Pbenchmark -DskipTests verify}. Options (system properties):
 * {@code bench.seconds} measured seconds per run, {@code bench.clients} client counts, {@code bench.db.url} a
 * PostgreSQL to use instead of the embedded one, {@code bench.sections} any of floor, vanilla, ours, footprint (all
 * four by default) and ablation (ours with one feature off at a time).
 */
public final class BenchmarkMain {

  static final Duration WARM_UP = Duration.ofSeconds(5);

  public static void main(String[] args) throws Exception {
    Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    List<Integer> clients = Arrays.stream(System.getProperty("bench.clients", "1,4,16").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    Set<String> sections = Arrays.stream(System.getProperty("bench.sections", "all").split(","))
        .map(String::trim).collect(Collectors.toSet());
    Path out = Path.of(System.getProperty("bench.out", "target/benchmark"));
    Results results = new Results();

    try (Postgres pg = Postgres.start(System.getProperty("bench.db.url"))) {
      System.out.println("Database: " + pg.description() + "; " + measured.toSeconds() + " s per run after "
          + WARM_UP.toSeconds() + " s warm-up; clients " + clients);
      if (wanted(sections, "floor")) {
        floor(pg, clients, measured, results);
      }
      if (wanted(sections, "vanilla")) {
        vanilla(pg, clients, measured, results);
      }
      if (wanted(sections, "ours")) {
        ours(pg, clients, measured, results);
      }
      if (sections.contains("ablation")) {
        ablation(pg, measured, results);
      }
    }
    if (wanted(sections, "footprint")) {
      footprint(results);
    }
    ratios(clients, results);
    results.print();
    results.write(out);
    System.out.println("\nWritten: " + out.resolve("results.csv") + ", " + out.resolve("throughput.png") + ", "
        + out.resolve("latency.png"));
    System.exit(0); // engine and pool threads of the in-process runs must not keep the build waiting
  }

  private static boolean wanted(Set<String> sections, String name) {
    return sections.contains("all") || sections.contains(name);
  }

  static void floor(Postgres pg, List<Integer> clients, Duration measured, Results results) throws Exception {
    try (HikariDataSource ds = pg.pool(pg.createDatabase("bench_floor"), 20)) {
      FloorBenchmark floor = new FloorBenchmark(ds);
      for (int n : clients) {
        report(results, "1 floor (JDBC)", "hand-written JDBC step", Load.run(n, WARM_UP, measured, floor::client));
      }
    }
  }

  static void vanilla(Postgres pg, List<Integer> clients, Duration measured, Results results) throws Exception {
    try (HikariDataSource ds = pg.pool(pg.createDatabase("bench_vanilla"), 20)) {
      ProcessEngine engine = VanillaEngine.start(ds, "full", false);
      try {
        EngineWorkload.deploy(engine);
        for (int n : clients) {
          report(results, "2 vanilla (history full)", "Camunda 7.24 plain",
              Load.run(n, WARM_UP, measured, i -> EngineWorkload.client(engine, null, null, null)));
        }
      } finally {
        engine.close();
      }
    }
  }

  static void ours(Postgres pg, List<Integer> clients, Duration measured, Results results) throws Exception {
    String url = pg.createDatabase("bench_ours");
    try (OurApplication app = OurApplication.start(url, pg, true, 0, Map.of())) {
      ProcessEngine engine = app.engine();
      EngineWorkload.deploy(engine);
      for (int n : clients) {
        report(results, "3 ours (full, auth, audit)", "cp-referrals", Load.run(n, WARM_UP, measured,
            i -> EngineWorkload.client(engine, EngineWorkload.OFFICER, List.of(EngineWorkload.AGENCY),
                List.of("quang-ngai"))));
      }
      try (HikariDataSource ds = pg.pool(url, 2)) {
        results.add("3 ours (full, auth, audit)", "cp-referrals", "audit rows", Postgres.tableRows(ds,
            "SELECT count(*) FROM cp_audit_entry"), "rows", "appended in the engine transactions");
        results.add("3 ours (full, auth, audit)", "cp-referrals", "escalation timers", Postgres.tableRows(ds,
            "SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'cp-task-deadline'"), "jobs",
            "pending reminder/escalation timers of open tasks");
      }
    }
  }

  /** Where our per-step cost goes: the same run with one feature switched off at a time (4 clients). */
  static void ablation(Postgres pg, Duration measured, Results results) throws Exception {
    Map<String, Map<String, Object>> variants = new java.util.LinkedHashMap<>();
    variants.put("ours without deadline timers", Map.of("cp.deadlines.enabled", false));
    variants.put("ours without authorization", Map.of("camunda.bpm.authorization.enabled", false));
    variants.put("ours with history audit", Map.of("camunda.bpm.history-level", "audit"));
    int n = 0;
    for (var variant : variants.entrySet()) {
      String url = pg.createDatabase("bench_ablation_" + n++);
      try (OurApplication app = OurApplication.start(url, pg, true, 0, variant.getValue())) {
        ProcessEngine engine = app.engine();
        EngineWorkload.deploy(engine);
        boolean auth = !variant.getKey().contains("authorization");
        report(results, "3x ablation", variant.getKey(), Load.run(4, WARM_UP, measured,
            i -> EngineWorkload.client(engine, auth ? EngineWorkload.OFFICER : null,
                List.of(EngineWorkload.AGENCY), List.of("quang-ngai"))));
      }
    }
  }

  static void footprint(Results results) throws Exception {
    int idle = 20;
    Footprint.Measured vanilla = Footprint.measure("benchmark.vanilla.VanillaStarterApplication",
        List.of("--spring.config.location=optional:file:./no-config.yaml", "--camunda.bpm.admin-user.id=demo",
            "--camunda.bpm.admin-user.password=demo", "--camunda.bpm.auto-deployment-enabled=false",
            "--spring.datasource.username=sa"), idle);
    Footprint.Measured ours = Footprint.measure("vn.cpreferrals.CpReferralsApplication", List.of(), idle);
    for (var entry : Map.of("vanilla starter", vanilla, "cp-referrals (demo, H2)", ours).entrySet()) {
      results.add("6 footprint", entry.getKey(), "start-up", entry.getValue().startSeconds(), "s",
          "JVM start to first webapp answer");
      results.add("6 footprint", entry.getKey(), "rss at ready", entry.getValue().rssAtReadyMb(), "MiB", "");
      results.add("6 footprint", entry.getKey(), "rss idle", entry.getValue().rssIdleMb(), "MiB",
          "after " + idle + " s idle");
    }
    results.add("6 footprint", "ratio ours/vanilla", "start-up", ours.startSeconds() / vanilla.startSeconds(), "x",
        "target <= 1.2");
    results.add("6 footprint", "ratio ours/vanilla", "rss idle", ours.rssIdleMb() / vanilla.rssIdleMb(), "x",
        "target <= 1.2");
  }

  private static void report(Results results, String section, String variant, Load.Outcome o) {
    String clients = o.clients() + " client" + (o.clients() == 1 ? "" : "s");
    results.add(section, variant, "throughput " + clients, o.perSecond(), "tx/s", o.steps() + " steps");
    results.add(section, variant, "p50 " + clients, o.p50(), "ms", "");
    results.add(section, variant, "p95 " + clients, o.p95(), "ms", "");
    results.add(section, variant, "p99 " + clients, o.p99(), "ms", "");
  }

  /** Per-step cost of ours against vanilla and against the floor, from the throughput at the same client count. */
  private static void ratios(List<Integer> clients, Results results) {
    for (int n : clients) {
      String measure = "throughput " + n + " client" + (n == 1 ? "" : "s");
      double floor = results.value("1 floor (JDBC)", "hand-written JDBC step", measure);
      double vanilla = results.value("2 vanilla (history full)", "Camunda 7.24 plain", measure);
      double ours = results.value("3 ours (full, auth, audit)", "cp-referrals", measure);
      if (!Double.isNaN(ours) && !Double.isNaN(vanilla)) {
        results.add("ratios", "step cost ours/vanilla", n + " clients", vanilla / ours, "x", "target <= 1.15");
      }
      if (!Double.isNaN(ours) && !Double.isNaN(floor)) {
        results.add("ratios", "step cost ours/floor", n + " clients", floor / ours, "x", "target <= 4");
      }
    }
  }

  private BenchmarkMain() {}
}
