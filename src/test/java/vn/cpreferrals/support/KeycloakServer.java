package vn.cpreferrals.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} from Maven Central, unpacked by the build into target/keycloak)
 * started once per test JVM with the realm of src/test/resources/keycloak/: client {@code cp-referrals}, groups named
 * by the registry's ids and three invented people. Keycloak needs Java 21 or newer; the newest JDK installed on the
 * machine is used ({@code KEYCLOAK_JAVA_HOME} to choose one). Points the Spring context at it with profile oidc.
 */
public final class KeycloakServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String REALM = "cp-referrals";
  public static final String CLIENT = "cp-referrals";
  public static final String CLIENT_SECRET = "sso-client-secret";

  private static Process process;
  private static int port;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String issuer = issuer();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("keycloak", Map.of(
        "CP_OIDC_ISSUER", issuer,
        "CP_OIDC_CLIENT_SECRET", CLIENT_SECRET,
        "spring.datasource.url", "jdbc:h2:mem:cp-oidc-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")));
  }

  /**
   * Skips the calling test class (fails it under CI=true) when Keycloak or a JDK 21+ is missing; call it from a
   * {@code @BeforeAll}, which runs before the Spring context is loaded.
   */
  public static void assumeAvailable() {
    javaForKeycloak();
  }

  /** The JDK to run Keycloak with; skips (fails under CI=true) when it or Keycloak is missing. */
  private static Path javaForKeycloak() {
    Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/none"));
    Optional<Path> java = newestJavaFrom21();
    boolean available = Files.isExecutable(home.resolve("bin/kc.sh")) && java.isPresent();
    if (!available && "true".equals(System.getenv("CI"))) {
      fail("CI must have Keycloak unpacked by the build (" + home + ") and a JDK 21 or newer: found " + java);
    }
    Assumptions.assumeTrue(available, "Keycloak or a JDK 21+ is missing");
    return java.get();
  }

  /** The realm's issuer address, starting Keycloak on first use. */
  public static synchronized String issuer() {
    if (process == null) {
      start();
    }
    return "http://localhost:" + port + "/realms/" + REALM;
  }

  /** An access token for the person, as a script or another system would get one (password grant). */
  public static String accessToken(String username, String password) throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=" + CLIENT + "&client_secret=" + CLIENT_SECRET + "&username="
        + username + "&password=" + password + "&scope=openid";
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(issuer() + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
    if (answer.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("Keycloak gave no token for " + username + ": HTTP " + answer.statusCode());
    }
    return token.group(1);
  }

  private static void start() {
    Path java = javaForKeycloak();
    Path home = Path.of(System.getProperty("keycloak.home"));
    try {
      Path data = home.resolve("data");
      deleteTree(data);
      Files.createDirectories(data.resolve("import"));
      try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/cp-referrals-realm.json")) {
        Files.copy(realm, data.resolve("import/cp-referrals-realm.json"));
      }
      port = freePort();
      ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
          "--http-port=" + port, "--http-management-port=" + freePort(), "--import-realm")
          .redirectErrorStream(true).redirectOutput(home.resolveSibling("keycloak.log").toFile());
      builder.environment().put("JAVA_HOME", java.toString());
      process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stop));
      awaitRealm(Duration.ofMinutes(4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitRealm(Duration patience) {
    HttpClient http = HttpClient.newHttpClient();
    URI discovery = URI.create("http://localhost:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
    Instant until = Instant.now().plus(patience);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped; see target/keycloak/keycloak.log");
      }
      try {
        if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + patience);
  }

  private static void stop() {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
  }

  /** The newest JDK of major version 21 or more: KEYCLOAK_JAVA_HOME, else the machine's JVM folders. */
  static Optional<Path> newestJavaFrom21() {
    String chosen = System.getenv("KEYCLOAK_JAVA_HOME");
    if (chosen != null && !chosen.isBlank()) {
      return Optional.of(Path.of(chosen));
    }
    List<Path> candidates;
    try (Stream<Path> jvms = Stream.of("/usr/lib/jvm", "/opt", "/usr/local").map(Path::of).filter(Files::isDirectory)
        .flatMap(KeycloakServer::children)) {
      candidates = jvms.filter(p -> Files.isExecutable(p.resolve("bin/java"))).toList();
    }
    return candidates.stream().filter(p -> major(p) >= 21).max(Comparator.comparingInt(KeycloakServer::major));
  }

  private static Stream<Path> children(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.toList().stream();
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  private static int major(Path jdk) {
    try {
      Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(jdk.resolve("release")));
      return version.find() ? Integer.parseInt(version.group(1)) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
