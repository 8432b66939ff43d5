package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.MonthDay;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.cpreferrals.agency.AgencyRegistry;

/** The dates of a directive's year from the resolved values its model carries, and how a table is resolved. */
class DirectiveDatesTests {

  final DirectiveDates dates = new DirectiveDates(vn.cpreferrals.calendar.TestCalendar.load());

  @Test
  void aDayOfTheYearIsDueAtTheStartOfThatDayInVietnam() {
    assertThat(dates.dayOf(2025, MonthDay.of(5, 15))).isEqualTo(instant("2025-05-14T17:00:00Z"));
    assertThat(dates.dayOf(2024, MonthDay.of(2, 29))).isEqualTo(instant("2024-02-28T17:00:00Z"));
  }

  @Test
  void anAssignmentEndsWithItsYearItsLastQuarterOrOnItsDay() {
    assertThat(dates.assignmentEnd(2024, new Timing(Timing.Kind.YEAR_ROUND, List.of(), null)))
        .isEqualTo(instant("2024-12-31T16:59:59Z"));
    assertThat(dates.assignmentEnd(2025, new Timing(Timing.Kind.QUARTERS, List.of(2, 3), null)))
        .isEqualTo(instant("2025-09-30T16:59:59Z"));
    assertThat(dates.assignmentEnd(2025, new Timing(Timing.Kind.DATE, List.of(), MonthDay.of(8, 31))))
        .isEqualTo(instant("2025-08-30T17:00:00Z"));
  }

  @Test
  void quarterEndsAreTheLastSecondOfTheQuarter() {
    assertThat(dates.quarterEnd(2025, 1)).isEqualTo(instant("2025-03-31T16:59:59Z"));
    assertThat(dates.quarterEnd(2024, 4)).isEqualTo(instant("2024-12-31T16:59:59Z"));
    assertThatThrownBy(() -> dates.quarterEnd(2025, 5)).hasMessageContaining("Quý không hợp lệ");
  }

  @Test
  void reportInputsAreRequestedFiveAndDueTwoWorkingDaysBeforeTheReport() {
    // Monday 29/04/2024 was a day off in exchange for Saturday 04/05; 30/04 and 01/05 are holidays.
    DirectiveDates.ReportDates report = dates.report(2024, MonthDay.of(4, 30));

    assertThat(report.due()).isEqualTo(instant("2024-04-29T17:00:00Z"));
    assertThat(report.inputRequestAt()).isEqualTo(instant("2024-04-21T17:00:00Z"));
    assertThat(report.inputDue()).isEqualTo(instant("2024-04-24T17:00:00Z"));
  }

  @Test
  void modelValuesAreReadAsNumbersWhateverTheirStoredType() {
    assertThat(DirectiveDates.year("2025")).isEqualTo(2025);
    assertThat(DirectiveDates.year(2025L)).isEqualTo(2025);
    assertThat(DirectiveDates.quarters(List.of("2", "4"))).containsExactly(2, 4);
    assertThat(DirectiveDates.quarters(null)).isEmpty();
  }

  @Test
  void aTableIsResolvedToTypedTimingsAndDaysWhenItIsRead() throws Exception {
    DirectiveTable table = DirectiveTestSupport.table("Directive_QuangNgai_2025_KH65");
    AgencyRegistry registry = DirectiveModelDriftTests.registry();

    assertThat(table.problems(registry)).isEmpty();
    assertThat(table.reports()).extracting(DirectiveTable.Report::dueDay, DirectiveTable.Report::consolidateDay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MonthDay.of(5, 15), MonthDay.of(5, 22)),
            org.assertj.core.groups.Tuple.tuple(MonthDay.of(11, 15), MonthDay.of(11, 22)));
    assertThat(table.items().stream().filter(i -> i.id().equals("II.9")).findFirst().orElseThrow().resolvedTiming())
        .isEqualTo(new Timing(Timing.Kind.QUARTERS, List.of(2, 4), null));
  }

  @Test
  void aReportDayThatIsNoDayIsATableProblem() throws Exception {
    DirectiveTable broken = new DirectiveTable("Directive_Test_2025_1", "Thử", "1/KH", "quang-ngai-ubnd-tinh",
        "quang-ngai", "quang-ngai-so-y-te", "test", null,
        List.of(new DirectiveTable.Report("Annual", "Báo cáo năm", "31/11", "5/12")),
        List.of(new DirectiveTable.Item("1", "Việc", List.of("quang-ngai-so-y-te"), List.of(), "trước 31/02")), null, null);

    assertThat(broken.problems(DirectiveModelDriftTests.registry())).containsExactly(
        "reports.Annual.due phải có dạng dd/MM", "reports.Annual.consolidateBy phải có dạng dd/MM",
        "mục 1: Thời gian thực hiện không hợp lệ: 'trước 31/02'");
  }

  @Test
  void anIndicatorWithoutAComparisonOrWithARateAbove100IsATableProblem() throws Exception {
    List<DirectiveTable.Figure> figures = List.of(
        new DirectiveTable.Figure("TyLe", "Tỷ lệ", "%", null, Map.of("2025", new java.math.BigDecimal("50"))),
        new DirectiveTable.Figure("TyLe", "Tỷ lệ khác", "%", "morethan", Map.of("25", new java.math.BigDecimal("150"))));
    DirectiveTable broken = new DirectiveTable("Directive_Test_2025_1", "Thử", "1/KH", "quang-ngai-ubnd-tinh",
        "quang-ngai", "quang-ngai-so-y-te", "test", null,
        List.of(new DirectiveTable.Report("Annual", "Báo cáo năm", "30/11", "05/12")),
        List.of(new DirectiveTable.Item("1", "Việc", List.of("quang-ngai-so-y-te"), List.of(), "Thường xuyên trong năm",
            figures)), null, null);

    assertThat(broken.problems(DirectiveModelDriftTests.registry())).containsExactly(
        "mục 1, chỉ tiêu 'TyLe': có mục tiêu thì phải ghi goal (atLeast, above, atMost, below)",
        "mục 1, chỉ tiêu 'TyLe': mã chỉ tiêu phải là chữ/số và không trùng trong văn bản",
        "mục 1, chỉ tiêu 'TyLe': goal phải là atLeast, above, atMost hoặc below",
        "mục 1, chỉ tiêu 'TyLe': năm mục tiêu '25' phải có 4 chữ số",
        "mục 1, chỉ tiêu 'TyLe': mục tiêu 150 không hợp lệ (0–100%)");
  }

  @Test
  void anExpressionInATitleOrWordingIsATableProblemSoAnUploadedTextCannotRunCodeInTheEngine() throws Exception {
    DirectiveTable smuggled = new DirectiveTable("Directive_Test_2025_1", "Thử #{1+1}", "1/KH", "quang-ngai-ubnd-tinh",
        "quang-ngai", "quang-ngai-so-y-te", "test", null,
        List.of(new DirectiveTable.Report("Annual", "Báo cáo năm", "30/11", "05/12")),
        List.of(new DirectiveTable.Item("1", "Việc ${execution.setVariable('x', 1)}", List.of("quang-ngai-so-y-te"),
            List.of(), "Thường xuyên trong năm")), null, null);

    assertThat(smuggled.problems(DirectiveModelDriftTests.registry())).containsExactly(
        "tên, số văn bản, nguồn: không được chứa ký hiệu '${' hoặc '#{' (\"Thử #{1+1}\")",
        "mục 1: không được chứa ký hiệu '${' hoặc '#{' (\"Việc ${execution.setVariable('x', 1)}\")");
  }

  private static Date instant(String iso) {
    return Date.from(Instant.parse(iso));
  }
}
