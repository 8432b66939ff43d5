package vn.cpreferrals.benchmark;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Start-up time and resident memory of a JVM running ours or the vanilla starter, both on an H2 file database. */
final class Footprint {

  record Measured(double startSeconds, double rssAtReadyMb, double rssIdleMb) {}

  static Measured measure(String mainClass, List<String> appArgs, int idleSeconds) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path data = Files.createTempDirectory("cp-footprint");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), mainClass,
        "--server.port=" + port,
        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--logging.level.root=WARN"));
    command.addAll(appArgs);
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(data.resolve("out.log").toFile()).start();
    try {
      URI probe = URI.create("http://localhost:" + port + "/camunda/app/welcome/default/");
      while (!answers(probe)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(mainClass + " stopped; see " + data.resolve("out.log"));
        }
        if (System.nanoTime() - t0 > 180_000_000_000L) {
          throw new IllegalStateException(mainClass + " did not start within 180 s");
        }
        Thread.sleep(100);
      }
      double start = (System.nanoTime() - t0) / 1e9;
      double atReady = rssMb(process.pid());
      Thread.sleep(idleSeconds * 1000L);
      return new Measured(start, atReady, rssMb(process.pid()));
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static boolean answers(URI uri) {
    try {
      HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(2000);
      c.setInstanceFollowRedirects(false);
      int code = c.getResponseCode();
      c.disconnect();
      return code < 500;
    } catch (IOException notYet) {
      return false;
    }
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
