package vn.cpreferrals.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link LoginThrottle} to every way of presenting a password: HTTP Basic on the REST APIs and the
 * actuator, and the webapps' login form. A throttled attempt is answered 429 without checking the password.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = attemptedUser(request);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String source = request.getRemoteAddr();
    long wait = throttle.waitSeconds(source, user);
    if (wait > 0) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(wait));
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"TooManyLoginAttempts\",\"message\":\"Đăng nhập sai nhiều lần từ địa chỉ "
          + "này. Vui lòng thử lại sau " + wait + " giây.\"}");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(source, user);
    } else if (response.getStatus() < 300) {
      throttle.succeeded(source, user);
    }
  }

  static String attemptedUser(HttpServletRequest request) {
    BasicCredentials basic = BasicCredentials.of(request.getHeader("Authorization"));
    if (basic != null) {
      return basic.user();
    }
    if ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith(WEBAPP_LOGIN)
        && request.getRequestURI().contains("/login/")) {
      return request.getParameter("username");
    }
    return null;
  }
}
