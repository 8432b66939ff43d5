package vn.cpreferrals.benchmark;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long the three views of the managers' Cockpit plugin take to answer, as Cockpit asks for them: one manager
 * signed in to Cockpit (session and CSRF cookie, as the browser), each view requested {@code rounds} times in turn.
 */
final class MonitoringLatency {

  static final List<String> VIEWS = List.of("directives", "overdue", "cases");

  private MonitoringLatency() {}

  static Map<String, Latencies> run(String baseUrl, String user, String password, int rounds) throws Exception {
    Session session = Session.login(baseUrl, user, password);
    Map<String, Latencies> latencies = new LinkedHashMap<>();
    for (int round = -3; round < rounds; round++) {
      for (String view : VIEWS) {
        long t0 = System.nanoTime();
        session.get(view);
        long took = System.nanoTime() - t0;
        if (round >= 0) {
          latencies.computeIfAbsent(view, v -> new Latencies()).record(took);
        }
      }
    }
    // Percentiles are read from a sorted set.
    Map<String, Latencies> sorted = new LinkedHashMap<>();
    latencies.forEach((view, l) -> sorted.put(view, Latencies.merge(List.of(l))));
    return sorted;
  }

  /** One manager signed in to Cockpit, as the browser is. */
  static final class Session {
    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private Session(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    static Session login(String baseUrl, String user, String password) throws Exception {
      Session s = new Session(baseUrl);
      send(s.http, s.cookies, HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/cockpit/default/")).GET());
      HttpResponse<String> login = send(s.http, s.cookies, HttpRequest.newBuilder(URI.create(baseUrl
          + "/camunda/api/admin/auth/user/default/login/cockpit"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
      if (login.statusCode() != 200) {
        throw new IllegalStateException("Cockpit login of " + user + " answered " + login.statusCode());
      }
      return s;
    }

    /** The view's answer (JSON); anything but 200 is an error. */
    String get(String view) throws Exception {
      HttpResponse<String> answer = send(http, cookies, HttpRequest.newBuilder(URI.create(baseUrl
          + "/camunda/api/cockpit/plugin/cpMonitoring/default/" + view)).GET());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(view + " answered " + answer.statusCode() + ": " + answer.body());
      }
      return answer.body();
    }
  }

  private static HttpResponse<String> send(HttpClient http, CookieManager cookies, HttpRequest.Builder request)
      throws Exception {
    cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
