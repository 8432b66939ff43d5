package vn.cpreferrals.directive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cpreferrals.directive.Timing;

/**
 * An item's "Thời gian thực hiện" as the table writes it: the directive's own wording where {@link Timing#parse} reads
 * it ("Thường xuyên trong năm", "Quý II, IV năm 2025", "Trước ngày 30/6/2025"), quarters written another way put in
 * that form ("Quý II và Quý IV năm 2025"), "Thường xuyên trong năm" where the text says nothing (flagged), and wording
 * that means no one thing ("Năm 2025", "Tháng 6/2025") kept as written and flagged as an error to correct.
 */
final class TimingReader {

  static final String YEAR_ROUND = "Thường xuyên trong năm";

  /** The wording for the table and what the reviewer should know about it. */
  record Read(String wording, List<Flag> flags) {}

  // LABEL, QUARTERS_IN_TEXT, COMPLETE_BY and YEAR read text folded by Tokens.foldAligned; values are cut from the text.
  private static final Pattern LABEL = Pattern.compile(
      "(?:^|\\n|[;.]\\s*)[-–•]?\\s*thoi (?:gian|han)(?: thuc hien| hoan thanh)?\\s*:\\s*([^\\n;]+)");
  private static final Pattern QUARTERS_IN_TEXT = Pattern.compile(
      "(?:trong|vao)\\s+(?:cac\\s+)?quy\\s+((?:iv|i{1,3}|[1-4])(?:\\s*(?:,|va|-)\\s*(?:quy\\s+)?(?:iv|i{1,3}|[1-4]))*)"
          + "(?:\\s*(?:nam|/)\\s*(\\d{4}))?");
  private static final Pattern COMPLETE_BY = Pattern.compile(
      "hoan thanh\\s+(?:truoc|cham nhat|trong)\\s+(?:ngay\\s+)?(\\d{1,2}/\\d{1,2}(?:/\\d{4})?)");
  private static final Pattern ROMAN_OR_DIGIT = Pattern.compile("\\b(IV|I{1,3}|[1-4])\\b");
  private static final Pattern YEAR = Pattern.compile("(?:nam|/)\\s*(\\d{4})");
  private static final Pattern DAY_MONTH = Pattern.compile("\\d{1,2}/\\d{1,2}");

  private TimingReader() {}

  /** The timing an item's text states, under a label or in its sentences; else all year, flagged. */
  static Read fromText(String text, String field) {
    String folded = Tokens.foldAligned(text);
    Matcher label = LABEL.matcher(folded);
    if (label.find()) {
      return fromWording(text.substring(label.start(1), label.end(1)), field);
    }
    List<Flag> flags = new ArrayList<>();
    Matcher quarters = QUARTERS_IN_TEXT.matcher(folded);
    if (quarters.find()) {
      String wording = quarterWording(quarters.group(1), quarters.group(2));
      flags.add(Flag.warning(field, "Thời gian thực hiện lấy từ nội dung mục ('"
          + text.substring(quarters.start(), quarters.end()).trim() + "' → '" + wording + "'); hãy kiểm tra"));
      return new Read(wording, flags);
    }
    Matcher by = COMPLETE_BY.matcher(folded);
    if (by.find()) {
      String wording = "Trước ngày " + by.group(1);
      flags.add(Flag.warning(field, "Thời gian thực hiện lấy từ nội dung mục ('"
          + text.substring(by.start(), by.end()).trim() + "'); hãy kiểm tra"));
      return new Read(wording, flags);
    }
    flags.add(Flag.warning(field, "Văn bản không nêu thời gian thực hiện mục này; đề xuất '" + YEAR_ROUND + "'"));
    return new Read(YEAR_ROUND, flags);
  }

  /** A stated timing ("Quý II, IV năm 2025.") as the table's wording. */
  static Read fromWording(String stated, String field) {
    String wording = stated.trim().replaceAll("[.;,]+$", "").trim();
    if (!wording.isEmpty()) {
      wording = Character.toUpperCase(wording.charAt(0)) + wording.substring(1);
    }
    List<Flag> flags = new ArrayList<>();
    String folded = Tokens.fold(wording);
    if (folded.contains("6 thang dau nam") || folded.contains("sau thang dau nam")) {
      flags.add(Flag.warning(field, "'" + wording + "' được hiểu là Quý I, II; hãy kiểm tra"));
      return new Read("Quý I, II" + year(wording), flags);
    }
    if (folded.contains("6 thang cuoi nam") || folded.contains("sau thang cuoi nam")) {
      flags.add(Flag.warning(field, "'" + wording + "' được hiểu là Quý III, IV; hãy kiểm tra"));
      return new Read("Quý III, IV" + year(wording), flags);
    }
    if (!parses(wording) && (folded.startsWith("thuong xuyen") || folded.matches("^(hang|hằng) nam.*"))) {
      flags.add(Flag.info(field, "Đã viết lại '" + wording + "' thành '" + YEAR_ROUND + "'"));
      return new Read(YEAR_ROUND, flags);
    }
    if (folded.startsWith("quy") && !parses(wording)) {
      Matcher y = YEAR.matcher(folded);
      String normal = quarterWording(folded.replaceAll("quy|nam\\s*\\d{4}|/\\s*\\d{4}", " "),
          y.find() ? y.group(1) : null);
      if (parses(normal)) {
        flags.add(Flag.info(field, "Đã viết lại '" + wording + "' thành '" + normal + "'"));
        return new Read(normal, flags);
      }
    }
    try {
      Timing timing = Timing.parse(wording);
      boolean severalDays = DAY_MONTH.matcher(wording).results().count() > 1;
      if (severalDays || timing.kind() == Timing.Kind.YEAR_ROUND && DAY_MONTH.matcher(wording).find()) {
        flags.add(Flag.warning(field, "Thời gian '" + wording + "' có nhiều mốc; bảng lấy "
            + describe(timing) + ", hãy kiểm tra"));
      }
    } catch (IllegalArgumentException e) {
      flags.add(Flag.error(field, "Thời gian thực hiện '" + wording + "' không rõ: hãy ghi \"Thường xuyên trong "
          + "năm\", \"Quý II, IV năm 2025\" hoặc một ngày \"30/06\""));
    }
    return new Read(wording, flags);
  }

  private static String describe(Timing timing) {
    return switch (timing.kind()) {
      case YEAR_ROUND -> "cả năm";
      case QUARTERS -> "quý " + timing.quarters();
      case DATE -> "ngày " + timing.date().getDayOfMonth() + "/" + timing.date().getMonthValue();
    };
  }

  private static boolean parses(String wording) {
    try {
      Timing.parse(wording);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** "II và IV", "2025" → "Quý II, IV năm 2025". */
  private static String quarterWording(String list, String year) {
    List<String> romans = new ArrayList<>();
    Matcher m = ROMAN_OR_DIGIT.matcher(list.toUpperCase(java.util.Locale.ROOT));
    while (m.find()) {
      String roman = switch (m.group(1)) {
        case "1" -> "I";
        case "2" -> "II";
        case "3" -> "III";
        case "4" -> "IV";
        default -> m.group(1);
      };
      if (!romans.contains(roman)) {
        romans.add(roman);
      }
    }
    return "Quý " + String.join(", ", romans) + (year == null ? "" : " năm " + year);
  }

  private static String year(String wording) {
    Matcher y = YEAR.matcher(Tokens.foldAligned(wording));
    return y.find() ? " năm " + y.group(1) : "";
  }
}
