package vn.cpreferrals.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Metrics name every agency with its open and overdue work (a commune's count is its number of active cases), so
 * everything under /actuator except the health probe needs the credentials of an operator: an engine user in the
 * {@code camunda-admin} or {@value #OPERATORS} group.
 */
final class OperatorEndpointsFilter extends OncePerRequestFilter {

  static final String OPERATORS = "cp-operators";
  private static final Set<String> OPERATOR_GROUPS = Set.of(Groups.CAMUNDA_ADMIN, OPERATORS);

  private final IdentityService identity;

  OperatorEndpointsFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/actuator") || path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    BasicCredentials credentials = BasicCredentials.of(request.getHeader("Authorization"));
    if (credentials == null || credentials.password() == null
        || !identity.checkPassword(credentials.user(), credentials.password())) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"cp-referrals operators\"");
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần tài khoản vận hành (HTTP Basic).");
      return;
    }
    boolean operator = OPERATOR_GROUPS.stream()
        .anyMatch(g -> identity.createUserQuery().userId(credentials.user()).memberOfGroup(g).count() > 0);
    if (!operator) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Chỉ quản trị viên và nhóm vận hành (" + OPERATORS
          + ") được xem số liệu vận hành.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"AccessDenied\",\"message\":\"" + message + "\"}");
  }
}
