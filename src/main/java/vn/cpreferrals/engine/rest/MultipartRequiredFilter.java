package vn.cpreferrals.engine.rest;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API's upload endpoints (attachments, deployments) fail with a NullPointerException — HTTP 500 —
 * when the request carries no multipart body. Such a request is the client's mistake: it is answered 400 here.
 */
final class MultipartRequiredFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"POST".equals(request.getMethod())
        || !(path.endsWith("/attachment/create") || path.endsWith("/deployment/create"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"Cần gửi tệp dạng "
          + "multipart/form-data.\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
