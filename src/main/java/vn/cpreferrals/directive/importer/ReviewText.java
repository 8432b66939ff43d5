package vn.cpreferrals.directive.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.directive.DirectiveTable.Figure;
import vn.cpreferrals.directive.DirectiveTable.Item;
import vn.cpreferrals.directive.DirectiveTable.Report;

/**
 * A directive's table as plain Vietnamese text, for the standing agency's officer to review and correct in a textarea
 * of a Tasklist form: one field per line ("Chủ trì: Sở Y tế tỉnh Quảng Ngãi"), agencies by their names, each item a
 * block starting "Mục II.1: …", the importer's flags on lines of their own under the field they concern. {@link #read}
 * turns the corrected text back into the table or lists every problem of its form at once; whether the table is right
 * for its province (agencies of the province, timing, indicators) is {@link DirectiveTable#problems}'s to say, which
 * the caller runs after reading.
 */
public final class ReviewText {

  /** Lines the importer adds for the officer; never read back. */
  static final String FLAG_MARK = "⚠";
  static final String COMMENT_MARK = "#";

  /** How to edit, at the top of every text: the officer is no programmer and has no other help at hand. */
  static final List<String> GUIDE = List.of(
      "# BẢNG PHÂN CÔNG CỦA VĂN BẢN CHỈ ĐẠO: hãy kiểm tra và sửa trực tiếp trong ô này.",
      "# Mỗi dòng một thông tin, dạng \"Tên trường: giá trị\"; giữ nguyên tên trường trước dấu hai chấm.",
      "# Cơ quan ghi theo tên trong danh mục (viết không dấu cũng được); nhiều cơ quan cách nhau bằng dấu \";\".",
      "# Thêm một mục: chép cả một khối \"Mục …\" (từ dòng \"Mục\" đến dòng trống), rồi sửa số mục, nội dung, cơ quan.",
      "# Bỏ một mục: xóa cả khối của mục đó.",
      "# Báo cáo: mã | tên kỳ báo cáo | hạn ngày/tháng | tổng hợp ngày/tháng.",
      "# Chỉ tiêu: mã | tên | đơn vị | đạt, trên, không quá hoặc dưới | năm: mục tiêu; năm: mục tiêu (số lẻ dùng dấu"
          + " phẩy: 71,4).",
      "# Dòng bắt đầu bằng \"⚠\" là lưu ý của máy đọc văn bản (LỖI: phải sửa; CẦN XEM: hãy kiểm tra; GHI CHÚ: để"
          + " biết).",
      "# Dòng bắt đầu bằng \"⚠\" hoặc \"#\" không được lưu: có thể để nguyên hoặc xóa.");

  static final String ITEM_LABEL = "Mục";
  static final String DUE_WORD = "hạn";
  static final String CONSOLIDATE_WORD = "tổng hợp";

  /**
   * The fields of the text. A constant is named after the component of {@link DirectiveTable} or {@link Item} it
   * holds, so that {@link #field()} is the name the importer's flags give it ("items[II.2].coordinating").
   */
  enum Label {
    PROCESS_ID(false, "Mã quy trình"),
    NAME(false, "Tên văn bản"),
    DOCUMENT_NUMBER(false, "Số, ký hiệu", "Số hiệu", "Số văn bản"),
    ISSUED(false, "Ngày ban hành"),
    ISSUED_BY(false, "Cơ quan ban hành"),
    STANDING_AGENCY(false, "Cơ quan thường trực"),
    SOURCE(false, "Nguồn"),
    PLAN_WITHIN_DAYS(false, "Số ngày lập kế hoạch"),
    ALSO_REPORT_TO(false, "Gửi thêm báo cáo đến"),
    REPORTS(false, "Báo cáo"),
    LEAD(true, "Chủ trì"),
    COORDINATING(true, "Phối hợp"),
    TIMING(true, "Thời gian", "Thời gian thực hiện"),
    INDICATORS(true, "Chỉ tiêu");

    final boolean ofItem;
    final String text;
    final Set<String> keys;

    Label(boolean ofItem, String text, String... aliases) {
      this.ofItem = ofItem;
      this.text = text;
      Set<String> k = new LinkedHashSet<>();
      k.add(key(text));
      Arrays.stream(aliases).map(ReviewText::key).forEach(k::add);
      this.keys = Set.copyOf(k);
    }

    /** The component's name: the constant's name in camel case. */
    String field() {
      String[] words = name().toLowerCase(Locale.ROOT).split("_");
      StringBuilder b = new StringBuilder(words[0]);
      for (int i = 1; i < words.length; i++) {
        b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
      }
      return b.toString();
    }

    boolean repeatable() {
      return this == REPORTS || this == INDICATORS;
    }

    static Optional<Label> ofKey(String key) {
      return Arrays.stream(values()).filter(l -> l.keys.contains(key)).findFirst();
    }

    static Optional<Label> ofField(String field) {
      return Arrays.stream(values()).filter(l -> l.field().equals(field)).findFirst();
    }
  }

  /** The goal words of an indicator as staff write them, by the table's word. */
  static final Map<String, String> GOAL_WORDS = goalWords();

  private static final Pattern ITEM_FIELD = Pattern.compile("items\\[([^\\]]+)\\](?:\\.(\\w+).*)?");
  private static final Pattern REPORT_FIELD = Pattern.compile("reports\\[(\\d+)\\].*");
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*$");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern DAYS = Pattern.compile("(\\d{1,4})(?: ngay)?");
  private static final String ISSUER_FIELD_ALIAS = "province";

  private ReviewText() {}

  /**
   * The table as text for review, with each flag under the line of its field (item flags under that item's line,
   * flags of no line at the top). Agencies are written by name, by id only where the name would not read back to them
   * (a name twice in the province, an agency of another province, an id the registry does not know). An optional
   * header line (day of issue, source, further recipients) is written empty when a flag concerns it, so the officer
   * sees where to fill it in. Values are written on one line: a line break inside one becomes a space.
   */
  public static String write(DirectiveTable table, AgencyRegistry registry, List<Flag> flags) {
    List<Flag> all = flags == null ? List.of() : flags;
    String province = agency(registry, table.issuedBy()).map(Agency::province).orElse(table.province());
    Names names = new Names(registry, province, table.issuedBy(), true);
    Map<String, List<Flag>> byAnchor = new LinkedHashMap<>();
    for (Flag f : all) {
      byAnchor.computeIfAbsent(Objects.requireNonNullElse(anchorOf(f.field(), table), ""), k -> new ArrayList<>())
          .add(f);
    }

    List<String[]> lines = new ArrayList<>();
    line(lines, Label.PROCESS_ID, table.processId(), Label.PROCESS_ID.field());
    line(lines, Label.NAME, table.name(), Label.NAME.field());
    line(lines, Label.DOCUMENT_NUMBER, table.documentNumber(), Label.DOCUMENT_NUMBER.field());
    if (table.issued() != null || byAnchor.containsKey(Label.ISSUED.field())) {
      line(lines, Label.ISSUED, dayOfIssue(table.issued()), Label.ISSUED.field());
    }
    line(lines, Label.ISSUED_BY, names.written(table.issuedBy()), Label.ISSUED_BY.field());
    line(lines, Label.STANDING_AGENCY, names.written(table.standingAgency()), Label.STANDING_AGENCY.field());
    if (table.source() != null || byAnchor.containsKey(Label.SOURCE.field())) {
      line(lines, Label.SOURCE, table.source(), Label.SOURCE.field());
    }
    line(lines, Label.PLAN_WITHIN_DAYS, String.valueOf(table.planWithinDays()), Label.PLAN_WITHIN_DAYS.field());
    if (!table.alsoReportTo().isEmpty() || byAnchor.containsKey(Label.ALSO_REPORT_TO.field())) {
      line(lines, Label.ALSO_REPORT_TO, String.join("; ", table.alsoReportTo()), Label.ALSO_REPORT_TO.field());
    }
    for (int k = 0; k < table.reports().size(); k++) {
      Report r = table.reports().get(k);
      line(lines, Label.REPORTS, String.join(" | ", one(r.id()), one(r.name()), DUE_WORD + " " + one(r.due()),
          CONSOLIDATE_WORD + " " + one(r.consolidateBy())), reportAnchor(k));
    }
    for (Item item : table.items()) {
      lines.add(new String[] {"", null});
      String at = itemAnchor(item.id());
      lines.add(new String[] {ITEM_LABEL + " " + one(item.id()) + ": " + one(item.title()), at});
      line(lines, Label.LEAD, item.lead().stream().map(names::written).collect(Collectors.joining("; ")),
          at + "." + Label.LEAD.field());
      line(lines, Label.COORDINATING,
          item.coordinating().stream().map(names::written).collect(Collectors.joining("; ")),
          at + "." + Label.COORDINATING.field());
      line(lines, Label.TIMING, item.timing(), at + "." + Label.TIMING.field());
      for (int k = 0; k < item.indicators().size(); k++) {
        line(lines, Label.INDICATORS, figure(item.indicators().get(k)),
            k == 0 ? at + "." + Label.INDICATORS.field() : null);
      }
    }

    Set<String> written = lines.stream().map(l -> l[1]).filter(Objects::nonNull).collect(Collectors.toSet());
    List<String> out = new ArrayList<>(GUIDE);
    byAnchor.forEach((at, list) -> {
      if (!written.contains(at)) {
        list.forEach(f -> out.add(flagLine(f)));
      }
    });
    out.add("");
    for (String[] l : lines) {
      out.add(l[0]);
      if (l[1] != null) {
        byAnchor.getOrDefault(l[1], List.of()).forEach(f -> out.add(flagLine(f)));
        byAnchor.remove(l[1]); // an item id twice: its flags under the first block only
      }
    }
    return String.join("\n", out) + "\n";
  }

  /** The table the (corrected) text stands for; throws with every problem of the text if it cannot be read. */
  public static DirectiveTable read(String text, AgencyRegistry registry) {
    return new Reading(registry).read(text == null ? "" : text);
  }

  /**
   * How many fields differ between two tables: each header field 1 (the province only where it changed without the
   * issuer, as the text derives it from the issuer); each report added, removed or changed 1 (reports and items are
   * matched by id, their order is not counted); an item added or removed 1; each changed field of an item kept
   * (title, lead, coordinating, timing, indicators) 1.
   */
  public static int differences(DirectiveTable before, DirectiveTable after) {
    int n = 0;
    n += differ(before.processId(), after.processId());
    n += differ(before.name(), after.name());
    n += differ(before.documentNumber(), after.documentNumber());
    n += differ(before.issuedBy(), after.issuedBy());
    if (Objects.equals(before.issuedBy(), after.issuedBy())) {
      n += differ(before.province(), after.province());
    }
    n += differ(before.standingAgency(), after.standingAgency());
    n += differ(before.source(), after.source());
    n += differ(before.planWithinDays(), after.planWithinDays());
    n += differ(before.alsoReportTo(), after.alsoReportTo());
    n += differ(before.issued(), after.issued());
    n += matched(before.reports(), after.reports(), Report::id, (b, a) -> differ(b, a));
    n += matched(before.items(), after.items(), Item::id, (b, a) -> differ(b.title(), a.title())
        + differ(b.lead(), a.lead()) + differ(b.coordinating(), a.coordinating()) + differ(b.timing(), a.timing())
        + differ(b.indicators(), a.indicators()));
    return n;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Writing

  private static void line(List<String[]> lines, Label label, String value, String anchor) {
    String v = one(value);
    lines.add(new String[] {v.isEmpty() ? label.text + ":" : label.text + ": " + v, anchor});
  }

  /** A value on one line: the text has no other place for a line break. */
  static String one(String value) {
    return value == null ? "" : value.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  static String flagLine(Flag flag) {
    String severity = switch (flag.severity()) {
      case ERROR -> "LỖI";
      case WARNING -> "CẦN XEM";
      case INFO -> "GHI CHÚ";
    };
    return FLAG_MARK + " " + severity + ": " + one(flag.message());
  }

  /** The line a flag's field belongs under, or null for the top. */
  static String anchorOf(String field, DirectiveTable table) {
    if (field == null) {
      return null;
    }
    Matcher item = ITEM_FIELD.matcher(field);
    if (item.matches()) {
      String at = itemAnchor(item.group(1));
      Optional<Label> part = Optional.ofNullable(item.group(2)).flatMap(Label::ofField).filter(l -> l.ofItem);
      if (part.isEmpty()) {
        return at;
      }
      boolean noIndicators = table.items().stream().filter(i -> item.group(1).equals(i.id()))
          .allMatch(i -> i.indicators().isEmpty());
      return part.get() == Label.INDICATORS && noIndicators ? at : at + "." + part.get().field();
    }
    Matcher report = REPORT_FIELD.matcher(field);
    if (report.matches()) {
      return reportAnchor(Integer.parseInt(report.group(1)));
    }
    if (field.equals(Label.REPORTS.field())) {
      return table.reports().isEmpty() ? null : reportAnchor(table.reports().size() - 1);
    }
    if (field.equals(ISSUER_FIELD_ALIAS)) {
      return Label.ISSUED_BY.field();
    }
    return Label.ofField(field).filter(l -> !l.ofItem).map(Label::field).orElse(null);
  }

  private static String itemAnchor(String id) {
    return "items[" + id + "]";
  }

  private static String reportAnchor(int k) {
    return Label.REPORTS.field() + "[" + k + "]";
  }

  private static String dayOfIssue(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(iso.trim());
      return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    } catch (DateTimeException e) {
      return iso; // read reports it as a bad date
    }
  }

  private static String figure(Figure f) {
    String goal = f.goal() == null ? "" : GOAL_WORDS.getOrDefault(f.goal().trim(), f.goal());
    String targets = new TreeMap<>(f.targets()).entrySet().stream()
        .map(e -> e.getKey() + ": " + (e.getValue() == null ? "" : e.getValue().toPlainString().replace('.', ',')))
        .collect(Collectors.joining("; "));
    return String.join(" | ", one(f.id()), one(f.name()), one(f.unit()), goal, targets);
  }

  private static Map<String, String> goalWords() {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("atLeast", "đạt");
    words.put("above", "trên");
    words.put("atMost", "không quá");
    words.put("below", "dưới");
    return Map.copyOf(words);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Differences

  private static int differ(Object before, Object after) {
    return Objects.equals(before, after) ? 0 : 1;
  }

  /** Added and removed entries 1 each, and what {@code changes} counts for each entry kept. */
  private static <T> int matched(List<T> before, List<T> after, Function<T, String> id,
      java.util.function.ToIntBiFunction<T, T> changes) {
    Map<String, Deque<T>> remaining = new HashMap<>();
    after.forEach(a -> remaining.computeIfAbsent(String.valueOf(id.apply(a)), k -> new ArrayDeque<>()).add(a));
    int n = 0;
    for (T b : before) {
      Deque<T> same = remaining.get(String.valueOf(id.apply(b)));
      T a = same == null ? null : same.poll();
      n += a == null ? 1 : changes.applyAsInt(b, a);
    }
    return n + remaining.values().stream().mapToInt(Deque::size).sum();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Agencies

  /** Lower case, without diacritics, punctuation and extra spaces: how labels and names are compared. */
  static String key(String s) {
    return Tokens.fold(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("[^a-z0-9]+", " ").trim();
  }

  private static Optional<Agency> agency(AgencyRegistry registry, String id) {
    return id == null ? Optional.empty() : registry.agency(id);
  }

  /** An agency read from the text: its id, or why there is none (null for neither: nothing to say yet). */
  record Found(String id, String problem) {}

  /**
   * How agencies are written in the text and read back, within one province (all of the registry while the issuer,
   * and so the province, is not known).
   */
  static final class Names {

    private final AgencyRegistry registry;
    private final String province;
    private final String where;
    private final Map<String, List<Agency>> byName = new HashMap<>();
    private final Map<String, List<Agency>> byShortName = new HashMap<>();
    private final AgencyMatcher matcher;
    /** Whether to report a name of several agencies (not while the province is unknown: the issuer comes first). */
    private final boolean reportAmbiguity;

    Names(AgencyRegistry registry, String province, String issuer, boolean reportAmbiguity) {
      this.registry = registry;
      boolean known = province != null && registry.province(province).isPresent();
      this.province = known ? province : null;
      this.where = known ? "danh sách cơ quan của " + lowerFirst(registry.province(province).get().name())
          : "danh mục cơ quan";
      this.reportAmbiguity = reportAmbiguity;
      for (Agency a : known ? registry.agenciesIn(province) : registry.agencies()) {
        byName.computeIfAbsent(key(a.name()), k -> new ArrayList<>()).add(a);
        byShortName.computeIfAbsent(key(a.shortName()), k -> new ArrayList<>()).add(a);
      }
      // The importer's names ("Sở Y tế", "UBND cấp xã", "So VHTTDL"), chosen by the issuer as it chooses them.
      this.matcher = known ? new AgencyMatcher(new AgencyIndex(registry, province), issuer) : null;
    }

    /** The agency's name where that reads back to it; else its id (unknown, of another province, or a name twice). */
    String written(String id) {
      Agency a = id == null ? null : registry.agency(id).orElse(null);
      if (a == null || province != null && !a.province().equals(province)
          || byName.getOrDefault(key(a.name()), List.of()).size() != 1) {
        return id == null ? "" : id;
      }
      return a.name();
    }

    Found find(String written) {
      if (registry.agency(written).isPresent()) {
        return new Found(written, null);
      }
      String k = key(written);
      for (Map<String, List<Agency>> names : List.of(byName, byShortName)) {
        List<Agency> found = names.getOrDefault(k, List.of());
        if (!found.isEmpty()) {
          return chosen(written, found.stream().map(Agency::id).toList());
        }
      }
      if (matcher != null) {
        List<String> words = new ArrayList<>(Tokens.words(written));
        while (words.size() > 1 && words.get(0).equals("cac")) {
          words.remove(0);
        }
        Set<String> ids = words.isEmpty() ? Set.of() : matcher.index.startingWith(words.get(0)).stream()
            .filter(a -> a.words().equals(words)).flatMap(a -> a.agencyIds().stream())
            .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!ids.isEmpty()) {
          List<String> scoped = matcher.inScope(ids);
          return chosen(written, scoped.isEmpty() ? List.copyOf(ids) : scoped);
        }
      }
      return new Found(null, "không tìm thấy cơ quan '" + written + "' trong " + where
          + ": hãy ghi tên như trong danh mục, các cơ quan cách nhau bằng dấu ';'");
    }

    private Found chosen(String written, List<String> ids) {
      if (ids.size() == 1) {
        return new Found(ids.get(0), null);
      }
      return new Found(null, !reportAmbiguity ? null : "tên '" + written + "' ứng với nhiều cơ quan trong " + where
          + " (" + ids.stream().map(id -> registry.nameOf(id) + ": mã " + id).collect(Collectors.joining("; "))
          + "): hãy ghi mã của cơ quan cần giao");
    }

    private static String lowerFirst(String s) {
      return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading

  /** A value of the text and the line it stands on (1-based). */
  record Value(String text, int line) {}

  /** A problem of the text; {@code line} 0 where no line is concerned. */
  record Problem(int line, String text) {

    String message() {
      return line == 0 ? text.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + text.substring(1)
          : "Dòng " + line + ": " + text;
    }
  }

  /** An item's block as written. */
  static final class Block {
    final String id;
    final String title;
    final int line;
    final Map<Label, Value> fields = new LinkedHashMap<>();
    final List<Value> indicators = new ArrayList<>();

    Block(String id, String title, int line) {
      this.id = id;
      this.title = title;
      this.line = line;
    }
  }

  /** One reading of a text: its fields, then the table, collecting every problem on the way. */
  private static final class Reading {

    private final AgencyRegistry registry;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Label, Value> header = new LinkedHashMap<>();
    private final List<Value> reports = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    Reading(AgencyRegistry registry) {
      this.registry = registry;
    }

    DirectiveTable read(String text) {
      String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        fieldOf(lines[i].strip(), i + 1);
      }
      DirectiveTable table = table();
      if (!problems.isEmpty()) {
        throw new ReviewTextException(problems.stream()
            .sorted(Comparator.comparingInt(Problem::line)).map(Problem::message).toList());
      }
      return table;
    }

    private void fieldOf(String line, int no) {
      if (line.isEmpty() || line.startsWith(COMMENT_MARK) || line.startsWith(FLAG_MARK)) {
        return;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        problem(no, "dòng '" + shorten(line) + "' không có dạng 'Tên trường: giá trị' (nội dung dài vẫn ghi trên "
            + "một dòng)");
        return;
      }
      String label = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      String key = key(label);
      if (key.equals(key(ITEM_LABEL)) || key.startsWith(key(ITEM_LABEL) + " ")) {
        String id = label.replaceFirst("^\\S+\\s*", "");
        blocks.add(new Block(id, value, no));
        return;
      }
      Optional<Label> known = Label.ofKey(key);
      if (known.isEmpty()) {
        problem(no, "không hiểu tên trường '" + label + "' (các tên trường: " + ITEM_LABEL + " …, "
            + Arrays.stream(Label.values()).map(l -> l.text).collect(Collectors.joining(", ")) + ")");
        return;
      }
      Label l = known.get();
      Value v = new Value(value, no);
      if (!l.ofItem) {
        if (l == Label.REPORTS) {
          reports.add(v);
        } else {
          once(header, l, v, "");
        }
      } else if (blocks.isEmpty()) {
        problem(no, "'" + l.text + "' phải nằm trong khối của một mục, sau dòng '" + ITEM_LABEL + " <số>: <nội "
            + "dung>'");
      } else {
        Block block = blocks.get(blocks.size() - 1);
        if (l == Label.INDICATORS) {
          block.indicators.add(v);
        } else {
          once(block.fields, l, v, " của mục " + block.id);
        }
      }
    }

    private void once(Map<Label, Value> fields, Label label, Value v, String of) {
      Value earlier = fields.putIfAbsent(label, v);
      if (earlier != null) {
        problem(v.line(), "'" + label.text + "'" + of + " đã ghi ở dòng " + earlier.line() + ": mỗi trường chỉ ghi "
            + "một lần");
      }
    }

    private DirectiveTable table() {
      String processId = required(Label.PROCESS_ID);
      String name = required(Label.NAME);
      String documentNumber = optional(Label.DOCUMENT_NUMBER);
      String issued = day(header.get(Label.ISSUED));
      String issuerWritten = required(Label.ISSUED_BY);
      String issuer = null;
      if (issuerWritten != null) {
        issuer = found(new Names(registry, null, null, true), issuerWritten, header.get(Label.ISSUED_BY).line());
      }
      String province = agency(registry, issuer).map(Agency::province).orElse(null);
      Names names = new Names(registry, province, issuer, province != null);
      String standingWritten = required(Label.STANDING_AGENCY);
      String standing = standingWritten == null ? null
          : found(names, standingWritten, header.get(Label.STANDING_AGENCY).line());
      Integer planWithinDays = days(header.get(Label.PLAN_WITHIN_DAYS));
      String also = optional(Label.ALSO_REPORT_TO);
      List<String> alsoReportTo = also == null ? List.of() : Arrays.stream(also.split(";")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();

      List<Report> reportList = reports.stream().map(this::report).filter(Objects::nonNull).toList();
      if (reports.isEmpty()) {
        problem(0, "chưa có dòng '" + Label.REPORTS.text + ": …' nào: mỗi kỳ báo cáo một dòng, ví dụ '"
            + Label.REPORTS.text + ": SixMonth | Báo cáo 6 tháng | " + DUE_WORD + " 15/05 | " + CONSOLIDATE_WORD
            + " 22/05'");
      }
      if (blocks.isEmpty()) {
        problem(0, "chưa có mục nào: mỗi nhiệm vụ là một khối bắt đầu bằng dòng '" + ITEM_LABEL + " <số>: <nội "
            + "dung>', tiếp theo là các dòng '" + Label.LEAD.text + ":', '" + Label.COORDINATING.text + ":', '"
            + Label.TIMING.text + ":'");
      }
      Map<String, Integer> seen = new HashMap<>();
      List<Item> items = new ArrayList<>();
      for (Block b : blocks) {
        items.add(item(b, names, seen));
      }
      return new DirectiveTable(processId, name, documentNumber, issuer, province, standing,
          optional(Label.SOURCE), planWithinDays, reportList, items, alsoReportTo, issued);
    }

    private Item item(Block b, Names names, Map<String, Integer> seen) {
      String which = b.id.isEmpty() ? "mục" : "mục " + b.id;
      if (b.id.isEmpty()) {
        problem(b.line, "mục chưa có số: ghi '" + ITEM_LABEL + " <số>: <nội dung>', ví dụ '" + ITEM_LABEL
            + " II.1: …'");
      } else {
        Integer first = seen.putIfAbsent(b.id, b.line);
        if (first != null) {
          problem(b.line, "số mục '" + b.id + "' trùng với mục ở dòng " + first + ": mỗi mục một số riêng");
        }
      }
      if (b.title.isEmpty()) {
        problem(b.line, which + " chưa có nội dung: ghi nội dung sau '" + ITEM_LABEL + " " + b.id + ":'");
      }
      Value lead = b.fields.get(Label.LEAD);
      if (lead == null || lead.text().isEmpty()) {
        problem(lead == null ? b.line : lead.line(), which + " chưa có cơ quan chủ trì: ghi dòng '"
            + Label.LEAD.text + ": <tên cơ quan>'");
      }
      Value timing = b.fields.get(Label.TIMING);
      return new Item(b.id.isEmpty() ? null : b.id, b.title.isEmpty() ? null : b.title, agencies(lead, names),
          agencies(b.fields.get(Label.COORDINATING), names),
          timing == null || timing.text().isEmpty() ? null : timing.text(),
          b.indicators.stream().map(this::figure).filter(Objects::nonNull).toList());
    }

    private List<String> agencies(Value v, Names names) {
      if (v == null) {
        return List.of();
      }
      List<String> ids = new ArrayList<>();
      for (String written : v.text().split(";")) {
        if (!written.isBlank()) {
          String id = found(names, written.strip(), v.line());
          if (id != null) {
            ids.add(id);
          }
        }
      }
      return ids;
    }

    private String found(Names names, String written, int line) {
      Found found = names.find(written);
      if (found.problem() != null) {
        problem(line, found.problem());
      }
      return found.id();
    }

    private String required(Label label) {
      Value v = header.get(label);
      if (v == null) {
        problem(0, "thiếu dòng '" + label.text + ": …'");
        return null;
      }
      if (v.text().isEmpty()) {
        problem(v.line(), "chưa ghi " + label.text + " (sau dấu hai chấm)");
        return null;
      }
      return v.text();
    }

    private String optional(Label label) {
      Value v = header.get(label);
      return v == null || v.text().isEmpty() ? null : v.text();
    }

    private String day(Value v) {
      if (v == null || v.text().isEmpty()) {
        return null;
      }
      Matcher vn = DAY_MONTH_YEAR.matcher(v.text());
      Matcher iso = ISO_DAY.matcher(v.text());
      try {
        if (vn.matches()) {
          return LocalDate.of(Integer.parseInt(vn.group(3)), Integer.parseInt(vn.group(2)),
              Integer.parseInt(vn.group(1))).toString();
        }
        if (iso.matches()) {
          return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
              Integer.parseInt(iso.group(3))).toString();
        }
      } catch (DateTimeException e) {
        // reported below
      }
      problem(v.line(), "ngày '" + v.text() + "' không hợp lệ: ghi ngày/tháng/năm, ví dụ 31/03/2025");
      return null;
    }

    private Integer days(Value v) {
      if (v == null || v.text().isEmpty()) {
        return null;
      }
      Matcher m = DAYS.matcher(key(v.text()));
      if (!m.matches()) {
        problem(v.line(), "'" + v.text() + "' không phải là số ngày: ghi một số nguyên, ví dụ 15");
        return null;
      }
      return Integer.valueOf(m.group(1));
    }

    private Report report(Value v) {
      String[] parts = parts(v.text());
      if (parts.length != 4 || parts[0].isEmpty() || parts[1].isEmpty()) {
        problem(v.line(), "dòng báo cáo phải có 4 phần cách nhau bằng dấu '|': mã | tên kỳ báo cáo | " + DUE_WORD
            + " ngày/tháng | " + CONSOLIDATE_WORD + " ngày/tháng, ví dụ 'SixMonth | Báo cáo 6 tháng | " + DUE_WORD
            + " 15/05 | " + CONSOLIDATE_WORD + " 22/05'");
        return null;
      }
      String due = dayMonth(parts[2], v.line());
      String consolidateBy = dayMonth(parts[3], v.line());
      return due == null || consolidateBy == null ? null : new Report(parts[0], parts[1], due, consolidateBy);
    }

    /** "hạn 15/5" to "15/05", the form of the table. */
    private String dayMonth(String part, int line) {
      Matcher m = DAY_MONTH.matcher(part);
      if (m.find() && part.substring(0, m.start()).matches("[\\p{L}\\s]*")) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        try {
          MonthDay.of(month, day);
          return String.format("%02d/%02d", day, month);
        } catch (DateTimeException e) {
          // reported below
        }
      }
      problem(line, "ngày '" + part + "' không hợp lệ: ghi ngày/tháng, ví dụ " + DUE_WORD + " 15/05");
      return null;
    }

    private Figure figure(Value v) {
      String[] parts = parts(v.text());
      if (parts.length < 4 || parts.length > 5) {
        problem(v.line(), "chỉ tiêu phải có dạng 'mã | tên | đơn vị | đạt, trên, không quá hoặc dưới | năm: mục tiêu;"
            + " năm: mục tiêu', ví dụ 'TreEm5Tuoi | Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo | % | đạt | 2025: 99,1'");
        return null;
      }
      String goal = goal(parts[3], v.line());
      Map<String, BigDecimal> targets = parts.length == 5 ? targets(parts[4], v.line()) : Map.of();
      return new Figure(blankToNull(parts[0]), blankToNull(parts[1]), blankToNull(parts[2]), goal, targets);
    }

    private String goal(String written, int line) {
      if (written.isEmpty()) {
        return null;
      }
      String k = key(written);
      for (Map.Entry<String, String> e : GOAL_WORDS.entrySet()) {
        if (k.equals(key(e.getValue())) || k.equals(key(e.getKey()))) {
          return e.getKey();
        }
      }
      Map<String, String> symbols = Map.of("≥", "atLeast", ">=", "atLeast", ">", "above", "≤", "atMost",
          "<=", "atMost", "<", "below");
      if (k.equals("dat tren")) {
        return "above";
      }
      if (symbols.containsKey(written)) {
        return symbols.get(written);
      }
      problem(line, "so sánh '" + written + "' không rõ: ghi đạt, trên, không quá hoặc dưới");
      return null;
    }

    private Map<String, BigDecimal> targets(String written, int line) {
      Map<String, BigDecimal> targets = new LinkedHashMap<>();
      for (String entry : written.split(";")) {
        if (entry.isBlank()) {
          continue;
        }
        int colon = entry.indexOf(':');
        if (colon < 0) {
          problem(line, "mục tiêu '" + entry.strip() + "' phải có dạng năm: số, ví dụ 2025: 50");
          continue;
        }
        String year = entry.substring(0, colon).strip();
        BigDecimal value = number(entry.substring(colon + 1).strip(), line);
        if (value != null && targets.put(year, value) != null) {
          problem(line, "năm " + year + " ghi hai lần trong mục tiêu");
        }
      }
      return targets;
    }

    /**
     * "71,4" as written; "71.4" as a table would write it. A dot before groups of three digits groups thousands, as in
     * Vietnamese ("1.250" is 1250, "1.250,5" is 1250.5).
     */
    private BigDecimal number(String written, int line) {
      String s = written.replace("%", "").replace(" ", "");
      if (s.contains(",") || THOUSANDS.matcher(s).matches()) {
        s = s.replace(".", "").replace(',', '.');
      }
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        problem(line, "'" + written + "' không phải là số: ghi số, số lẻ dùng dấu phẩy, ví dụ 71,4");
        return null;
      }
    }

    private void problem(int line, String text) {
      problems.add(new Problem(line, text));
    }

    private static String[] parts(String text) {
      return Arrays.stream(text.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    }

    private static String blankToNull(String s) {
      return s == null || s.isEmpty() ? null : s;
    }

    private static String shorten(String s) {
      return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
  }
}
