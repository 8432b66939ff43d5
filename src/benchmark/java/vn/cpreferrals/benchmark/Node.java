package vn.cpreferrals.benchmark;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One engine node: the application in its own JVM, on the shared PostgreSQL. */
final class Node implements AutoCloseable {

  final String name;
  final int port;
  final Path log;
  private final Process process;

  private Node(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** The application on the benchmark's PostgreSQL database, demo accounts on, able to start the engine workload. */
  static Map<String, Object> ours(Postgres pg, String jdbcUrl, String password, String auditKey) {
    Map<String, Object> p = pg.springDataSource(jdbcUrl);
    p.put("spring.profiles.active", "postgres");
    p.put("cp.identity.admin-password", password);
    p.put("cp.identity.demo-users", true);
    p.put("cp.identity.demo-password", password);
    p.put("cp.identity.startable-processes", "CaseReportIntake," + EngineWorkload.PROCESS);
    p.put("cp.audit.key", auditKey);
    p.put("logging.level.root", "WARN");
    return p;
  }

  static Node start(String name, Map<String, Object> properties) throws IOException {
    return start(name, "vn.cpreferrals.CpReferralsApplication", properties);
  }

  /** Any Spring Boot main class on this classpath (the footprint compares ours with the vanilla starter). */
  static Node start(String name, String mainClass, Map<String, Object> properties) throws IOException {
    return start(name, mainClass, properties, null);
  }

  /** As above, inside a CPU-limited group when {@code group} is given. */
  static Node start(String name, String mainClass, Map<String, Object> properties, CpuGroup group)
      throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("cp-" + name + "-", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8", "-Xmx768m",
        "-cp", System.getProperty("java.class.path"), mainClass,
        "--server.port=" + port));
    properties.forEach((k, v) -> command.add("--" + k + "=" + v));
    if (group != null) {
      command.addAll(0, List.of("sh", "-c", group.enterAndExec()));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Node(name, port, log, process);
  }

  void awaitReady(Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (!answers()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped during start-up; see " + log);
      }
      if (System.nanoTime() > end) {
        throw new IllegalStateException(name + " not ready within " + timeout.toSeconds() + " s; see " + log);
      }
      Thread.sleep(200);
    }
  }

  private boolean answers() {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url("/engine-rest/engine")).toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(2000);
      int code = c.getResponseCode();
      c.disconnect();
      return code == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** SIGKILL: no shutdown hook, no graceful stop, locks and connections left as they are. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }
}
