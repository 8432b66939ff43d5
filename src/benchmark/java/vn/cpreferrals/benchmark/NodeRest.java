package vn.cpreferrals.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;

/** REST calls to engine nodes as the demo users, who share the benchmark's password. */
final class NodeRest {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String password;

  NodeRest(String password) {
    this.password = password;
  }

  HttpResponse<String> send(Node node, String method, String path, String body, String user) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30))
        .header("Authorization", basic(user)).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode get(Node node, String path, String user) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.url(path)))
        .timeout(Duration.ofSeconds(60)).header("Authorization", basic(user)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  /** Deploys the engine workload's model as the administrator. */
  void deployWorkload(Node node) throws Exception {
    String boundary = "cp" + UUID.randomUUID();
    String xml = Bpmn.convertToString(EngineWorkload.model());
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbenchmark\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"BenchSteps.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + xml + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"form\"; filename=\""
        + EngineWorkload.START_FORM_FILE + "\"\r\nContent-Type: application/json\r\n\r\n" + EngineWorkload.START_FORM
        + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.url("/engine-rest/deployment/create")))
        .header("Authorization", basic("admin"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("deployment answered " + r.statusCode() + ": " + r.body());
    }
  }

  private String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
