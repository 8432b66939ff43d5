package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.MonthDay;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bean {@code directiveSchedule} that instances of the earlier directive models still call from expressions. */
class DirectiveScheduleTests {

  final LegacyDirectiveSchedule schedule = new LegacyDirectiveSchedule(
      new DirectiveDates(vn.cpreferrals.calendar.TestCalendar.load()));

  @Test
  void timingsAreReadAsTheDirectivesWriteThem() {
    assertThat(Timing.parse("Thường xuyên trong năm").kind()).isEqualTo(Timing.Kind.YEAR_ROUND);
    assertThat(Timing.parse("Quý II, IV năm 2025")).isEqualTo(new Timing(Timing.Kind.QUARTERS, List.of(2, 4), null));
    assertThat(Timing.parse("trước 30/6")).isEqualTo(new Timing(Timing.Kind.DATE, List.of(), MonthDay.of(6, 30)));
    assertThatThrownBy(() -> Timing.parse("sớm nhất có thể")).hasMessageContaining("Không hiểu thời gian");
  }

  @Test
  void reportDeadlineIsTheStartOfTheStatedDayInVietnam() {
    String plan = "SixMonth|Báo cáo 6 tháng|15/05;Annual|Báo cáo năm|15/11";

    assertThat(schedule.reportIds(plan)).containsExactly("SixMonth", "Annual");
    assertThat(schedule.reportName(plan, "Annual")).isEqualTo("Báo cáo năm");
    assertThat(schedule.reportDue(2025, plan, "SixMonth")).isEqualTo(Date.from(Instant.parse("2025-05-14T17:00:00Z")));
  }

  @Test
  void quarterAndYearEndsAreTheLastSecondOfTheirDay() {
    assertThat(schedule.quarterEnd(2025, 2)).isEqualTo(Date.from(Instant.parse("2025-06-30T16:59:59Z")));
    assertThat(schedule.yearEnd("2024")).isEqualTo(Date.from(Instant.parse("2024-12-31T16:59:59Z")));
  }

  @Test
  void inputsAreRequestedWorkingDaysBeforeTheDeadline() {
    Date thursday15May = schedule.dayMonth(2025, "15/05");

    assertThat(schedule.workingDaysBefore(thursday15May, 5)).isEqualTo(schedule.dayMonth(2025, "08/05"));
    assertThat(schedule.split(" a, b ,,c ")).containsExactly("a", "b", "c");
  }

  @Test
  void quarterWorkAndSummaryLinesOfTheEarlierModelsAreStillRead() {
    assertThat(schedule.quarters("Quý II, IV năm 2025")).containsExactly(2, 4);
    assertThat(schedule.quarterEnd(2025, "4")).isEqualTo(Date.from(Instant.parse("2025-12-31T16:59:59Z")));
    assertThat(LegacyDirectiveSchedule.summaryItems("1|II.1|Sở Y tế\n2|II.2|Sở Tư pháp\n"))
        .extracting(m -> m.get(DirectiveProcess.SUMMARY_ITEM_INDEX), m -> m.get(DirectiveProcess.SUMMARY_ITEM_LEAD))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Sở Y tế"),
            org.assertj.core.groups.Tuple.tuple("2", "Sở Tư pháp"));
  }
}
