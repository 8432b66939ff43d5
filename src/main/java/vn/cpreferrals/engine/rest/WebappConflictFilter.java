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
 * with the Vietnamese message as /engine-rest. Only modifying requests are buffered; reads pass untouched.
 */
final class WebappConflictFilter implements Filter {

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
    }
    response.copyBodyToResponse();
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
