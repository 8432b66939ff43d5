package vn.cpreferrals.audit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records successful logins to Tasklist, Cockpit and Admin (failed ones are recorded by the engine's password check).
 * The login endpoint answers 200 on success; the user name is the form field the webapps post.
 */
class WebappLoginAuditFilter extends OncePerRequestFilter {

  static final String LOGIN_PATH = "/camunda/api/admin/auth/user/";

  private final AuditLog log;

  WebappLoginAuditFilter(AuditLog log) {
    this.log = log;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith(LOGIN_PATH)
        && request.getRequestURI().contains("/login/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Read before the login resource consumes the form body; afterwards the parameter is gone.
    String user = request.getParameter("username");
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_OK && user != null) {
      String app = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
      log.append(new Actor(user, null), AuditEvent.of(AuditAction.LOGIN_SUCCEEDED, null, app, null));
    }
  }
}
