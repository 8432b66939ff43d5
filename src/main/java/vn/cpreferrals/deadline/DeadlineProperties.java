package vn.cpreferrals.deadline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether tasks with a due date get reminder and escalation timers
 * @param reminderAtFraction share of the time to the due date after which the first reminder goes out (0 disables)
 * @param reminderWorkingDaysBefore working days before the due date of the second reminder (0 disables)
 * @param escalationGrace time after the due date before the second escalation level
 */
@ConfigurationProperties("cp.deadlines")
public record DeadlineProperties(boolean enabled, double reminderAtFraction, int reminderWorkingDaysBefore,
    Duration escalationGrace) {

  public DeadlineProperties {
    if (reminderAtFraction < 0 || reminderAtFraction >= 1) {
      throw new IllegalStateException("cp.deadlines.reminder-at-fraction must be in [0, 1)");
    }
    escalationGrace = escalationGrace == null ? Duration.ofDays(2) : escalationGrace;
  }
}
