package vn.cpreferrals.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Failed logins need no account, so writing one audit row per attempt would let anyone fill the chain. Attempts are
 * counted in memory per user id and written as one entry per user and minute, with how many attempts and from which
 * addresses; past {@value #MAX_USERS} distinct ids in a minute (a spraying attack) the rest share one entry.
 */
@Component
public class FailedLogins {

  static final int MAX_USERS = 200;
  static final int MAX_SOURCES_SHOWN = 5;
  static final String OTHERS = "(nhiều tài khoản khác)";

  private final AuditLog log;
  private Map<String, Attempts> window = new LinkedHashMap<>();

  FailedLogins(AuditLog log) {
    this.log = log;
  }

  public synchronized void failed(String userId) {
    String key = window.containsKey(userId) || window.size() < MAX_USERS ? userId : OTHERS;
    window.computeIfAbsent(key, k -> new Attempts()).add(sourceAddress());
  }

  @Scheduled(fixedDelayString = "${cp.audit.failed-login-interval:PT1M}")
  void flush() {
    Map<String, Attempts> done;
    synchronized (this) {
      if (window.isEmpty()) {
        return;
      }
      done = window;
      window = new LinkedHashMap<>();
    }
    done.forEach((user, attempts) -> log.appendIndependently(new Actor(user, null),
        AuditEvent.of(AuditAction.LOGIN_FAILED, null, "engine", attempts.describe())));
  }

  @PreDestroy
  void flushOnShutdown() {
    flush();
  }

  private static String sourceAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return request.getRequest().getRemoteAddr();
    }
    return "nội bộ";
  }

  private static final class Attempts {
    int count;
    final Set<String> sources = new TreeSet<>();

    void add(String source) {
      count++;
      sources.add(source);
    }

    String describe() {
      String shown = String.join(", ", sources.stream().limit(MAX_SOURCES_SHOWN).toList());
      return count + " lần sai mật khẩu; nguồn: " + shown + (sources.size() > MAX_SOURCES_SHOWN
          ? " và " + (sources.size() - MAX_SOURCES_SHOWN) + " địa chỉ khác" : "");
    }
  }
}
