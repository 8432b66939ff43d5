package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Password guessing is slowed per source and user; nobody can lock a colleague out from elsewhere. */
class LoginThrottleTests {

  final AtomicLong nanos = new AtomicLong();
  final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), nanos::get);

  @Test
  void fiveFailuresAreFreeThenTheSourceWaitsLongerEachTime() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.waitSeconds("10.0.0.9", "officer")).isZero();
      throttle.failed("10.0.0.9", "officer");
    }
    long first = throttle.waitSeconds("10.0.0.9", "officer");
    throttle.failed("10.0.0.9", "officer");
    long second = throttle.waitSeconds("10.0.0.9", "officer");

    assertThat(first).isPositive();
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void theSameUserFromAnotherSourceIsNotSlowedAndSuccessClearsTheCount() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("203.0.113.7", "officer");
    }

    assertThat(throttle.waitSeconds("203.0.113.7", "officer")).isPositive();
    assertThat(throttle.waitSeconds("10.0.0.2", "officer")).isZero();
    throttle.succeeded("10.0.0.2", "officer");
    assertThat(throttle.waitSeconds("10.0.0.2", "officer")).isZero();
  }

  @Test
  void waitingIsBoundedAndCountsExpire() {
    for (int i = 0; i < 60; i++) {
      throttle.failed("198.51.100.1", "admin");
    }
    assertThat(throttle.waitSeconds("198.51.100.1", "admin")).isLessThanOrEqualTo(15 * 60 + 1);

    nanos.addAndGet(Duration.ofMinutes(16).toNanos());

    assertThat(throttle.waitSeconds("198.51.100.1", "admin")).isZero();
  }

  @Test
  void aSourceFailingForManyUsersWaitsForAnyUser() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("192.0.2.1", "user-" + i);
    }

    assertThat(throttle.waitSeconds("192.0.2.1", "someone-new")).isPositive();
  }
}
