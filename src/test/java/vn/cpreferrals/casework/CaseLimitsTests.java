package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.cpreferrals.casework.CaseDeadlines.Limits;
import vn.cpreferrals.casework.CaseDeadlines.LocalTarget;

/** A province may tighten a legal time limit, never loosen it; the operator learns which setting is wrong. */
class CaseLimitsTests {

  static Limits withTarget(LocalTarget target) {
    return new Limits(12, 5, 7, 10, 2, 24, Map.of(), Map.of("quang-ngai", target), 15, 2);
  }

  @Test
  void aTighterLocalTargetIsAccepted() {
    Limits limits = withTarget(new LocalTarget(8, 4, null));

    assertThat(limits.localTarget("quang-ngai").planWorkingDays(5)).isEqualTo(4);
    assertThat(limits.localTarget("quang-ngai").approvalWorkingDays(7)).isEqualTo(7);
    assertThat(limits.localTarget("lai-chau").emergencyHours(12)).isEqualTo(12);
  }

  @Test
  void aLocalTargetLooserThanTheLawStopsStartUpNamingTheSetting() {
    assertThatThrownBy(() -> withTarget(new LocalTarget(24, null, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cp.casework.local-targets.quang-ngai.emergency-hours is 24")
        .hasMessageContaining("legal ceiling of 12");
    assertThatThrownBy(() -> withTarget(new LocalTarget(null, 0, null)))
        .hasMessageContaining("plan-working-days is 0");
  }
}
