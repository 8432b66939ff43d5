package vn.cpreferrals.benchmark;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.cpreferrals.CpReferralsApplication;

/**
 * The application as production runs it (postgres profile: history FULL, authorization and tenant checks, escalation
 * timers, audit chain, job executor on), in this JVM, against its own database. Secrets are generated per run.
 */
final class OurApplication implements AutoCloseable {

  /** Generated per run; {@code -Dbench.password} fixes it, to sign in again on data an earlier run left. */
  static final String PASSWORD = System.getProperty("bench.password",
      "Bench-Pass-" + Long.toHexString(System.nanoTime()) + "!a1");

  private final ConfigurableApplicationContext context;

  private OurApplication(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static OurApplication start(String jdbcUrl, Postgres pg, boolean web, int port, Map<String, Object> extra) {
    Map<String, Object> p = pg.springDataSource(jdbcUrl);
    p.put("spring.profiles.active", "postgres");
    p.put("spring.datasource.hikari.maximum-pool-size", 20);
    p.put("cp.identity.admin-password", PASSWORD);
    p.put("cp.identity.demo-users", true);
    p.put("cp.identity.demo-password", PASSWORD);
    p.put("cp.identity.startable-processes", "CaseReportIntake," + EngineWorkload.PROCESS);
    p.put("cp.audit.key", "bench-audit-key-" + Long.toHexString(System.nanoTime()) + "-0123456789abcdef");
    p.put("server.port", port);
    p.put("logging.level.root", "WARN");
    p.put("logging.level.vn.cpreferrals", "WARN");
    p.putAll(extra);
    return run(CpReferralsApplication.class, web, p);
  }

  /**
   * The vanilla starter on the same database, for comparison: Camunda's defaults except what makes the figures
   * comparable (authorization on, so users see only their agency's tasks; REST with basic authentication; no
   * job executor and no auto-deployment, as the data is loaded already).
   */
  static OurApplication startVanillaRest(String jdbcUrl, Postgres pg) {
    Map<String, Object> p = pg.springDataSource(jdbcUrl);
    p.put("spring.config.location", "optional:file:./no-config.yaml");
    p.put("camunda.bpm.authorization.enabled", true);
    p.put("camunda.bpm.job-execution.enabled", false);
    p.put("camunda.bpm.auto-deployment-enabled", false);
    p.put("bench.rest-basic-auth", true);
    p.put("server.port", 0);
    p.put("logging.level.root", "WARN");
    return run(benchmark.vanilla.VanillaStarterApplication.class, true, p);
  }

  private static OurApplication run(Class<?> main, boolean web, Map<String, Object> properties) {
    SpringApplication app = new SpringApplication(main);
    app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
    // Command-line arguments outrank application.yaml and the profile files.
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    return new OurApplication(app.run(args));
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  String baseUrl() {
    return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  @Override
  public void close() {
    context.close();
  }
}
