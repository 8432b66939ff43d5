package vn.cpreferrals.directive;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A figure a directive asks the lead of an item to report, with the targets the directive sets for it ("Tỷ lệ xã, thị
 * trấn phù hợp với trẻ em đạt 50% đến năm 2025, 71,4% đến năm 2030": seed 001 §II.2). A figure without targets is
 * only collected ("Số trẻ em bị xâm hại được phát hiện").
 *
 * @param unit what the figure counts: "%" for a rate, otherwise a word ("trẻ em", "vụ")
 * @param goal how a reported figure meets a target; null when there is none
 * @param targets target by year (the year the directive says "đến năm …")
 */
public record Indicator(String id, String name, String unit, Goal goal, SortedMap<Integer, BigDecimal> targets) {

  /** How a reported figure meets its target; the directive's own words in {@link #words}. */
  public enum Goal {
    AT_LEAST("atLeast", "≥", "đạt"), ABOVE("above", ">", "đạt trên"), AT_MOST("atMost", "≤", "không quá"),
    BELOW("below", "<", "dưới");

    private final String tableWord;
    private final String symbol;
    private final String words;

    Goal(String tableWord, String symbol, String words) {
      this.tableWord = tableWord;
      this.symbol = symbol;
      this.words = words;
    }

    public String symbol() {
      return symbol;
    }

    /** As the tables write it ({@code goal: atLeast}); empty for an unknown word. */
    public static Optional<Goal> ofTableWord(String word) {
      for (Goal g : values()) {
        if (g.tableWord.equals(word)) {
          return Optional.of(g);
        }
      }
      return Optional.empty();
    }

    boolean met(BigDecimal actual, BigDecimal target) {
      int c = actual.compareTo(target);
      return switch (this) {
        case AT_LEAST -> c >= 0;
        case ABOVE -> c > 0;
        case AT_MOST -> c <= 0;
        case BELOW -> c < 0;
      };
    }
  }

  /** A target of one year. */
  public record Target(int year, BigDecimal value) {}

  /** Whether a reported figure meets the target, in the words of a consolidated report. */
  public enum Assessment {
    MET("Đạt"), NOT_MET("Chưa đạt"), NO_TARGET("Không có chỉ tiêu"), NOT_REPORTED("Chưa báo cáo");

    private final String label;

    Assessment(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Indicator {
    targets = targets == null ? new TreeMap<>() : new TreeMap<>(targets);
  }

  public boolean isRate() {
    return "%".equals(unit);
  }

  /**
   * The target the report of {@code year} is measured against: the first target year not before it ("đến năm 2025"
   * for 2024 and 2025, "đến năm 2030" from 2026); after the last, the last.
   */
  public Optional<Target> targetFor(int year) {
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    SortedMap<Integer, BigDecimal> ahead = targets.tailMap(year);
    int targetYear = ahead.isEmpty() ? targets.lastKey() : ahead.firstKey();
    return Optional.of(new Target(targetYear, targets.get(targetYear)));
  }

  public Assessment assess(BigDecimal actual, int year) {
    if (actual == null) {
      return Assessment.NOT_REPORTED;
    }
    return targetFor(year).filter(t -> goal != null)
        .map(t -> goal.met(actual, t.value()) ? Assessment.MET : Assessment.NOT_MET).orElse(Assessment.NO_TARGET);
  }

  /** "≥ 50% (đến năm 2025)"; empty without a target. */
  public String targetText(int year) {
    return targetFor(year).map(t -> (goal == null ? "" : goal.symbol() + " ") + withUnit(t.value())
        + " (đến năm " + t.year() + ")").orElse("");
  }

  /** "71,4%", "12 trẻ em": a figure as Vietnamese documents print it. */
  public String withUnit(BigDecimal value) {
    return number(value) + (isRate() ? "%" : unit == null || unit.isBlank() ? "" : " " + unit);
  }

  /** "71,4": decimal comma, no grouping of thousands beyond the dot Vietnamese use. */
  public static String number(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
    return format.format(value);
  }

  // In the model: one camunda:map per indicator, plain texts; each target under its year ("2025" → "50").
  static final String KEY_ID = "id";
  static final String KEY_NAME = "name";
  static final String KEY_UNIT = "unit";
  static final String KEY_GOAL = "goal";

  /** The entries the generator writes into the model for this indicator. */
  List<Map.Entry<String, String>> modelEntries() {
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    entries.add(Map.entry(KEY_ID, id));
    entries.add(Map.entry(KEY_NAME, name));
    entries.add(Map.entry(KEY_UNIT, unit == null ? "" : unit));
    if (goal != null) {
      entries.add(Map.entry(KEY_GOAL, goal.name()));
    }
    targets.forEach((year, value) -> entries.add(Map.entry(String.valueOf(year), value.toPlainString())));
    return entries;
  }

  /** An indicator as the model holds it ({@link #modelEntries}); a map that is not one gives an empty result. */
  public static Optional<Indicator> fromModel(Map<String, ?> entries) {
    Object id = entries.get(KEY_ID);
    Object name = entries.get(KEY_NAME);
    if (id == null || name == null) {
      return Optional.empty();
    }
    SortedMap<Integer, BigDecimal> targets = new TreeMap<>();
    entries.forEach((key, value) -> {
      if (key.matches("\\d{4}") && value != null) {
        targets.put(Integer.valueOf(key), new BigDecimal(value.toString().trim()));
      }
    });
    Object goal = entries.get(KEY_GOAL);
    Object unit = entries.get(KEY_UNIT);
    return Optional.of(new Indicator(id.toString(), name.toString(), unit == null ? "" : unit.toString(),
        goal == null || goal.toString().isBlank() ? null : Goal.valueOf(goal.toString()), targets));
  }

  /** The indicators of a model input (a list of maps), in order. */
  public static List<Indicator> listFromModel(Object input) {
    List<Indicator> indicators = new ArrayList<>();
    if (input instanceof List<?> list) {
      for (Object entry : list) {
        if (entry instanceof Map<?, ?> map) {
          Map<String, Object> entries = new LinkedHashMap<>();
          map.forEach((k, v) -> entries.put(String.valueOf(k), v));
          fromModel(entries).ifPresent(indicators::add);
        }
      }
    }
    return indicators;
  }
}
