package vn.cpreferrals.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Start-up time and resident memory of a JVM running ours or the vanilla starter, both on an H2 file database: the first
 * start on an empty file (schema, identity, deployments written), then a restart on the file the first one left.
 */
final class Footprint {

  record Measured(double startSeconds, double restartSeconds, double rssAtReadyMb, double rssIdleMb) {}

  static Measured measure(String mainClass, Map<String, Object> appProperties, int idleSeconds) throws Exception {
    Path data = Files.createTempDirectory("cp-footprint");
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    properties.put("spring.datasource.url", "jdbc:h2:file:" + data.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    properties.put("logging.level.root", "WARN");
    properties.putAll(appProperties);
    long t0 = System.nanoTime();
    double start;
    double atReady;
    double idle;
    try (Node node = Node.start("footprint", mainClass, properties)) {
      node.awaitReady(Duration.ofSeconds(180));
      start = (System.nanoTime() - t0) / 1e9;
      atReady = rssMb(node.pid());
      Thread.sleep(idleSeconds * 1000L);
      idle = rssMb(node.pid());
    }
    long t1 = System.nanoTime();
    try (Node node = Node.start("footprint-restart", mainClass, properties)) {
      node.awaitReady(Duration.ofSeconds(180));
      return new Measured(start, (System.nanoTime() - t1) / 1e9, atReady, idle);
    }
  }

  /** Each figure's median over the rounds (figure by figure, so not necessarily one round's). */
  static Measured median(List<Measured> rounds) {
    return new Measured(median(rounds, Measured::startSeconds), median(rounds, Measured::restartSeconds),
        median(rounds, Measured::rssAtReadyMb), median(rounds, Measured::rssIdleMb));
  }

  private static double median(List<Measured> rounds, ToDoubleFunction<Measured> figure) {
    double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Resident set size of a process (Linux). */
  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  private Footprint() {}
}
