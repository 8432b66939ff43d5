package vn.cpreferrals.engine.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' own engine API (/camunda/api/engine, what Tasklist calls) answers a conflict that outlasted the
 * server's retries with 500 and the engine's English message; {@link ClientFaultMapper} cannot reach that JAX-RS
 * application. This filter turns such an answer (the engine's exception code for optimistic locking) into the same 409
 * with the Vietnamese message as /engine-rest. A refusal thrown inside a task listener (a directive table that does
 * not read) arrives wrapped in the engine's English ("Cannot submit task form …: ENGINE-03051 … Exception while
 * invoking TaskListener: …"): the person reads the refusal alone, as 400. Only modifying requests are buffered; reads
 * pass untouched.
 */
final class WebappFaultFilter implements Filter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod())) {
      chain.doFilter(req, res);
      return;
    }
    ContentCachingResponseWrapper response = new ContentCachingResponseWrapper((HttpServletResponse) res);
    chain.doFilter(req, response);
    if (response.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
        && isOptimisticLocking(response.getContentAsByteArray())) {
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      response.setContentType("application/json;charset=UTF-8");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", OptimisticLockingException.class.getSimpleName());
      body.put("message", ClientFaultMapper.CONFLICT);
      body.put("code", BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode());
      response.getOutputStream().write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    } else if (response.getStatus() >= 400) {
      String refusal = listenerRefusal(response.getContentAsByteArray());
      if (refusal != null) {
        response.resetBuffer();
        if (response.getStatus() >= 500) {
          response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        response.setContentType("application/json;charset=UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "BadUserRequestException");
        body.put("message", refusal);
        body.put("code", null);
        response.getOutputStream().write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
      }
    }
    response.copyBodyToResponse();
  }

  private static final java.util.regex.Pattern LISTENER_REFUSAL = java.util.regex.Pattern.compile(
      "Exception while invoking TaskListener: (.*?)'?\\s*$", java.util.regex.Pattern.DOTALL);
  /** The REST layer's English preface to a refusal of ours ("Cannot submit task form 1f2e…: Dữ liệu …"). */
  private static final java.util.regex.Pattern REST_PREFACE = java.util.regex.Pattern.compile(
      "^Cannot (?:instantiate process definition|submit task form|submit form|complete task) \\S+?: "
          + "(?!ENGINE-)(\\p{Lu}.*)$", java.util.regex.Pattern.DOTALL);

  /** Our refusal inside the engine's wrappers, or null when the answer is something else. */
  static String listenerRefusal(byte[] body) {
    try {
      JsonNode error = JSON.readTree(body);
      String message = error == null ? null : error.path("message").asText(null);
      if (message == null) {
        return null;
      }
      java.util.regex.Matcher wrapped = LISTENER_REFUSAL.matcher(message);
      if (wrapped.find()) {
        return wrapped.group(1);
      }
      java.util.regex.Matcher prefaced = REST_PREFACE.matcher(message);
      return prefaced.find() ? prefaced.group(1) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isOptimisticLocking(byte[] body) {
    try {
      JsonNode error = JSON.readTree(body);
      return error != null && error.path("code").asInt(-1) == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode();
    } catch (IOException e) {
      return false;
    }
  }
}
