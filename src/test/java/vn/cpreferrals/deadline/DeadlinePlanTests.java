package vn.cpreferrals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.cpreferrals.calendar.TestCalendar;
import vn.cpreferrals.calendar.WorkingDays;

class DeadlinePlanTests {

  static final DeadlineProperties DEFAULTS = new DeadlineProperties(true, 0.5, 1, Duration.ofDays(2));
  static final Instant MONDAY_8AM = Instant.parse("2025-05-12T01:00:00Z"); // 08:00 in Vietnam
  static final WorkingDays CALENDAR = TestCalendar.load();

  @Test
  void fourDayTaskGetsTwoRemindersAndTwoEscalations() {
    Instant due = MONDAY_8AM.plus(Duration.ofDays(4)); // Friday 08:00

    Map<DeadlineStage, Instant> plan = DeadlinePlan.plan(MONDAY_8AM, due, MONDAY_8AM, DEFAULTS, CALENDAR);

    assertThat(plan).containsExactly(
        Map.entry(DeadlineStage.REMINDER_HALF_TIME, MONDAY_8AM.plus(Duration.ofDays(2))),
        Map.entry(DeadlineStage.REMINDER_BEFORE_DUE, MONDAY_8AM.plus(Duration.ofDays(3))),
        Map.entry(DeadlineStage.ESCALATION_LEVEL_1, due),
        Map.entry(DeadlineStage.ESCALATION_LEVEL_2, due.plus(Duration.ofDays(2))));
  }

  @Test
  void reminderOneWorkingDayBeforeAMondayDeadlineFallsOnFriday() {
    Instant nextMonday = MONDAY_8AM.plus(Duration.ofDays(7));

    assertThat(CALENDAR.workingDaysBefore(Date.from(nextMonday), 1).toInstant())
        .isEqualTo(MONDAY_8AM.plus(Duration.ofDays(4)));
  }

  @Test
  void shortDeadlineKeepsOnlyTheRemindersStillAheadAndOverdueTaskEscalatesNow() {
    Instant now = MONDAY_8AM.plus(Duration.ofHours(1));
    Map<DeadlineStage, Instant> shortPlan = DeadlinePlan.plan(MONDAY_8AM, MONDAY_8AM.plus(Duration.ofHours(12)), now,
        DEFAULTS, CALENDAR);
    Map<DeadlineStage, Instant> overdue = DeadlinePlan.plan(MONDAY_8AM.minus(Duration.ofDays(5)),
        MONDAY_8AM.minus(Duration.ofDays(1)), now, DEFAULTS, CALENDAR);

    assertThat(shortPlan).containsOnlyKeys(DeadlineStage.REMINDER_HALF_TIME, DeadlineStage.ESCALATION_LEVEL_1,
        DeadlineStage.ESCALATION_LEVEL_2);
    assertThat(overdue).containsOnlyKeys(DeadlineStage.ESCALATION_LEVEL_1, DeadlineStage.ESCALATION_LEVEL_2)
        .containsEntry(DeadlineStage.ESCALATION_LEVEL_1, now)
        .containsEntry(DeadlineStage.ESCALATION_LEVEL_2, MONDAY_8AM.plus(Duration.ofDays(1)));
  }
}
