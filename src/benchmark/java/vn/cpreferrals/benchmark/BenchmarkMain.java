package vn.cpreferrals.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * PostgreSQL to use instead of the embedded one, {@code bench.sections} any of floor, vanilla, ours, staff, timers,
 * cleanup, fanout, registry, monitoring, footprint, cluster, scaleout (all by default) and ablation (ours with one
 * feature off at a time); {@code bench.pendingTimers}; for scaleout {@code bench.scaleNodes}, {@code bench.nodeCpus} and
 * {@code bench.scaleClientsPerNode}; for monitoring {@code bench.monitoringDirectives},
 * {@code bench.monitoringCases}, {@code bench.monitoringCaseDays}, {@code bench.monitoringRounds} and
 * {@code bench.monitoringReuse} (see {@link #monitoring}). The pom passes only the properties it lists to this JVM;
 * give others in {@code JDK_JAVA_OPTIONS}.
 */
public final class BenchmarkMain {

  /** Before each measured run; the engine figures need a minute or more for the JIT to finish with our code. */
  static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 5));
  /** A freshly started server with users pausing between clicks needs longer before its code is compiled. */
  static final Duration STAFF_WARM_UP = Duration.ofSeconds(20);
  /** The measured agencies get this many times the average agency's open tasks. */
  static final int BUSY_AGENCY_WEIGHT = 10;

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
      if (wanted(sections, "staff")) {
        // Staff act about once a second: a longer window than the engine runs gives each percentile enough requests.
        staff(pg, Duration.ofSeconds(Integer.getInteger("bench.staffSeconds", 60)), results);
      }
      if (wanted(sections, "timers")) {
        timers(pg, results);
      }
      if (wanted(sections, "cleanup")) {
        cleanup(pg, results);
      }
      if (wanted(sections, "fanout")) {
        fanOut(pg, results);
      }
      if (wanted(sections, "registry")) {
        registry(pg, measured, results);
      }
      if (wanted(sections, "monitoring")) {
        monitoring(pg, results);
      }
      if (sections.contains("ablation")) {
        ablation(pg, measured, results);
      }
    }
    if (wanted(sections, "footprint")) {
      footprint(results);
    }
    List<String> clusterFailures = List.of();
    if (wanted(sections, "cluster")) {
      try (Postgres pg = Postgres.start(System.getProperty("bench.db.url"))) {
        clusterFailures = cluster(pg, results);
      }
    }
    if (wanted(sections, "scaleout")) {
      try (Postgres pg = Postgres.start(System.getProperty("bench.db.url"))) {
        scaleOut(pg, results);
      }
    }
    ratios(clients, results);
    results.print();
    results.write(out);
    System.out.println("\nWritten: " + out.resolve("results.csv") + ", " + out.resolve("throughput.png") + ", "
        + out.resolve("latency.png"));
    if (!clusterFailures.isEmpty()) {
      System.out.println("\nCRASH TEST FAILED:");
      clusterFailures.forEach(f -> System.out.println("  - " + f));
      System.exit(1);
    }
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
        statementsPerStep(results, "2 vanilla (history full)", "Camunda 7.24 plain",
            EngineWorkload.client(engine, null, null, null));
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
      statementsPerStep(results, "3 ours (full, auth, audit)", "cp-referrals", EngineWorkload.client(engine,
          EngineWorkload.OFFICER, List.of(EngineWorkload.AGENCY), List.of("quang-ngai")));
      try (HikariDataSource ds = pg.pool(url, 2)) {
        results.add("3 ours (full, auth, audit)", "cp-referrals", "audit rows", Postgres.scalar(ds,
            "SELECT count(*) FROM cp_audit_entry"), "rows", "appended in the engine transactions");
        // Counted from the job log: the runs complete their instances, so no timer is still pending afterwards.
        results.add("3 ours (full, auth, audit)", "cp-referrals", "escalation timers", Postgres.scalar(ds,
            "SELECT count(*) FROM act_hi_job_log WHERE job_def_type_ = 'cp-task-deadline' AND job_state_ = 0"),
            "jobs", "reminder/escalation timers scheduled in the engine transactions");
      }
    }
  }

  /**
   * The CPU and SQL statements of one engine transaction (start or completion), measured on one client after the timed
   * runs: CPU first, without the statement log, then the statements (each of a JDBC batch counts), their histogram to
   * the console.
   */
  private static void statementsPerStep(Results results, String section, String variant, Load.Client client)
      throws Exception {
    Latencies latencies = new Latencies();
    for (int i = 0; i < 10; i++) {
      client.iterate(latencies);
    }
    // The client thread runs the engine command itself; the whole JVM adds the job executor, GC and JIT threads
    // (PostgreSQL is another process).
    latencies.reset();
    JvmUse before = JvmUse.now();
    for (int i = 0; i < 100; i++) {
      client.iterate(latencies);
    }
    JvmUse after = JvmUse.now();
    double steps = latencies.count();
    System.out.println("  " + variant + " per step: " + after.perStep(before, steps));
    System.out.println("  CPU of " + (long) steps + " steps of " + variant + " by thread (ms): "
        + after.busiestThreads(before, 10));
    results.add(section, variant, "CPU per step", (after.threadCpuNanos() - before.threadCpuNanos()) / 1e6 / steps,
        "ms", String.format(java.util.Locale.ROOT, "of the client thread; whole JVM %.2f ms, wall %.2f ms, one client",
            (after.processCpuNanos() - before.processCpuNanos()) / 1e6 / steps,
            (after.wallNanos() - before.wallNanos()) / 1e6 / steps));
    latencies.reset();
    String thread = Thread.currentThread().getName();
    try (SqlStatements sql = new SqlStatements(thread::equals)) {
      for (int i = 0; i < 30; i++) {
        client.iterate(latencies);
      }
      double perStep = (double) sql.total() / latencies.count();
      results.add(section, variant, "SQL statements per step", perStep, "", latencies.count()
          + " transactions on one client, the client's task query included");
      System.out.println("  SQL of " + latencies.count() + " steps of " + variant + ": " + sql.histogram());
    }
  }

  /** Where our per-step cost goes: the same run with one feature switched off at a time (1, then 4 clients). */
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
        for (int clients : List.of(1, 4)) {
          report(results, "3x ablation", variant.getKey(), Load.run(clients, WARM_UP, measured,
              i -> EngineWorkload.client(engine, auth ? EngineWorkload.OFFICER : null,
                  List.of(EngineWorkload.AGENCY), List.of("quang-ngai"),
                  auth ? Map.of() : Map.of("provinceId", "quang-ngai"))));
        }
      }
    }
  }

  /**
   * Figure 4: staff latency on loaded data — open tasks grown step by step ({@code bench.scaleTasks}, default
   * 10,000 then 200,000) over {@code bench.agencies} agency groups (default 3,400: a national deployment's communes
   * and departments; the 78 registry agencies whose staff are measured are among them, ten times busier than the
   * average) with {@code bench.historyRows}
   * history rows (default 10,000,000) — from 32 REST users, first on the vanilla starter, then on ours, same data.
   */
  static void staff(Postgres pg, Duration measured, Results results) throws Exception {
    List<Integer> scales = Arrays.stream(System.getProperty("bench.scaleTasks", "10000,200000").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    long historyRows = Long.getLong("bench.historyRows", 10_000_000L);
    int agencyGroups = Integer.getInteger("bench.agencies", 3_400);
    int think = Integer.getInteger("bench.thinkMillis", 1_000);
    String url = pg.createDatabase("bench_staff");
    Map<String, String> filters = new java.util.LinkedHashMap<>();
    List<String> users = new java.util.ArrayList<>();
    String[] open;
    String[] finished;
    try (OurApplication app = OurApplication.start(url, pg, true, 0,
        Map.of("camunda.bpm.job-execution.enabled", false))) {
      ProcessEngine engine = app.engine();
      EngineWorkload.deploy(engine);
      var registry = app.bean(vn.cpreferrals.agency.AgencyRegistry.class);
      open = BulkLoad.template(engine, false);
      finished = BulkLoad.template(engine, true);
      engine.getFilterService().createFilterQuery().list().forEach(f -> filters.put(f.getName(), f.getId()));
      for (int i = 0; users.size() < 32; i++) {
        var agency = registry.agencies().get(i % registry.agencies().size());
        boolean hasManager = agency.standing() || agency.kind() == vn.cpreferrals.agency.AgencyKind.PEOPLES_COMMITTEE;
        users.add(i % 4 == 3 && hasManager ? agency.id() + "-manager" : agency.id() + "-officer");
      }
      try (HikariDataSource ds = pg.pool(url, 4)) {
        new BulkLoad(ds).agencies(registry.agencies(), agencyGroups, BUSY_AGENCY_WEIGHT);
      }
    }
    long loaded = 1;
    long historyLoaded = 0;
    try (HikariDataSource ds = pg.pool(url, 4)) {
      BulkLoad load = new BulkLoad(ds);
      long perFinished = load.historyRowsOf(finished[0]);
      for (int scale : scales) {
        long t0 = System.nanoTime();
        load.copyOpen(open, loaded, scale - 1);
        loaded = scale;
        long historyTarget = scale == scales.get(scales.size() - 1) ? historyRows : 0;
        if (historyTarget > historyLoaded) {
          long copies = (historyTarget - historyLoaded) / Math.max(1, perFinished);
          historyLoaded += load.copyHistory(finished, 1, copies);
        }
        String note = scale + " open tasks over " + agencyGroups + " agencies (measured ones x" + BUSY_AGENCY_WEIGHT
            + "), think time " + think + " ms, " + HistoryCleanup.historyRows(ds) + " history rows (loaded in "
            + (System.nanoTime() - t0) / 1_000_000_000 + " s)";
        System.out.println("Staff latency at " + note);
        // Vanilla sees the engine's own schema: our tuning objects are dropped first (ours puts them back at start).
        Postgres.execute(ds, "DROP INDEX IF EXISTS cp_idx_auth_user", "DROP INDEX IF EXISTS cp_idx_task_parent",
            "DROP STATISTICS IF EXISTS cp_auth_perm_read", "DROP STATISTICS IF EXISTS cp_auth_perm_read_task",
            "ALTER TABLE act_ru_identitylink ALTER COLUMN group_id_ SET STATISTICS -1",
            "ALTER TABLE act_ru_authorization ALTER COLUMN group_id_ SET STATISTICS -1",
            "ALTER TABLE act_ru_task RESET (parallel_workers)", "ALTER TABLE act_ru_identitylink RESET (parallel_workers)",
            "ALTER TABLE act_ru_authorization RESET (parallel_workers)", "ANALYZE");
        String unclaimed = filters.get("Việc chưa nhận của cơ quan");
        try (OurApplication vanilla = OurApplication.startVanillaRest(url, pg)) {
          staffFigures(results, "vanilla starter", scale, note, new StaffLatency(vanilla.baseUrl(),
              OurApplication.PASSWORD, filters, unclaimed, think).run(users, STAFF_WARM_UP, measured));
        }
        try (OurApplication ours = OurApplication.start(url, pg, true, 0,
            Map.of("camunda.bpm.job-execution.enabled", false))) {
          staffFigures(results, "ours", scale, note, new StaffLatency(ours.baseUrl(), OurApplication.PASSWORD,
              filters, unclaimed, think).run(users, STAFF_WARM_UP, measured));
        }
      }
    }
    staffRatios(results, scales, filters.keySet());
  }

  /** Ours against vanilla at each scale, and how ours grows from the smallest to the largest scale (p95). */
  private static void staffRatios(Results results, List<Integer> scales, java.util.Collection<String> filterNames) {
    List<String> names = new java.util.ArrayList<>(filterNames);
    names.add(StaffLatency.CLAIM_COMPLETE);
    int first = scales.get(0);
    int last = scales.get(scales.size() - 1);
    for (String name : names) {
      for (int scale : scales) {
        double vanilla = results.value("4 staff latency", "vanilla starter: " + name, "p95 " + scale);
        double ours = results.value("4 staff latency", "ours: " + name, "p95 " + scale);
        if (!Double.isNaN(vanilla) && !Double.isNaN(ours)) {
          results.add("ratios", "staff p95 vanilla/ours: " + name, scale + " open tasks", vanilla / ours, "x",
              "target >= 5");
        }
      }
      double grown = results.value("4 staff latency", "ours: " + name, "p95 " + last)
          / results.value("4 staff latency", "ours: " + name, "p95 " + first);
      if (last != first && !Double.isNaN(grown)) {
        results.add("ratios", "staff p95 growth ours: " + name, first + " -> " + last, grown, "x", "target <= 1.5");
      }
    }
  }

  private static void staffFigures(Results results, String variant, int scale, String note,
      Map<String, Latencies> latencies) {
    latencies.forEach((name, l) -> {
      String label = variant + ": " + name;
      results.add("4 staff latency", label, "p50 " + scale, l.percentileMillis(50), "ms", "");
      results.add("4 staff latency", label, "p95 " + scale, l.percentileMillis(95), "ms", note);
      results.add("4 staff latency", label, "p99 " + scale, l.percentileMillis(99), "ms", l.count() + " requests");
    });
  }

  /** Figure 5: lateness of timers falling due while many others wait, default settings against ours. */
  static void timers(Postgres pg, Results results) throws Exception {
    int pending = Integer.getInteger("bench.pendingTimers", 100_000);
    int dense = 150;
    int sparse = 6;
    Duration denseSpread = Duration.ofSeconds(40);
    Duration sparseGap = Duration.ofSeconds(15);
    String note = dense + " due within " + denseSpread.toSeconds() + " s, then " + sparse + " every "
        + sparseGap.toSeconds() + " s; " + pending + " pending";
    try (HikariDataSource ds = pg.pool(pg.createDatabase("bench_timer_vanilla"), 20)) {
      ProcessEngine engine = VanillaEngine.start(ds, "full", true);
      try {
        TimerPunctuality.deploy(engine);
        TimerPunctuality.insertPending(ds, pending);
        timerFigures(results, "vanilla, default job executor", note,
            TimerPunctuality.run(engine, dense, denseSpread, sparse, sparseGap));
      } finally {
        engine.close();
      }
    }
    Map<String, Map<String, Object>> ours = new java.util.LinkedHashMap<>();
    ours.put("ours with starter defaults", Map.of("camunda.bpm.job-execution.wait-time-in-millis", 5000,
        "camunda.bpm.job-execution.max-wait", 60000,
        "camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date", false));
    ours.put("ours (as configured)", Map.of());
    int n = 0;
    for (var variant : ours.entrySet()) {
      String url = pg.createDatabase("bench_timer_ours_" + n++);
      try (OurApplication app = OurApplication.start(url, pg, true, 0, variant.getValue());
          HikariDataSource ds = pg.pool(url, 2)) {
        TimerPunctuality.deploy(app.engine());
        TimerPunctuality.insertPending(ds, pending);
        timerFigures(results, variant.getKey(), note,
            TimerPunctuality.run(app.engine(), dense, denseSpread, sparse, sparseGap));
        TimerPunctuality.removePending(ds);
      }
    }
  }

  private static void timerFigures(Results results, String variant, String note, TimerPunctuality.Outcome o) {
    results.add("5 timer lateness", variant, "p50", o.p50(), "s", note);
    results.add("5 timer lateness", variant, "p95", o.p95(), "s", "");
    results.add("5 timer lateness", variant, "p99", o.p99(), "s", "target <= 2 s");
    results.add("5 timer lateness", variant, "max", o.max(), "s", o.timers() + " timers");
  }

  /**
   * Figure 7: rows the engine's history cleanup removes per second, against the history a busy province writes a day
   * ({@code bench.provinceDailyTransactions}, default 5,000 engine transactions: about 100 new reports a day with
   * their steps, plus directive work — an assumption, not a measurement).
   */
  /** A class of units fanned out to 96 communes: the start call, then every assignment created by the job executor. */
  static void fanOut(Postgres pg, Results results) throws Exception {
    try (OurApplication app = OurApplication.start(pg.createDatabase("bench_fanout"), pg, true, 0, Map.of())) {
      FanOut.Outcome o = FanOut.run(app.engine(), app.bean(vn.cpreferrals.agency.AgencyRegistry.class));
      String note = o.units() + " communes of Gia Lai, one directive item led by \"UBND cấp xã\"";
      results.add("9 fanout", "ours", "start call", o.startSeconds(), "s", note);
      results.add("9 fanout", "ours", "all assignments", o.allTasksSeconds(), "s", "until every plan task exists");
      results.add("9 fanout", "ours", "assignments/s", o.assignmentsPerSecond(), "/s", o.tasks() + " tasks in all");
    }
  }

  /**
   * Section 10: the full registry (all 34 provinces: every commune's People's Committee and police, their leadership
   * groups and demo accounts). Identity sync on the first start and on a restart with nothing changed; then
   * {@code bench.registryTasks} open tasks (default 10,000) spread over every agency of the registry, and the shared
   * filters as 32 commune officers and chairmen use them from Tasklist.
   */
  static void registry(Postgres pg, Duration measured, Results results) throws Exception {
    String url = pg.createDatabase("bench_registry");
    int tasks = Integer.getInteger("bench.registryTasks", 10_000);
    Map<String, Object> all = Map.of("camunda.bpm.job-execution.enabled", false, "cp.registry.enabled-provinces",
        String.join(",", vn.cpreferrals.agency.RegistryFiles.provinceIdsAt(java.time.LocalDate.now())));
    Map<String, String> filters = new java.util.LinkedHashMap<>();
    List<String> users = new java.util.ArrayList<>();
    String[] open;
    int agencies;
    long t0 = System.nanoTime();
    try (OurApplication app = OurApplication.start(url, pg, true, 0, all)) {
      double firstStart = (System.nanoTime() - t0) / 1e9;
      var registry = app.bean(vn.cpreferrals.agency.AgencyRegistry.class);
      agencies = registry.agencies().size();
      long rows;
      try (HikariDataSource ds = pg.pool(url, 1); var c = ds.getConnection(); var st = c.createStatement();
          var rs = st.executeQuery("SELECT (SELECT count(*) FROM act_id_user) + (SELECT count(*) FROM act_id_group)"
              + " + (SELECT count(*) FROM act_id_membership) + (SELECT count(*) FROM act_id_tenant)"
              + " + (SELECT count(*) FROM act_id_tenant_member) + (SELECT count(*) FROM act_ru_authorization)")) {
        rs.next();
        rows = rs.getLong(1);
      }
      String note = agencies + " agencies in " + registry.provinces().size() + " provinces";
      results.add("10 registry", "ours", "first start", firstStart, "s", note + "; " + rows
          + " identity and authorization rows");
      EngineWorkload.deploy(app.engine());
      open = BulkLoad.template(app.engine(), false);
      app.engine().getFilterService().createFilterQuery().list().forEach(f -> filters.put(f.getName(), f.getId()));
      List<vn.cpreferrals.agency.Agency> communes = registry.agencies().stream()
          .filter(a -> a.level() == vn.cpreferrals.agency.AgencyLevel.COMMUNE
              && a.kind() == vn.cpreferrals.agency.AgencyKind.PEOPLES_COMMITTEE && a.id().matches(".*-ubnd-\\d{5}"))
          .toList();
      for (int i = 0; users.size() < 32; i++) {
        var commune = communes.get((i * 97) % communes.size());
        users.add(commune.id() + (i % 4 == 3 ? "-manager" : "-officer"));
      }
      try (HikariDataSource ds = pg.pool(url, 4)) {
        new BulkLoad(ds).agencies(registry.agencies(), agencies, 1);
      }
    }
    try (HikariDataSource ds = pg.pool(url, 4)) {
      new BulkLoad(ds).copyOpen(open, 1, tasks - 1);
      Postgres.execute(ds, "ANALYZE");
    }
    t0 = System.nanoTime();
    try (OurApplication ours = OurApplication.start(url, pg, true, 0, all)) {
      results.add("10 registry", "ours", "restart, registry unchanged", (System.nanoTime() - t0) / 1e9, "s",
          "identity sync writes only what is missing");
      String note = tasks + " open tasks over " + agencies + " agencies; 32 commune officers and chairmen";
      new StaffLatency(ours.baseUrl(), OurApplication.PASSWORD, filters, filters.get("Việc chưa nhận của cơ quan"),
          Integer.getInteger("bench.thinkMillis", 1_000)).run(users, STAFF_WARM_UP, measured)
          .forEach((name, l) -> {
            results.add("10 registry", "ours: " + name, "p50", l.percentileMillis(50), "ms", "");
            results.add("10 registry", "ours: " + name, "p95", l.percentileMillis(95), "ms", note);
          });
      // The managers' Cockpit plugin on the same data: one provincial manager, each view 30 times.
      MonitoringLatency.run(ours.baseUrl(), "quang-ngai-so-y-te-manager", OurApplication.PASSWORD, 30)
          .forEach((view, l) -> {
            results.add("10 registry", "plugin: " + view, "p50", l.percentileMillis(50), "ms", "");
            results.add("10 registry", "plugin: " + view, "p95", l.percentileMillis(95), "ms",
                tasks + " open tasks over " + agencies + " agencies; manager of Sở Y tế tỉnh Quảng Ngãi");
          });
    }
  }

  /**
   * Section 11: the managers' Cockpit plugin on a province's year of work, made by the engine with its clock moved
   * ({@link MonitoringScenario}): {@code bench.monitoringDirectives} runs of the Quảng Ngãi seed directive (default 20)
   * with plan, report and input tasks done on time, late or not at all, and {@code bench.monitoringCases} cases
   * (default 2,000) received over the last {@code bench.monitoringCaseDays} days (default 90) and moved on through their
   * steps and referrals, every reminder, escalation and report timer run as it fell due. Then the three views,
   * {@code bench.monitoringRounds} times each (default 30), as the manager of Sở Y tế tỉnh Quảng Ngãi.
   */
  static void monitoring(Postgres pg, Results results) throws Exception {
    int directives = Integer.getInteger("bench.monitoringDirectives", 20);
    int cases = Integer.getInteger("bench.monitoringCases", 2000);
    int caseDays = Integer.getInteger("bench.monitoringCaseDays", 90);
    int rounds = Integer.getInteger("bench.monitoringRounds", 30);
    String section = "11 monitoring";
    // With -Dbench.db.url, -Dbench.monitoringReuse=true measures again on the data an earlier run left there.
    boolean reuse = Boolean.getBoolean("bench.monitoringReuse");
    String url = reuse ? pg.databaseUrl("bench_monitoring") : pg.createDatabase("bench_monitoring");
    // The job executor runs every reminder, escalation and timer as the scenario's clock passes it; its lock outlasts
    // the clock's jumps.
    try (OurApplication app = OurApplication.start(url, pg, true, 0, Map.of(
        "camunda.bpm.job-execution.lock-time-in-millis", MonitoringScenario.LOCK_TIME_MILLIS));
        HikariDataSource ds = pg.pool(url, 2)) {
      ProcessEngine engine = app.engine();
      String built;
      if (reuse && engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(MonitoringScenario.DIRECTIVE).count() > 0) {
        built = "data of an earlier run";
      } else {
        MonitoringScenario scenario = new MonitoringScenario(engine,
            app.bean(vn.cpreferrals.agency.AgencyRegistry.class), app.bean(vn.cpreferrals.casework.CaseIntake.class),
            20261203L);
        System.out.println("Monitoring data: " + directives + " directives, " + cases + " cases over " + caseDays
            + " days in " + scenario.communes() + " communes of " + MonitoringScenario.PROVINCE);
        MonitoringScenario.Outcome o = scenario.run(directives, cases, caseDays, System.currentTimeMillis());
        System.out.println("  steps completed: " + o.completed());
        if (!o.failures().isEmpty()) {
          System.out.println("  failures: " + o.failures());
        }
        built = "year " + o.year() + " played in " + Math.round(o.seconds()) + " s (" + o.jobsRun() + " jobs run, "
            + o.jobFailures() + " job failures)";
        results.add(section, "data", "build", o.seconds(), "s", built);
      }
      Postgres.execute(ds, "ANALYZE");
      String[] province = {MonitoringScenario.PROVINCE};
      java.util.Date now = new java.util.Date();
      java.time.LocalDate today = java.time.LocalDate.now(MonitoringScenario.VIETNAM);
      java.util.Date quarter = java.util.Date.from(today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
          .withDayOfMonth(1).atStartOfDay(MonitoringScenario.VIETNAM).toInstant());
      var runtime = engine.getRuntimeService();
      var history = engine.getHistoryService();
      var tasks = engine.getTaskService();
      long running = runtime.createProcessInstanceQuery().processDefinitionKey(MonitoringScenario.DIRECTIVE).count();
      long assignments = runtime.createProcessInstanceQuery()
          .processDefinitionKey(vn.cpreferrals.directive.DirectiveProcess.ASSIGNMENT_KEY).count();
      long openTasks = tasks.createTaskQuery().tenantIdIn(province).count();
      long overdue = tasks.createTaskQuery().tenantIdIn(province).dueBefore(now).count();
      long escalated = Postgres.scalar(ds, "SELECT count(*) FROM act_ru_variable WHERE name_ = '"
          + vn.cpreferrals.deadline.DueStatus.ESCALATION_LEVEL_VARIABLE + "' AND long_ > 0");
      long allCases = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(vn.cpreferrals.casework.CaseProcess.KEY).tenantIdIn(province).count();
      long quarterCases = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(vn.cpreferrals.casework.CaseProcess.KEY).tenantIdIn(province).startedAfter(quarter)
          .count();
      long openCases = runtime.createProcessInstanceQuery()
          .processDefinitionKey(vn.cpreferrals.casework.CaseProcess.KEY).tenantIdIn(province).count();
      long openCaseTasks = tasks.createTaskQuery().processDefinitionKey(vn.cpreferrals.casework.CaseProcess.KEY)
          .tenantIdIn(province).count();
      long referrals = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(vn.cpreferrals.casework.ReferralProcess.KEY).tenantIdIn(province).count();
      long reportsOnTime = Postgres.scalar(ds, "SELECT count(*) FROM act_hi_varinst WHERE name_ IN"
          + " ('reportStatus_SixMonth', 'reportStatus_Annual') AND text_ = 'đúng hạn'");
      long reportsLate = Postgres.scalar(ds, "SELECT count(*) FROM act_hi_varinst WHERE name_ IN"
          + " ('reportStatus_SixMonth', 'reportStatus_Annual') AND text_ = 'trễ hạn'");
      long historyRows = HistoryCleanup.historyRows(ds);
      String data = running + " running directives (" + assignments + " assignments; reports " + reportsOnTime
          + " on time, " + reportsLate + " late), " + openTasks + " open tasks in the province (" + overdue
          + " overdue, " + escalated + " escalated), " + allCases + " cases (" + quarterCases + " this quarter, "
          + openCases + " open, " + openCaseTasks + " open case tasks, " + referrals + " referrals), " + historyRows
          + " history rows; " + built;
      System.out.println("  data: " + data);
      results.add(section, "data", "running directives", running, "", assignments + " assignments");
      results.add(section, "data", "open tasks", openTasks, "", overdue + " overdue, " + escalated + " escalated");
      results.add(section, "data", "cases", allCases, "", quarterCases + " received this quarter");
      results.add(section, "data", "history rows", historyRows, "rows", "");
      String manager = "quang-ngai-so-y-te-manager";
      MonitoringLatency.run(app.baseUrl(), manager, OurApplication.PASSWORD, rounds).forEach((view, l) -> {
        results.add(section, "plugin: " + view, "p50", l.percentileMillis(50), "ms", "");
        results.add(section, "plugin: " + view, "p95", l.percentileMillis(95), "ms", data);
      });
      // What one answer of each view costs in SQL, read from the statements' debug log.
      MonitoringLatency.Session session = MonitoringLatency.Session.login(app.baseUrl(), manager,
          OurApplication.PASSWORD);
      try (SqlStatements sql = new SqlStatements()) {
        for (String view : MonitoringLatency.VIEWS) {
          sql.reset();
          int bytes = session.get(view).length();
          results.add(section, "plugin: " + view, "SQL statements", sql.total(), "", sql.rows() + " rows read; "
              + bytes + " characters of JSON");
          System.out.println("  SQL of " + view + ": " + sql.histogram());
        }
      }
    }
  }

  static void cleanup(Postgres pg, Results results) throws Exception {
    int instances = Integer.getInteger("bench.cleanupInstances", 2000);
    int dailyTransactions = Integer.getInteger("bench.provinceDailyTransactions", 5000);
    try (HikariDataSource ds = pg.pool(pg.createDatabase("bench_cleanup_vanilla"), 20)) {
      ProcessEngine engine = VanillaEngine.start(ds, "full", false);
      try {
        EngineWorkload.deploy(engine);
        cleanupFigures(results, "vanilla", HistoryCleanup.run(engine, ds, instances), dailyTransactions);
      } finally {
        engine.close();
      }
    }
    String url = pg.createDatabase("bench_cleanup_ours");
    try (OurApplication app = OurApplication.start(url, pg, true, 0,
        Map.of("camunda.bpm.job-execution.enabled", false)); HikariDataSource ds = pg.pool(url, 2)) {
      EngineWorkload.deploy(app.engine());
      cleanupFigures(results, "ours", HistoryCleanup.run(app.engine(), ds, instances), dailyTransactions);
    }
  }

  private static void cleanupFigures(Results results, String variant, HistoryCleanup.Outcome o, int dailyTx) {
    double daily = dailyTx * o.rowsPerTransaction();
    results.add("7 history cleanup", variant, "rows removed per second", o.rowsPerSecond(), "rows/s",
        o.rowsRemoved() + " rows in " + String.format(java.util.Locale.ROOT, "%.1f", o.seconds()) + " s");
    results.add("7 history cleanup", variant, "history rows per tx", o.rowsPerTransaction(), "rows", "");
    results.add("7 history cleanup", variant, "busy province per day", daily, "rows", dailyTx + " tx/day assumed");
    results.add("7 history cleanup", variant, "days removed per hour", o.rowsPerSecond() * 3600 / daily, "x",
        "target >= 10");
  }

  /** Two nodes, one killed with SIGKILL under load; returns what the checks found wrong (nothing, when it passes). */
  static List<String> cluster(Postgres pg, Results results) throws Exception {
    String url = pg.createDatabase("bench_cluster");
    try (HikariDataSource ds = pg.pool(url, 4)) {
      ClusterCrash.Outcome o = new ClusterCrash(OurApplication.PASSWORD).run(pg, url, ds);
      String verdict = o.failures().isEmpty() ? "all checks passed" : o.failures().size() + " checks failed";
      results.add("8 cluster crash", "two nodes, 8 REST clients", "throughput two nodes", o.twoNodeTxPerSecond(),
          "tx/s", "before the kill");
      results.add("8 cluster crash", "two nodes, 8 REST clients", "throughput one node", o.oneNodeTxPerSecond(),
          "tx/s", "after the kill, same clients");
      results.add("8 cluster crash", "two nodes, 8 REST clients", "acknowledged starts", o.acknowledgedStarts(),
          "", o.unknownStarts() + " in flight at the kill (outcome unknown to the client)");
      results.add("8 cluster crash", "two nodes, 8 REST clients", "acknowledged completions", o.completions(), "",
          "");
      results.add("8 cluster crash", "two nodes, 8 REST clients", "jobs run by survivor", o.firedTimers(), "",
          "after the kill");
      results.add("8 cluster crash", "two nodes, 8 REST clients", "jobs locked at the kill", o.jobsLockedAtKill(),
          "", "by either node; all ran afterwards");
      results.add("8 cluster crash", "two nodes, 8 REST clients", "worst takeover", o.worstTakeoverSeconds(), "s",
          o.dueBeforeKillRunAfter() + " jobs due before the kill ran on the survivor; lock time "
              + ClusterCrash.LOCK_TIME.toSeconds() + " s in this test");
      results.add("8 cluster crash", "two nodes, 8 REST clients", "audit entries verified", o.auditEntries(), "",
          verdict);
      return o.failures();
    }
  }

  /** One, two, three quota-limited nodes on one database under the same load per node. */
  static void scaleOut(Postgres pg, Results results) throws Exception {
    int maxNodes = Integer.getInteger("bench.scaleNodes", 3);
    double cpus = Double.parseDouble(System.getProperty("bench.nodeCpus", "0.5"));
    int clientsPerNode = Integer.getInteger("bench.scaleClientsPerNode", 4);
    int seconds = Integer.getInteger("bench.seconds", 15);
    String url = pg.createDatabase("bench_scaleout");
    List<ScaleOut.Measured> measured = new ScaleOut(OurApplication.PASSWORD)
        .run(pg, url, maxNodes, cpus, clientsPerNode, seconds);
    String section = "12 scale-out (" + cpus + " CPU per node)";
    for (ScaleOut.Measured m : measured) {
      String variant = m.nodes() + " node" + (m.nodes() == 1 ? "" : "s") + ", "
          + m.nodes() * clientsPerNode + " REST clients";
      results.add(section, variant, "throughput", m.txPerSecond(), "tx/s", "start + claim + complete");
      results.add(section, variant, "p50 case", m.p50(), "ms", "start, task query, claim, complete");
      results.add(section, variant, "p95 case", m.p95(), "ms", "");
      results.add(section, variant, "cpu per node", m.cpuPerNode(), "cores", "quota " + cpus);
      results.add(section, variant, "throttled periods", m.throttledPeriods(), "", "100 ms periods at the quota");
      results.add(section, variant, "refused or failed", m.refusals().values().stream().mapToLong(Long::longValue)
          .sum(), "", "by HTTP status (-1: no answer): " + m.refusals());
      if (m.nodes() > 1) {
        results.add(section, "ratio " + m.nodes() + " nodes / 1", "throughput",
            m.txPerSecond() / measured.get(0).txPerSecond(), "x", m.nodes() == 2 ? "target >= 1.8" : "");
      }
    }
  }

  static void footprint(Results results) throws Exception {
    int idle = 20;
    // Start-up varies by up to a second from one start to the next on this machine: the median of a few rounds,
    // vanilla and ours taking turns so that both see the same moments of the machine.
    int rounds = Integer.getInteger("bench.footprintRounds", 3);
    List<Footprint.Measured> vanillaRounds = new ArrayList<>();
    List<Footprint.Measured> ourRounds = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      vanillaRounds.add(Footprint.measure("benchmark.vanilla.VanillaStarterApplication",
          Map.of("spring.config.location", "optional:file:./no-config.yaml", "camunda.bpm.admin-user.id", "demo",
              "camunda.bpm.admin-user.password", "demo", "camunda.bpm.auto-deployment-enabled", false,
              "spring.datasource.username", "sa"), idle));
      ourRounds.add(Footprint.measure("vn.cpreferrals.CpReferralsApplication", Map.of(), idle));
    }
    Footprint.Measured vanilla = Footprint.median(vanillaRounds);
    Footprint.Measured ours = Footprint.median(ourRounds);
    for (var entry : Map.of("vanilla starter", vanilla, "cp-referrals (demo, H2)", ours).entrySet()) {
      results.add("6 footprint", entry.getKey(), "start-up", entry.getValue().startSeconds(), "s",
          "JVM start to first webapp answer, empty database; median of " + rounds + " rounds");
      results.add("6 footprint", entry.getKey(), "restart", entry.getValue().restartSeconds(), "s",
          "the same, on the database the first start left");
      results.add("6 footprint", entry.getKey(), "rss at ready", entry.getValue().rssAtReadyMb(), "MiB", "");
      results.add("6 footprint", entry.getKey(), "rss idle", entry.getValue().rssIdleMb(), "MiB",
          "after " + idle + " s idle");
    }
    results.add("6 footprint", "ratio ours/vanilla", "start-up", ours.startSeconds() / vanilla.startSeconds(), "x",
        "target <= 1.2");
    results.add("6 footprint", "ratio ours/vanilla", "restart",
        ours.restartSeconds() / vanilla.restartSeconds(), "x", "target <= 1.2");
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
