package vn.cpreferrals.directive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Target against actual for one report of a directive: each item's indicators with the figures its lead (or each unit
 * of a class that leads it) reported. Units of a class are combined: counts are added up, rates averaged over the units
 * that reported (unweighted: the units report no denominators), and the line says how many units reported. Written
 * into the consolidation forms by the summary task and into the workbook and draft report.
 *
 * @param year the year the directive runs for, which picks the target ("đến năm 2025")
 */
public record IndicatorResults(int year, List<Result> results) {

  /**
   * One indicator of one item.
   *
   * @param actual the combined figure; null when no unit reported it
   */
  public record Result(String itemId, String leads, Indicator indicator, BigDecimal actual, int reported, int units) {

    public Indicator.Assessment assessment(int year) {
      return indicator.assess(actual, year);
    }
  }

  public IndicatorResults {
    results = List.copyOf(results);
  }

  public boolean isEmpty() {
    return results.isEmpty();
  }

  /**
   * @param summaryIndicators the summary task's input ({@link DirectiveProcess#SUMMARY_INDICATORS}), null for a model
   *     that asks for none
   * @param leadByIndex each assignment's item id and lead, as {@link DirectiveProcess#SUMMARY_ITEMS} gives them
   * @param figuresOf the figures an assignment reported ({@link DirectiveProcess#reportFiguresOf}), by its index;
   *     null when it has not reported
   */
  public static IndicatorResults of(int year, Object summaryIndicators, List<? extends Map<String, ?>> leadByIndex,
      Function<String, Object> figuresOf) {
    Map<String, Map.Entry<String, String>> assignments = new LinkedHashMap<>();
    for (Map<String, ?> item : leadByIndex) {
      assignments.put(String.valueOf(item.get(DirectiveProcess.SUMMARY_ITEM_INDEX)), Map.entry(
          String.valueOf(item.get(DirectiveProcess.SUMMARY_ITEM_ID)),
          String.valueOf(item.get(DirectiveProcess.SUMMARY_ITEM_LEAD))));
    }
    Map<String, Builder> byItemAndIndicator = new LinkedHashMap<>();
    if (summaryIndicators instanceof List<?> rows) {
      for (Object row : rows) {
        if (!(row instanceof Map<?, ?> map)) {
          continue;
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        map.forEach((k, v) -> entries.put(String.valueOf(k), v));
        String index = String.valueOf(entries.get(DirectiveProcess.SUMMARY_ITEM_INDEX));
        Map.Entry<String, String> assignment = assignments.get(index);
        Optional<Indicator> indicator = Indicator.fromModel(entries);
        if (assignment == null || indicator.isEmpty()) {
          continue;
        }
        byItemAndIndicator.computeIfAbsent(assignment.getKey() + "\u0000" + indicator.get().id(),
            k -> new Builder(assignment.getKey(), indicator.get()))
            .add(assignment.getValue(), reported(figuresOf.apply(index), indicator.get().id()));
      }
    }
    return new IndicatorResults(year, byItemAndIndicator.values().stream().map(Builder::build).toList());
  }

  /** The figure an assignment reported for an indicator, from its stored figures; null when none. */
  public static BigDecimal reported(Object figures, String indicatorId) {
    if (!(figures instanceof Map<?, ?> map) || !(map.get(DirectiveProcess.FIGURES_INDICATORS) instanceof Map<?, ?> i)) {
      return null;
    }
    Object value = i.get(indicatorId);
    try {
      return value instanceof Number || value instanceof String ? new BigDecimal(value.toString().trim()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Lines for the consolidation form; a sentence saying so when the directive sets no indicator. */
  public String text() {
    if (results.isEmpty()) {
      return "Văn bản không giao chỉ tiêu cụ thể.";
    }
    StringBuilder text = new StringBuilder();
    for (Result r : results) {
      text.append("Mục ").append(r.itemId()).append(" – ").append(r.indicator().name()).append(": ");
      text.append(r.actual() == null ? "chưa có số liệu" : "thực hiện " + r.indicator().withUnit(r.actual()));
      if (r.units() > 1) {
        text.append(" (").append(r.reported()).append('/').append(r.units()).append(" đơn vị đã báo cáo")
            .append(r.indicator().isRate() ? ", bình quân" : ", cộng lại").append(')');
      }
      String target = r.indicator().targetText(year);
      if (!target.isEmpty()) {
        text.append("; mục tiêu ").append(target);
      }
      Indicator.Assessment assessment = r.assessment(year);
      if (assessment == Indicator.Assessment.MET || assessment == Indicator.Assessment.NOT_MET) {
        text.append(" → ").append(assessment.label().toLowerCase(java.util.Locale.ROOT));
      }
      text.append(".\n");
    }
    long met = results.stream().filter(r -> r.assessment(year) == Indicator.Assessment.MET).count();
    long notMet = results.stream().filter(r -> r.assessment(year) == Indicator.Assessment.NOT_MET).count();
    long missing = results.stream().filter(r -> r.actual() == null).count();
    text.append("\nĐạt: ").append(met).append("; chưa đạt: ").append(notMet).append("; chưa có số liệu: ")
        .append(missing).append('.');
    return text.toString();
  }

  private static final class Builder {
    private final String itemId;
    private final Indicator indicator;
    private final List<String> leads = new ArrayList<>();
    private final List<BigDecimal> figures = new ArrayList<>();

    Builder(String itemId, Indicator indicator) {
      this.itemId = itemId;
      this.indicator = indicator;
    }

    void add(String lead, BigDecimal figure) {
      leads.add(lead);
      if (figure != null) {
        figures.add(figure);
      }
    }

    Result build() {
      BigDecimal actual = null;
      if (!figures.isEmpty()) {
        BigDecimal sum = figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        actual = indicator.isRate() ? sum.divide(BigDecimal.valueOf(figures.size()), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros() : sum;
      }
      String shown = leads.size() == 1 ? leads.get(0) : leads.size() + " đơn vị";
      return new Result(itemId, shown, indicator, actual, figures.size(), leads.size());
    }
  }
}
