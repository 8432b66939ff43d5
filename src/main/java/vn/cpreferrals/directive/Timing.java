package vn.cpreferrals.directive;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Thời gian thực hiện" resolved: all year, some quarters, or by a day of the year. {@link #parse} reads the wording of
 * the directives ("Thường xuyên trong năm", "Quý II, IV năm 2025", "trước 30/6", "30/06/2025") and is used when a
 * table is validated and its model generated; the model then carries the kind, quarters and day as plain values, so
 * nothing reads the wording while a directive runs (except {@link LegacyDirectiveSchedule}, for instances of models
 * generated before).
 */
public record Timing(Kind kind, List<Integer> quarters, MonthDay date) {

  public enum Kind { YEAR_ROUND, QUARTERS, DATE }

  private static final Pattern QUARTER = Pattern.compile("^\\s*quý\\s+([IVX0-9,\\s]+?)(\\s+năm\\s+\\d{4})?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})(/\\d{4})?");

  public Timing {
    quarters = quarters == null ? List.of() : List.copyOf(quarters);
  }

  public static Timing parse(String text) {
    String t = text == null ? "" : text.trim();
    String lower = t.toLowerCase(Locale.forLanguageTag("vi"));
    if (lower.startsWith("thường xuyên") || lower.contains("trong năm") || lower.contains("hằng năm")
        || lower.contains("hàng năm")) {
      return new Timing(Kind.YEAR_ROUND, List.of(), null);
    }
    Matcher q = QUARTER.matcher(t);
    if (q.matches()) {
      List<Integer> quarters = new ArrayList<>();
      for (String part : q.group(1).split("[,\\s]+")) {
        if (!part.isBlank()) {
          quarters.add(quarter(part.trim(), text));
        }
      }
      return new Timing(Kind.QUARTERS, List.copyOf(quarters), null);
    }
    Matcher d = DAY_MONTH.matcher(t);
    if (d.find()) {
      try {
        MonthDay date = MonthDay.of(Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
        return new Timing(Kind.DATE, List.of(), date);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("Thời gian thực hiện không hợp lệ: '" + text + "'");
      }
    }
    throw new IllegalArgumentException("Không hiểu thời gian thực hiện '" + text
        + "': dùng \"Thường xuyên trong năm\", \"Quý II, IV\" hoặc một ngày \"30/06\".");
  }

  private static int quarter(String roman, String text) {
    return switch (roman.toUpperCase(Locale.ROOT)) {
      case "I", "1" -> 1;
      case "II", "2" -> 2;
      case "III", "3" -> 3;
      case "IV", "4" -> 4;
      default -> throw new IllegalArgumentException("Quý không hợp lệ trong '" + text + "'");
    };
  }
}
