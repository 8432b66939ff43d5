package vn.cpreferrals.directive;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;

/**
 * A directive written as a table (directives/*.yaml): its items with lead and coordinating agencies and timing, and its
 * report deadlines. The documented input from which the directive's BPMN model is generated. {@code alsoReportTo}
 * names recipients of the consolidated report beyond the issuing committee that are not agencies of the registry
 * (a Ministry).
 */
public record DirectiveTable(
    String processId,
    String name,
    String documentNumber,
    String issuedBy,
    String province,
    String standingAgency,
    String source,
    Integer planWithinDays,
    List<Report> reports,
    List<Item> items,
    List<String> alsoReportTo,
    String issued) {

  /** The first day of two-level local government: from then on a class of units is addressed unit by unit. */
  static final java.time.LocalDate TODAYS_STRUCTURE = java.time.LocalDate.of(2025, 7, 1);

  /** A report deadline; {@code due} and {@code consolidateBy} are "dd/MM" of the year the directive is started for. */
  public record Report(String id, String name, String due, String consolidateBy) {

    /** {@link #due} as a day of the year; {@link #problems} has reported it if it is not one. */
    public MonthDay dueDay() {
      return dayMonth(due);
    }

    public MonthDay consolidateDay() {
      return dayMonth(consolidateBy);
    }
  }

  /** {@code timing} is the wording of the directive, shown to staff; {@link #resolvedTiming} is what it means. */
  public record Item(String id, String title, List<String> lead, List<String> coordinating, String timing,
      List<Figure> indicators) {

    public Item {
      lead = lead == null ? List.of() : List.copyOf(lead);
      coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
      indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public Item(String id, String title, List<String> lead, List<String> coordinating, String timing) {
      this(id, title, lead, coordinating, timing, List.of());
    }

    /** The timing resolved from its wording; throws with a message for whoever writes the table if it is unclear. */
    public Timing resolvedTiming() {
      return Timing.parse(timing);
    }
  }

  /**
   * A figure the item's lead reports with each report ({@link Indicator}), as the table writes it: {@code goal} one
   * of atLeast, above, atMost, below; {@code targets} by year ("2025": 50).
   */
  public record Figure(String id, String name, String unit, String goal, java.util.Map<String, BigDecimal> targets) {

    public Figure {
      targets = targets == null ? java.util.Map.of() : java.util.Map.copyOf(targets);
    }

    /** What it means; {@link #problems} has reported whatever would make this throw. */
    public Indicator indicator() {
      java.util.TreeMap<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
      targets.forEach((year, value) -> byYear.put(Integer.valueOf(year.trim()), value));
      return new Indicator(id, name, unit == null ? "" : unit.trim(),
          goal == null ? null : Indicator.Goal.ofTableWord(goal.trim()).orElseThrow(), byYear);
    }

    void check(String item, Set<String> ids, List<String> problems) {
      String where = "mục " + item + ", chỉ tiêu '" + id + "'";
      if (id == null || !id.matches("[A-Za-z0-9]+") || !ids.add(id)) {
        problems.add(where + ": mã chỉ tiêu phải là chữ/số và không trùng trong văn bản");
      }
      if (name == null || name.isBlank()) {
        problems.add(where + ": thiếu tên chỉ tiêu");
      }
      if (goal != null && Indicator.Goal.ofTableWord(goal.trim()).isEmpty()) {
        problems.add(where + ": goal phải là atLeast, above, atMost hoặc below");
      }
      if (!targets.isEmpty() && goal == null) {
        problems.add(where + ": có mục tiêu thì phải ghi goal (atLeast, above, atMost, below)");
      }
      targets.forEach((year, value) -> {
        if (year == null || !year.trim().matches("\\d{4}")) {
          problems.add(where + ": năm mục tiêu '" + year + "' phải có 4 chữ số");
        }
        if (value == null || value.signum() < 0 || ("%".equals(unit) && value.compareTo(BigDecimal.valueOf(100)) > 0)) {
          problems.add(where + ": mục tiêu " + value + " không hợp lệ" + ("%".equals(unit) ? " (0–100%)" : ""));
        }
      });
    }
  }

  public DirectiveTable {
    reports = reports == null ? List.of() : List.copyOf(reports);
    items = items == null ? List.of() : List.copyOf(items);
    planWithinDays = planWithinDays == null ? 15 : planWithinDays;
    alsoReportTo = alsoReportTo == null ? List.of() : List.copyOf(alsoReportTo);
  }

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

  public static DirectiveTable read(InputStream in) throws IOException {
    return YAML.readValue(in, DirectiveTable.class);
  }

  /** The table in the format of {@code directives/*.yaml}, as a reviewed import is kept with its deployment. */
  public String toYaml() {
    try {
      return YAML.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
          .writeValueAsString(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("A directive table always serialises", e);
    }
  }

  public static DirectiveTable fromYaml(String yaml) {
    try {
      return YAML.readValue(yaml, DirectiveTable.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a directive table: " + e.getMessage(), e);
    }
  }

  /** Every problem that would make the generated model wrong, in Vietnamese for whoever writes the table. */
  /** The day the directive was issued, if the table gives it. */
  java.time.LocalDate issuedOn() {
    try {
      return issued == null ? null : java.time.LocalDate.parse(issued.trim());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The units a class stood for on the day of issue ({@link AgencyRegistry#membersOf(String, java.time.LocalDate)}),
   * each of which the directive addresses on its own; none for a table without {@code issued} or a class with no
   * units that day, which stays one addressee.
   */
  List<Agency> membersOf(AgencyRegistry registry, String classId) {
    java.time.LocalDate day = issuedOn();
    return day == null ? List.of() : registry.membersOf(classId, day);
  }

  /**
   * Whether the directive is of today's structure (issued from 1/7/2025), where a class must stand for units of it: a
   * class with none (a district's, or a level that ended) is refused. Earlier directives keep such a class as one
   * addressee, as they were written and run.
   */
  boolean addressesUnitByUnit() {
    java.time.LocalDate day = issuedOn();
    return day != null && !day.isBefore(TODAYS_STRUCTURE);
  }

  public List<String> problems(AgencyRegistry registry) {
    List<String> problems = new ArrayList<>();
    if (processId == null || !processId.matches(DirectiveProcess.DIRECTIVE_KEY_PREFIX + "[A-Za-z0-9_]+")) {
      problems.add("processId phải có dạng " + DirectiveProcess.DIRECTIVE_KEY_PREFIX
          + "TenKhongDau_Nam_So (chữ, số, gạch dưới)");
    }
    if (issued != null && issuedOn() == null) {
      problems.add("issued phải là ngày ban hành dạng yyyy-MM-dd, ví dụ 2025-09-15");
    }
    checkAgency(registry, issuedBy, "issuedBy", problems);
    checkAgency(registry, standingAgency, "standingAgency", problems);
    if (registry.province(province).isEmpty()) {
      problems.add("province '" + province + "' không có trong danh mục");
    }
    checkPlainText("tên, số văn bản, nguồn", problems, name, documentNumber, source);
    alsoReportTo.forEach(recipient -> checkPlainText("nơi nhận báo cáo", problems, recipient));
    Set<String> reportIds = new HashSet<>();
    for (Report r : reports) {
      checkPlainText("kỳ báo cáo " + r.id(), problems, r.name());
      if (r.id() == null || !r.id().matches("[A-Za-z0-9]+") || !reportIds.add(r.id())) {
        problems.add("mã kỳ báo cáo '" + r.id() + "' phải là chữ/số và không trùng");
      }
      checkDayMonth(r.due(), "reports." + r.id() + ".due", problems);
      checkDayMonth(r.consolidateBy(), "reports." + r.id() + ".consolidateBy", problems);
    }
    Set<String> itemIds = new HashSet<>();
    Set<String> indicatorIds = new HashSet<>();
    for (Item item : items) {
      if (item.id() == null || !itemIds.add(item.id())) {
        problems.add("mục '" + item.id() + "' thiếu mã hoặc trùng mã");
      }
      if (item.title() == null || item.title().isBlank()) {
        problems.add("mục " + item.id() + " thiếu nội dung");
      }
      if (item.lead().isEmpty()) {
        problems.add("mục " + item.id() + " thiếu cơ quan chủ trì");
      }
      item.lead().forEach(a -> checkAgency(registry, a, "mục " + item.id() + " chủ trì", problems));
      item.coordinating().forEach(a -> checkAgency(registry, a, "mục " + item.id() + " phối hợp", problems));
      if (addressesUnitByUnit()) {
        java.util.stream.Stream.concat(item.lead().stream(), item.coordinating().stream())
            .filter(a -> registry.agency(a).map(u -> u.kind() == vn.cpreferrals.agency.AgencyKind.UNIT_CLASS)
                .orElse(false))
            .filter(a -> membersOf(registry, a).isEmpty())
            .forEach(a -> problems.add("mục " + item.id() + ": '" + registry.nameOf(a) + "' không còn đơn vị nào "
                + "trong cơ cấu từ 1/7/2025 (cấp huyện đã kết thúc) hoặc chưa có trong danh mục; hãy ghi từng đơn vị"));
      }
      item.indicators().forEach(f -> f.check(item.id(), indicatorIds, problems));
      if (item.indicators().size() > DirectiveProcess.INDICATOR_SLOTS) {
        problems.add("mục " + item.id() + ": tối đa " + DirectiveProcess.INDICATOR_SLOTS + " chỉ tiêu mỗi mục "
            + "(biểu mẫu báo cáo có " + DirectiveProcess.INDICATOR_SLOTS + " ô số liệu); hãy tách mục");
      }
      checkPlainText("mục " + item.id(), problems, item.id(), item.title(), item.timing());
      item.indicators().forEach(f -> checkPlainText("mục " + item.id(), problems, f.name(), f.unit()));
      try {
        item.resolvedTiming();
      } catch (IllegalArgumentException e) {
        problems.add("mục " + item.id() + ": " + e.getMessage());
      }
    }
    return problems;
  }

  /**
   * The generator writes titles and wording into the model as constant inputs, and the engine evaluates any input
   * holding "${" or "#{" as an expression. A table imported from an uploaded text must not smuggle code into a model.
   */
  private static void checkPlainText(String where, List<String> problems, String... texts) {
    for (String text : texts) {
      if (text != null && (text.contains("${") || text.contains("#{"))) {
        problems.add(where + ": không được chứa ký hiệu '${' hoặc '#{' (\"" + abbreviate(text) + "\")");
        return;
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }

  private void checkAgency(AgencyRegistry registry, String id, String field, List<String> problems) {
    Agency agency = id == null ? null : registry.agency(id).orElse(null);
    if (agency == null) {
      problems.add(field + ": cơ quan '" + id + "' không có trong danh mục");
    } else if (!agency.province().equals(province)) {
      problems.add(field + ": cơ quan '" + id + "' thuộc tỉnh khác (" + agency.province() + ")");
    } else if (issuedOn() != null && !registry.existsOn(id, issuedOn())) {
      problems.add(field + ": '" + agency.name() + "' không còn tồn tại vào ngày ban hành "
          + issuedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
  }

  private static void checkDayMonth(String value, String field, List<String> problems) {
    try {
      dayMonth(value);
    } catch (IllegalArgumentException | DateTimeException e) {
      problems.add(field + " phải có dạng dd/MM");
    }
  }

  /** "15/05" to a day of the year. */
  static MonthDay dayMonth(String value) {
    if (value == null || !value.matches("\\d{2}/\\d{2}")) {
      throw new IllegalArgumentException("'" + value + "' không có dạng dd/MM");
    }
    return MonthDay.of(Integer.parseInt(value.substring(3)), Integer.parseInt(value.substring(0, 2)));
  }
}
