package vn.cpreferrals.directive.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.directive.importer.AgencyMatcher.Kind;
import vn.cpreferrals.directive.importer.AgencyMatcher.Mention;
import vn.cpreferrals.directive.importer.Tokens.Token;

/**
 * The directive's report deadlines ("báo cáo … 6 tháng trước ngày 15/5/2025, kết quả năm trước ngày 15/11/2025"),
 * where reports go ("báo cáo UBND tỉnh (qua Sở Y tế)", "gửi về Sở Y tế để tổng hợp": the standing agency), recipients
 * outside the province ("báo cáo Bộ Lao động - Thương binh và Xã hội"), and the standing agency's own consolidation
 * deadline where an item gives one ("định kỳ hằng năm (trước ngày 01/12) tổng hợp …"); otherwise seven days after the
 * report deadline, as the committed tables infer.
 */
final class ReportReader {

  /** What was read: reports, the standing agency (if found), recipients outside the registry. */
  record Read(List<DirectiveTable.Report> reports, String standingAgency, List<String> alsoReportTo) {}

  // DEADLINE and NATIONAL read text folded by Tokens.foldAligned; what they find is cut from the text.
  private static final Pattern DEADLINE = Pattern.compile(
      "truoc\\s+(?:ngay\\s+)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?((?:\\s*(?:,|va)\\s*(?:ngay\\s+)?\\d{1,2}/\\d{1,2}"
          + "(?:/\\d{4})?)*)");
  private static final Pattern CHAINED = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");
  private static final Pattern NATIONAL = Pattern.compile(
      "bao cao\\s+(?:ve\\s+)?((?:bo|uy ban quoc gia|cuc)\\s+[^,;.()]+?)"
          + "(?=\\s+va\\s+(?:uy ban|ubnd|so|chu tich)|\\s+theo\\b|\\s+de\\b|[,;.()]|$)");
  private static final Pattern SENTENCES = Pattern.compile("(?<=[.;!?])\\s+(?=[\\p{Lu}(*])|\\n");
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  private final AgencyMatcher matcher;
  private final List<Flag> flags;

  ReportReader(AgencyMatcher matcher, List<Flag> flags) {
    this.matcher = matcher;
    this.flags = flags;
  }

  /** A date read in a sentence, with the words before it that say which report it is. */
  private record Due(int day, int month, String before, String sentence) {}

  /**
   * Reads the closing text; {@code standingUnits} gives, for the standing agency once known, the text of the items it
   * leads (for its consolidation deadline) and {@code unitText} the whole of the items (for deadlines given there).
   */
  Read read(String closing, String unitText, java.util.function.Function<String, String> standingUnits) {
    List<String> sentences = sentences(closing).stream().filter(s -> Tokens.fold(s).contains("bao cao")).toList();
    List<Due> dues = new ArrayList<>();
    sentences.forEach(s -> dues.addAll(deadlines(s)));
    if (dues.isEmpty()) {
      for (String s : sentences(unitText)) {
        String f = Tokens.fold(s);
        if (f.contains("bao cao") && !f.contains("tong hop")) {
          dues.addAll(deadlines(s));
        }
      }
      if (!dues.isEmpty()) {
        flags.add(Flag.warning("reports", "Hạn báo cáo lấy từ nội dung các mục (phần kết không nêu); hãy kiểm tra"));
      }
    }
    String standing = standing(sentences);
    if (standing == null) {
      standing = standingFromUnits(unitText);
    }
    List<DirectiveTable.Report> reports = reports(dues, standing == null ? "" : standingUnits.apply(standing));
    if (reports.isEmpty()) {
      flags.add(Flag.error("reports", "Không tìm thấy hạn báo cáo (ví dụ 'báo cáo 6 tháng trước ngày 15/5'): "
          + "hãy nhập các kỳ báo cáo và hạn nộp"));
    }
    if (standing == null) {
      flags.add(Flag.error("standingAgency", "Không xác định được cơ quan thường trực tổng hợp báo cáo (ví dụ "
          + "'báo cáo UBND tỉnh (qua Sở Y tế)'): hãy chọn cơ quan"));
    }
    Set<String> national = new LinkedHashSet<>();
    for (String s : sentences) {
      if (!deadlines(s).isEmpty()) {
        String plain = s.replace("*", "");
        Matcher m = NATIONAL.matcher(Tokens.foldAligned(plain));
        while (m.find()) {
          national.add(plain.substring(m.start(1), m.end(1)).trim());
        }
      }
    }
    national.forEach(n -> flags.add(Flag.info("alsoReportTo", "Báo cáo tổng hợp gửi cả '" + n
        + "' (ngoài danh mục của tỉnh)")));
    return new Read(reports, standing, List.copyOf(national));
  }

  private List<DirectiveTable.Report> reports(List<Due> dues, String standingText) {
    List<DirectiveTable.Report> reports = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<Due> distinct = dues.stream().filter(d -> seen.add(d.day() + "/" + d.month())).toList();
    List<LocalDate> consolidations = consolidations(standingText);
    Set<String> ids = new LinkedHashSet<>();
    for (int k = 0; k < distinct.size(); k++) {
      Due d = distinct.get(k);
      String kind = kind(d.before());
      String field = "reports[" + k + "]";
      if (kind == null) {
        kind = byOrder(k, distinct.size());
        flags.add(Flag.warning(field, "Kỳ báo cáo hạn " + d.day() + "/" + d.month() + " được suy ra theo thứ tự ("
            + name(kind) + "); hãy kiểm tra"));
      }
      String id = kind;
      for (int n = 2; !ids.add(id); n++) {
        id = kind + n;
      }
      LocalDate due = LocalDate.of(2025, d.month(), d.day());
      LocalDate consolidate = due.plusDays(7);
      Optional<LocalDate> stated = consolidations.stream().filter(c -> c.isAfter(due) && c.isBefore(due.plusDays(60)))
          .findFirst();
      if (stated.isPresent()) {
        consolidate = stated.get();
        flags.add(Flag.info(field, "Hạn tổng hợp " + consolidate.format(DAY_MONTH)
            + " lấy từ nhiệm vụ của cơ quan thường trực"));
      } else {
        flags.add(Flag.info(field, "Văn bản không nêu hạn tổng hợp: đề xuất " + consolidate.format(DAY_MONTH)
            + " (7 ngày sau hạn báo cáo)"));
      }
      reports.add(new DirectiveTable.Report(id, name(kind), due.format(DAY_MONTH), consolidate.format(DAY_MONTH)));
    }
    return reports;
  }

  /** Dates by which the standing agency consolidates, as its own items state them. */
  private static List<LocalDate> consolidations(String standingText) {
    List<LocalDate> dates = new ArrayList<>();
    for (String s : sentences(standingText)) {
      if (Tokens.fold(s).contains("tong hop")) {
        deadlines(s).forEach(d -> dates.add(LocalDate.of(2025, d.month(), d.day())));
      }
    }
    return dates;
  }

  private static String kind(String before) {
    String f = Tokens.fold(before);
    if (f.matches("(?s).*\\b(6|sau) thang.*")) {
      return "SixMonth";
    }
    if (f.matches("(?s).*\\bquy\\b.*")) {
      return "Quarter";
    }
    if (f.matches("(?s).*\\bnam\\b.*")) {
      return "Annual";
    }
    return null;
  }

  private static String byOrder(int k, int count) {
    if (count == 1) {
      return "Annual";
    }
    return k == 0 ? "SixMonth" : k == count - 1 ? "Annual" : "Report";
  }

  private static String name(String kind) {
    return switch (kind) {
      case "SixMonth" -> "Báo cáo 6 tháng";
      case "Annual" -> "Báo cáo năm";
      case "Quarter" -> "Báo cáo quý";
      default -> "Báo cáo định kỳ";
    };
  }

  /** Every "trước ngày 15/5/2025" of a sentence, "trước ngày 30/4 và 31/10" as two. */
  private static List<Due> deadlines(String sentence) {
    List<Due> dues = new ArrayList<>();
    Matcher m = DEADLINE.matcher(Tokens.foldAligned(sentence));
    int from = 0;
    while (m.find()) {
      String before = sentence.substring(from, m.start());
      add(dues, m.group(1), m.group(2), before, sentence);
      Matcher more = CHAINED.matcher(m.group(4));
      while (more.find()) {
        add(dues, more.group(1), more.group(2), "", sentence);
      }
      from = m.end();
    }
    return dues;
  }

  private static void add(List<Due> dues, String day, String month, String before, String sentence) {
    int d = Integer.parseInt(day);
    int mo = Integer.parseInt(month);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= java.time.Month.of(mo).length(false)) {
      dues.add(new Due(d, mo, before, sentence));
    }
  }

  /** "(qua Sở Y tế)", "gửi về Sở Y tế để tổng hợp": the agency of a reporting sentence that consolidates. */
  private String standing(List<String> sentences) {
    for (String s : sentences) {
      List<Token> tokens = Tokens.of(s);
      for (int k = 0; k < tokens.size(); k++) {
        if (tokens.get(k).is("qua") && written(s, tokens.get(k)).equalsIgnoreCase("qua")) {
          Optional<String> a = first(matcher.list(tokens, k + 1, s).mentions());
          if (a.isPresent()) {
            return a.get();
          }
        }
      }
    }
    for (String s : sentences) {
      List<Token> tokens = Tokens.of(s);
      for (int k = 0; k < tokens.size(); k++) {
        String ve = written(s, tokens.get(k));
        if (tokens.get(k).is("ve") && (ve.equalsIgnoreCase("về") || ve.equals("ve"))) {
          AgencyMatcher.Scan scan = matcher.list(tokens, k + 1, s);
          String after = Tokens.joined(tokens, scan.end(), scan.end() + 4);
          Optional<String> a = first(scan.mentions());
          if (a.isPresent() && after.matches("^(de |va )?tong hop.*") && !a.get().equals(matcher.issuer)) {
            return a.get();
          }
        }
      }
    }
    return null;
  }

  /** The agency an item calls "cơ quan thường trực". */
  private String standingFromUnits(String unitText) {
    for (String unit : unitText.split("\n\n")) {
      if (Tokens.fold(unit).contains("co quan thuong truc")) {
        List<Token> tokens = Tokens.of(unit);
        Optional<String> a = first(matcher.list(tokens, 0, unit).mentions());
        if (a.isPresent()) {
          flags.add(Flag.warning("standingAgency", "Cơ quan thường trực lấy từ mục gọi nó là 'cơ quan thường trực'"));
          return a.get();
        }
      }
    }
    return null;
  }

  private static String written(String s, Token t) {
    return s.substring(t.start(), t.end());
  }

  private static Optional<String> first(List<Mention> mentions) {
    return mentions.stream().filter(m -> m.kind() == Kind.AGENCY).map(m -> m.agencyIds().get(0)).findFirst();
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCES.split(text)) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }
}
