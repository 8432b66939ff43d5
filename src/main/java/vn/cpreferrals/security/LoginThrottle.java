package vn.cpreferrals.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Slows password guessing without giving anyone a way to lock a colleague out: failures are counted per source address
 * and user id, and per source address alone. After {@code freeAttempts} failures a pair waits, doubling from one
 * second up to {@code maxWait}; a source that fails for many users waits too. A user trying from another address is
 * not affected, and every count expires after {@code window} without failures.
 */
final class LoginThrottle {

  static final int PER_SOURCE_FACTOR = 10;

  private final int freeAttempts;
  private final Duration maxWait;
  private final Ticker ticker;
  private final Cache<String, Failures> failures;

  LoginThrottle(int freeAttempts, Duration window, Duration maxWait, Ticker ticker) {
    this.freeAttempts = freeAttempts;
    this.maxWait = maxWait;
    this.ticker = ticker;
    this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window).ticker(ticker).build();
  }

  /** Seconds to wait before this source may try this user again; 0 when it may try now. */
  long waitSeconds(String source, String user) {
    return Math.max(wait(pairKey(source, user), freeAttempts), wait(source, freeAttempts * PER_SOURCE_FACTOR));
  }

  void failed(String source, String user) {
    long now = ticker.read();
    failures.asMap().merge(pairKey(source, user), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
    failures.asMap().merge(source, new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
  }

  void succeeded(String source, String user) {
    failures.invalidate(pairKey(source, user));
  }

  private long wait(String key, int free) {
    Failures f = failures.getIfPresent(key);
    if (f == null || f.count < free) {
      return 0;
    }
    long waitNanos = Math.min(TimeUnit.SECONDS.toNanos(1L << Math.min(f.count - free, 30)), maxWait.toNanos());
    long left = f.lastAt + waitNanos - ticker.read();
    return left <= 0 ? 0 : TimeUnit.NANOSECONDS.toSeconds(left) + 1;
  }

  private static String pairKey(String source, String user) {
    return source + "\u001f" + user;
  }

  private record Failures(int count, long lastAt) {}
}
