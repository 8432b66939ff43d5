package vn.cpreferrals.deadline;

/** The moments at which the engine chases an open task. */
public enum DeadlineStage {
  /** Half of the time between creation and due date is used. */
  REMINDER_HALF_TIME,
  /** One working day before the due date. */
  REMINDER_BEFORE_DUE,
  /** The due date has passed: the agency's leadership is told. */
  ESCALATION_LEVEL_1,
  /** The grace period after the due date has passed too: the supervising unit's leadership is told. */
  ESCALATION_LEVEL_2;

  boolean isReminder() {
    return this == REMINDER_HALF_TIME || this == REMINDER_BEFORE_DUE;
  }

  public boolean isEscalation() {
    return escalationLevel() > 0;
  }

  int escalationLevel() {
    return this == ESCALATION_LEVEL_1 ? 1 : this == ESCALATION_LEVEL_2 ? 2 : 0;
  }
}
