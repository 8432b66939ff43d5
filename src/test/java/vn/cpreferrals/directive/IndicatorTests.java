package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Targets against reported figures, as the Mường Tè plan sets them (seed 001 §II.2), without an engine. */
class IndicatorTests {

  static final Indicator CHILD_FRIENDLY_COMMUNES = new Indicator("XaPhuHopTreEm",
      "Tỷ lệ xã, thị trấn phù hợp với trẻ em", "%", Indicator.Goal.AT_LEAST,
      new TreeMap<>(Map.of(2025, new BigDecimal("50"), 2030, new BigDecimal("71.4"))));
  static final Indicator STUNTING = new Indicator("SuyDinhDuongChieuCao",
      "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể chiều cao theo tuổi", "%", Indicator.Goal.BELOW,
      new TreeMap<>(Map.of(2025, new BigDecimal("25"), 2030, new BigDecimal("20"))));

  @Test
  void aReportIsMeasuredAgainstTheFirstTargetYearNotBeforeIt() {
    assertThat(CHILD_FRIENDLY_COMMUNES.targetText(2024)).isEqualTo("≥ 50% (đến năm 2025)");
    assertThat(CHILD_FRIENDLY_COMMUNES.targetText(2025)).isEqualTo("≥ 50% (đến năm 2025)");
    assertThat(CHILD_FRIENDLY_COMMUNES.targetText(2026)).isEqualTo("≥ 71,4% (đến năm 2030)");
    assertThat(CHILD_FRIENDLY_COMMUNES.targetText(2031)).isEqualTo("≥ 71,4% (đến năm 2030)");
  }

  @Test
  void aFigureMeetsATargetOnlyOnTheSideTheDirectiveAsks() {
    assertThat(CHILD_FRIENDLY_COMMUNES.assess(new BigDecimal("50"), 2025)).isEqualTo(Indicator.Assessment.MET);
    assertThat(CHILD_FRIENDLY_COMMUNES.assess(new BigDecimal("50"), 2026)).isEqualTo(Indicator.Assessment.NOT_MET);
    assertThat(STUNTING.assess(new BigDecimal("25"), 2025)).isEqualTo(Indicator.Assessment.NOT_MET); // "dưới 25%"
    assertThat(STUNTING.assess(new BigDecimal("24.9"), 2025)).isEqualTo(Indicator.Assessment.MET);
    assertThat(STUNTING.assess(null, 2025)).isEqualTo(Indicator.Assessment.NOT_REPORTED);
  }

  @Test
  void anIndicatorSurvivesTheModelAsPlainTexts() {
    Map<String, String> entries = new java.util.LinkedHashMap<>();
    STUNTING.modelEntries().forEach(e -> entries.put(e.getKey(), e.getValue()));

    assertThat(entries).containsEntry("goal", "BELOW").containsEntry("2030", "20");
    assertThat(Indicator.fromModel(entries)).contains(STUNTING);
  }

  @Test
  void unitsOfAClassAreAddedUpForCountsAndAveragedForRates() {
    List<Map<String, String>> leads = List.of(
        Map.of("index", "1", "item", "V.13", "lead", "UBND xã Ka Lăng"),
        Map.of("index", "2", "item", "V.13", "lead", "UBND xã Thu Lũm"),
        Map.of("index", "3", "item", "V.13", "lead", "UBND xã Pa Ủ"));
    Indicator reached = new Indicator("SoTre", "Số trẻ em được hỗ trợ", "trẻ em", null, null);
    List<Map<String, String>> asked = new java.util.ArrayList<>();
    for (String index : List.of("1", "2", "3")) {
      for (Indicator i : List.of(CHILD_FRIENDLY_COMMUNES, reached)) {
        Map<String, String> row = new java.util.LinkedHashMap<>(Map.of("index", index));
        i.modelEntries().forEach(e -> row.put(e.getKey(), e.getValue()));
        asked.add(row);
      }
    }
    Map<String, Object> figures = Map.of(
        "1", Map.of("indicators", Map.of("XaPhuHopTreEm", 40, "SoTre", 12)),
        "2", Map.of("indicators", Map.of("XaPhuHopTreEm", 61.5, "SoTre", 3)));

    IndicatorResults results = IndicatorResults.of(2025, asked, leads, figures::get);

    assertThat(results.results()).hasSize(2);
    assertThat(results.results().get(0).actual()).isEqualByComparingTo("50.75");
    assertThat(results.results().get(0).reported()).isEqualTo(2);
    assertThat(results.results().get(0).units()).isEqualTo(3);
    assertThat(results.results().get(1).actual()).isEqualByComparingTo("15");
    assertThat(results.text()).contains("Mục V.13 – Tỷ lệ xã, thị trấn phù hợp với trẻ em: thực hiện 50,75% (2/3 đơn vị "
        + "đã báo cáo, bình quân); mục tiêu ≥ 50% (đến năm 2025) → đạt.",
        "Mục V.13 – Số trẻ em được hỗ trợ: thực hiện 15 trẻ em (2/3 đơn vị đã báo cáo, cộng lại).");
  }

  @Test
  void aDirectiveWithoutIndicatorsSaysSoOnTheConsolidation() {
    assertThat(IndicatorResults.of(2025, null, List.of(), i -> null).text())
        .isEqualTo("Văn bản không giao chỉ tiêu cụ thể.");
  }
}
