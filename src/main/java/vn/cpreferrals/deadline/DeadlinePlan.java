package vn.cpreferrals.deadline;

import java.time.Instant;
import java.util.Date;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import vn.cpreferrals.calendar.WorkingDays;

/** When each stage of chasing falls for a task, from its creation and due date. Pure, so it is tested on its own. */
public final class DeadlinePlan {

  static final ZoneId VIETNAM = WorkingDays.VIETNAM;

  private DeadlinePlan() {}

  /** Stages falling after {@code now}; stages already past are left out (escalations at the latest fall now). */
  public static Map<DeadlineStage, Instant> plan(Instant created, Instant due, Instant now, DeadlineProperties p,
      WorkingDays calendar) {
    Map<DeadlineStage, Instant> plan = new EnumMap<>(DeadlineStage.class);
    if (p.reminderAtFraction() > 0 && due.isAfter(created)) {
      long span = due.toEpochMilli() - created.toEpochMilli();
      add(plan, DeadlineStage.REMINDER_HALF_TIME,
          Instant.ofEpochMilli(created.toEpochMilli() + (long) (span * p.reminderAtFraction())), now, false);
    }
    if (p.reminderWorkingDaysBefore() > 0) {
      add(plan, DeadlineStage.REMINDER_BEFORE_DUE,
          calendar.workingDaysBefore(Date.from(due), p.reminderWorkingDaysBefore()).toInstant(), now, false);
    }
    add(plan, DeadlineStage.ESCALATION_LEVEL_1, due, now, true);
    add(plan, DeadlineStage.ESCALATION_LEVEL_2, due.plus(p.escalationGrace()), now, true);
    if (plan.containsKey(DeadlineStage.REMINDER_HALF_TIME) && plan.containsKey(DeadlineStage.REMINDER_BEFORE_DUE)
        && !plan.get(DeadlineStage.REMINDER_HALF_TIME).isBefore(plan.get(DeadlineStage.REMINDER_BEFORE_DUE))) {
      plan.remove(DeadlineStage.REMINDER_HALF_TIME); // short deadlines: one reminder is enough
    }
    return plan;
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
