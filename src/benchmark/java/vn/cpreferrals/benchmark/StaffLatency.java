package vn.cpreferrals.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What staff wait for: 32 users at once open the shared Tasklist filters through REST (a page of 15 and the count,
 * as Tasklist does), and officers claim and complete a task of their agency's unclaimed list. Between two actions a
 * user pauses for the think time (uniformly 0.5 to 1.5 times it, so users do not click in step); with no think time
 * every user clicks again the moment an answer arrives, which measures a saturated server rather than staff at work.
 */
final class StaffLatency {

  static final String CLAIM_COMPLETE = "claim + complete";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;
  private final String password;
  private final Map<String, String> filters;
  private final String unclaimedFilter;
  private final int thinkMillis;

  StaffLatency(String baseUrl, String password, Map<String, String> filters, String unclaimedFilter,
      int thinkMillis) {
    this.baseUrl = baseUrl;
    this.thinkMillis = thinkMillis;
    this.password = password;
    this.filters = filters;
    this.unclaimedFilter = unclaimedFilter;
  }

  /** Latencies per filter name and for claim + complete, from {@code users} concurrent users for the duration. */
  Map<String, Latencies> run(List<String> users, Duration warmUp, Duration measured) throws Exception {
    Map<String, List<Latencies>> parts = new ConcurrentHashMap<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long measureFrom = System.nanoTime() + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    List<Thread> threads = new ArrayList<>();
    List<String> names = new ArrayList<>(filters.keySet());
    for (String user : users) {
      threads.add(new Thread(() -> {
        java.util.Random random = new java.util.Random(user.hashCode());
        Map<String, Latencies> mine = new java.util.HashMap<>();
        boolean officer = user.endsWith("-officer");
        int i = 0;
        try {
          while (System.nanoTime() < end) {
            if (thinkMillis > 0) {
              Thread.sleep(thinkMillis / 2 + random.nextInt(thinkMillis + 1));
            }
            boolean measuring = System.nanoTime() >= measureFrom;
            if (officer && ++i % 5 == 0) {
              long took = claimAndComplete(user);
              if (took >= 0 && measuring) {
                mine.computeIfAbsent(CLAIM_COMPLETE, k -> new Latencies()).record(took);
              }
              continue;
            }
            String name = names.get(random.nextInt(names.size()));
            long t0 = System.nanoTime();
            openFilter(user, filters.get(name));
            if (measuring) {
              mine.computeIfAbsent(name, k -> new Latencies()).record(System.nanoTime() - t0);
            }
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
        mine.forEach((k, v) -> parts.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(
            new ArrayList<>())).add(v));
      }, "staff-" + user));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("staff client failed", failure.get());
    }
    Map<String, Latencies> merged = new java.util.TreeMap<>();
    parts.forEach((k, v) -> merged.put(k, Latencies.merge(v)));
    return merged;
  }

  private void openFilter(String user, String filterId) throws Exception {
    HttpResponse<String> page = send(user, "POST", "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        "{}");
    HttpResponse<String> count = send(user, "GET", "/engine-rest/filter/" + filterId + "/count", null);
    if (page.statusCode() != 200 || count.statusCode() != 200) {
      throw new IllegalStateException("filter answered " + page.statusCode() + "/" + count.statusCode() + ": "
          + page.body());
    }
  }

  /**
   * Picks a task from the agency's unclaimed list (not timed: that list is the filter's own figure), then claims and
   * completes it. Nanoseconds the claim and the completion took, or -1 when a colleague was quicker.
   */
  private long claimAndComplete(String user) throws Exception {
    JsonNode tasks = json.readTree(send(user, "POST", "/engine-rest/filter/" + unclaimedFilter
        + "/list?firstResult=0&maxResults=15", "{}").body());
    if (!tasks.isArray() || tasks.isEmpty()) {
      return -1;
    }
    String taskId = tasks.get(new java.util.Random().nextInt(tasks.size())).path("id").asText();
    long t0 = System.nanoTime();
    if (send(user, "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}")
        .statusCode() != 204) {
      return -1;
    }
    HttpResponse<String> completed = send(user, "POST", "/engine-rest/task/" + taskId + "/complete", "{}");
    if (completed.statusCode() != 204) {
      throw new IllegalStateException("completing a claimed task answered " + completed.statusCode() + ": "
          + completed.body());
    }
    return System.nanoTime() - t0;
  }

  private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").header("Accept", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
