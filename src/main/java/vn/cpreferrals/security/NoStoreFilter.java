package vn.cpreferrals.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API answers may carry a child's data: no browser or proxy cache may keep them. The engine REST API sets its own
 * "no-cache" (which still allows storing), so the header is held at "no-store" whatever the resource sets.
 */
final class NoStoreFilter extends OncePerRequestFilter {

  static final String CACHE_CONTROL = "Cache-Control";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(CACHE_CONTROL, "no-store");
    response.setHeader("Pragma", "no-cache");
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }
}
