package vn.cpreferrals.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

/** When each stage of chasing falls for a task, from its creation and due date. Pure, so it is tested on its own. */
final class DeadlinePlan {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private DeadlinePlan() {}

  /** Stages falling after {@code now}; stages already past are left out (escalations at the latest fall now). */
  static Map<DeadlineStage, Instant> plan(Instant created, Instant due, Instant now, DeadlineProperties p) {
    Map<DeadlineStage, Instant> plan = new EnumMap<>(DeadlineStage.class);
    if (p.reminderAtFraction() > 0 && due.isAfter(created)) {
      long span = due.toEpochMilli() - created.toEpochMilli();
      add(plan, DeadlineStage.REMINDER_HALF_TIME,
          Instant.ofEpochMilli(created.toEpochMilli() + (long) (span * p.reminderAtFraction())), now, false);
    }
    if (p.reminderWorkingDaysBefore() > 0) {
      add(plan, DeadlineStage.REMINDER_BEFORE_DUE, workingDaysBefore(due, p.reminderWorkingDaysBefore()), now, false);
    }
    add(plan, DeadlineStage.ESCALATION_LEVEL_1, due, now, true);
    add(plan, DeadlineStage.ESCALATION_LEVEL_2, due.plus(p.escalationGrace()), now, true);
    if (plan.containsKey(DeadlineStage.REMINDER_HALF_TIME) && plan.containsKey(DeadlineStage.REMINDER_BEFORE_DUE)
        && !plan.get(DeadlineStage.REMINDER_HALF_TIME).isBefore(plan.get(DeadlineStage.REMINDER_BEFORE_DUE))) {
      plan.remove(DeadlineStage.REMINDER_HALF_TIME); // short deadlines: one reminder is enough
    }
    return plan;
  }

  /** Skips Saturdays and Sundays; public holidays come with the working-day calendar. */
  static Instant workingDaysBefore(Instant due, int days) {
    ZonedDateTime t = due.atZone(VIETNAM);
    int left = days;
    while (left > 0) {
      t = t.minusDays(1);
      if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return t.toInstant();
  }

  private static void add(Map<DeadlineStage, Instant> plan, DeadlineStage stage, Instant at, Instant now,
      boolean evenIfPast) {
    if (at.isAfter(now)) {
      plan.put(stage, at);
    } else if (evenIfPast) {
      plan.put(stage, now);
    }
  }
}
