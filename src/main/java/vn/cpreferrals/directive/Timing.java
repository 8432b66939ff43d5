package vn.cpreferrals.directive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Thời gian thực hiện" as the directives write it: "Thường xuyên trong năm", "Quý II, IV năm 2025", or a date
 * ("trước 30/6", "30/06/2025").
 */
public record Timing(Kind kind, List<Integer> quarters, String dayMonth) {

  public enum Kind { YEAR_ROUND, QUARTERS, DATE }

  private static final Pattern QUARTER = Pattern.compile("^\\s*quý\\s+([IVX0-9,\\s]+?)(\\s+năm\\s+\\d{4})?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})(/\\d{4})?");

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
      String dayMonth = String.format("%02d/%02d", Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
      try {
        LocalDate.parse(dayMonth + "/2024", DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Thời gian thực hiện không hợp lệ: '" + text + "'");
      }
      return new Timing(Kind.DATE, List.of(), dayMonth);
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
