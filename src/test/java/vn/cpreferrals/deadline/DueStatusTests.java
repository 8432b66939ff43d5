package vn.cpreferrals.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.junit.jupiter.api.Test;

/** The status vocabulary: Vietnamese labels as stored, read back to the same status, decided by the due date. */
class DueStatusTests {

  static final Date DUE = new Date(1_780_000_000_000L);

  @Test
  void everyStatusIsStoredAsItsVietnameseLabelAndReadBackFromIt() {
    assertThat(DueStatus.OPEN_OVERDUE.label()).isEqualTo("quá hạn");
    assertThat(DueStatus.LATE.label()).isEqualTo("trễ hạn");
    for (DueStatus status : DueStatus.values()) {
      assertThat(DueStatus.ofLabel(status.label())).contains(status);
    }
    assertThat(DueStatus.ofLabel(null)).isEmpty();
    assertThat(DueStatus.ofLabel("LATE")).as("the enum name is not what is stored").isEmpty();
  }

  @Test
  void workDoneOnTheDueInstantIsOnTimeAndASecondLaterIsLate() {
    assertThat(DueStatus.ofCompletion(DUE, DUE)).isEqualTo(DueStatus.ON_TIME);
    assertThat(DueStatus.ofCompletion(new Date(DUE.getTime() + 1_000), DUE)).isEqualTo(DueStatus.LATE);
    assertThat(DueStatus.ofCompletion(new Date(DUE.getTime() + 1_000), null)).isEqualTo(DueStatus.ON_TIME);
    assertThat(DueStatus.ofOpen(new Date(DUE.getTime() + 1_000), DUE)).isEqualTo(DueStatus.OPEN_OVERDUE);
    assertThat(DueStatus.ofOpen(DUE, DUE)).isEqualTo(DueStatus.OPEN_IN_TIME);
  }
}
