package vn.cpreferrals.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session with the webapps' own API (/camunda/api/...): login form, session cookie and the CSRF token
 * the webapps require on every modifying request.
 */
public final class WebappSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to the given app (cockpit, tasklist, admin); the answer's status tells whether it worked. */
  public static WebappSession login(int port, String app, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.get("/camunda/app/" + app + "/default/");
    int status = session.postForm("/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)).statusCode();
    session.loginStatus = status;
    // The login starts a new session; like the browser, load the app once to receive that session's CSRF token.
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  private int loginStatus;

  public int loginStatus() {
    return loginStatus;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> postForm(String path, String form) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse(null);
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
