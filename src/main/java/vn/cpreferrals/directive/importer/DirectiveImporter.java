package vn.cpreferrals.directive.importer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.Province;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.directive.importer.AgencyMatcher.Mention;
import vn.cpreferrals.directive.importer.DocumentLayout.Block;
import vn.cpreferrals.directive.importer.DocumentLayout.Unit;
import vn.cpreferrals.directive.importer.Tokens.Token;

/**
 * Proposes a directive's table from its text, by rules (no model, no external service): the header (số/ký hiệu, place
 * and date, issuing committee and so the province), the items (numbered entries of the sections that assign work,
 * their leads, coordinators and timing, see {@link Assignments}), the report deadlines and the standing agency reports
 * go through ({@link ReportReader}). Agencies are matched against the registry of the directive's province ({@link
 * AgencyMatcher}). Whatever it is not sure of is flagged ({@link Flag}); the proposal is then checked as a committed
 * table is ({@link DirectiveTable#problems}), and those problems are flagged too. Its accuracy over the five seed texts
 * is measured by {@link ImportAccuracy}.
 */
@Component
public class DirectiveImporter {

  // On text folded by Tokens.foldAligned (lower case, no diacritics); values are cut from the text at the same indices.
  private static final Pattern NUMBER = Pattern.compile("^so\\s*:\\s*(.*)$");
  private static final Pattern DATE = Pattern.compile(
      "^([a-z .]+?),\\s*ngay\\s*(\\d{1,2})?\\s*(?:thang\\s*(\\d{1,2})?)?\\s*nam\\s*(\\d{4})");
  private static final Pattern ACTS = Pattern.compile("^(ban hanh|yeu cau|de nghi|quyet dinh|chi dao|giao)\\b");
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("nam (20\\d{2})");

  private final AgencyRegistry registry;
  private final Map<String, AgencyIndex> indexes = new ConcurrentHashMap<>();

  public DirectiveImporter(AgencyRegistry registry) {
    this.registry = registry;
  }

  /** The proposal for an uploaded file (DOCX, PDF with a text layer, or UTF-8 text). */
  public Proposal propose(byte[] content, String fileName) {
    return propose(DocumentText.of(content, fileName), fileName);
  }

  /** The proposal for a directive's text; {@code source} names where it came from (kept in the table). */
  public Proposal propose(String text, String source) {
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<Flag> flags = new ArrayList<>();
    DocumentLayout layout = DocumentLayout.of(text);
    Header header = header(layout, text, flags);

    String province = province(layout, text);
    if (province == null) {
      flags.add(Flag.error("province", "Không xác định được tỉnh của văn bản trong danh mục ("
          + registry.provinces().stream().map(Province::name).collect(Collectors.joining(", ")) + ")"));
      DirectiveTable empty = new DirectiveTable(null, header.name(null), header.number(), null, null, null, source,
          null, List.of(), List.of(), List.of(), header.issued());
      return new Proposal(empty, flags);
    }
    AgencyIndex index = indexes.computeIfAbsent(province, p -> new AgencyIndex(registry, p));
    String issuer = issuer(layout, header, index, flags);
    AgencyMatcher matcher = new AgencyMatcher(index, issuer);

    List<String> addressees = addressees(layout, matcher, flags);
    Assignments assignments = new Assignments(matcher, flags, addressees);
    List<Assignments.Draft> drafts = new ArrayList<>();
    layout.units.forEach(u -> drafts.addAll(assignments.read(u)));
    Set<String> ids = drafts.stream().map(Assignments.Draft::id).collect(Collectors.toCollection(LinkedHashSet::new));
    String closing = layout.closing.stream().map(Block::text).collect(Collectors.joining("\n"));
    drafts.addAll(assignments.readClosing(closing, ids));

    String unitText = layout.units.stream().map(Unit::text).collect(Collectors.joining("\n\n"));
    ReportReader.Read reports = new ReportReader(matcher, flags).read(closing, unitText,
        standing -> drafts.stream().filter(d -> d.leads().contains(standing))
            .map(d -> layout.units.stream().filter(u -> u.id().equals(d.id())).map(Unit::text).findFirst().orElse(""))
            .collect(Collectors.joining("\n")));
    if (drafts.isEmpty()) {
      flags.add(Flag.error("items", "Không tìm thấy nhiệm vụ nào có cơ quan chủ trì: hãy nhập các mục"));
    }

    List<DirectiveTable.Item> items = drafts.stream()
        .map(d -> new DirectiveTable.Item(d.id(), d.title(), d.leads(), d.coordinating(), d.timing())).toList();
    String name = header.name(issuer == null ? null : registry.nameOf(issuer).replace("Ủy ban nhân dân", "UBND"));
    DirectiveTable table = new DirectiveTable(processId(header, issuer, index), name, header.number(), issuer, province,
        reports.standingAgency(), source, null, reports.reports(), items, reports.alsoReportTo(), header.issued());
    flags.add(Flag.info("processId", "Mã quy trình '" + table.processId() + "' được đặt tự động; có thể đổi trước khi "
        + "triển khai"));
    for (String problem : table.problems(registry)) {
      if (!saidAlready(problem, flags)) {
        flags.add(Flag.error("table", "Kiểm tra bảng: " + problem));
      }
    }
    return new Proposal(table, flags);
  }

  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  /**
   * A field the reader could not fill or read is flagged already, in words: the table check would only say it again
   * ("'null'", or the same unreadable wording quoted a second time).
   */
  static boolean saidAlready(String problem, List<Flag> flags) {
    if (problem.contains("'null'")) {
      return true;
    }
    Matcher quoted = QUOTED.matcher(problem);
    while (quoted.find()) {
      String wording = "'" + quoted.group(1) + "'";
      if (flags.stream().anyMatch(f -> f.severity() == Flag.Severity.ERROR && f.message().contains(wording))) {
        return true;
      }
    }
    return false;
  }

  /** What the header says: kind of document, number, day of issue, subject. */
  record Header(String kind, String number, String issued, Integer year, String subject, String place) {

    String name(String issuerName) {
      return kind + (issuerName == null ? "" : " " + issuerName) + (subject == null ? "" : ": " + subject);
    }
  }

  private Header header(DocumentLayout layout, String text, List<Flag> flags) {
    List<Block> front = layout.front();
    String numberLine = null;
    Integer day = null;
    Integer month = null;
    Integer year = null;
    String place = null;
    String subject = null;
    boolean plan = false;
    for (int i = 0; i < front.size(); i++) {
      String t = front.get(i).text();
      String folded = Tokens.foldAligned(t);
      Matcher n = NUMBER.matcher(folded);
      if (numberLine == null && n.matches()) {
        numberLine = t.substring(n.start(1)).trim();
      }
      Matcher d = DATE.matcher(folded);
      if (place == null && d.find()) {
        place = t.substring(d.start(1), d.end(1)).trim();
        day = d.group(2) == null ? null : Integer.valueOf(d.group(2));
        month = d.group(3) == null ? null : Integer.valueOf(d.group(3));
        year = Integer.valueOf(d.group(4));
      }
      if (folded.startsWith("v/v") || folded.startsWith("ve viec ")) {
        subject = t.substring(folded.startsWith("v/v") ? 3 : "ve viec".length()).trim();
      }
      if (Tokens.fold(t).equals("ke hoach")) {
        plan = true;
        if (subject == null && i + 1 < front.size()) {
          subject = front.get(i + 1).text();
        }
      }
    }
    if (year == null) {
      year = mostFrequentYear(text);
    }
    String symbol = numberLine == null ? null : numberLine.replaceAll("\\s+", "");
    plan = plan || symbol != null && symbol.contains("KH");
    String kind = plan ? "Kế hoạch" : "Công văn";
    String when = day != null && month != null ? "" : month != null ? " (tháng " + month + "/" + year + ")"
        : year != null ? " (" + year + ")" : "";
    String number;
    if (symbol == null) {
      number = "…/" + (plan ? "KH-UBND" : "UBND") + when;
      flags.add(Flag.error("documentNumber", "Không tìm thấy dòng 'Số: …/…' ở đầu văn bản: đề xuất '" + number
          + "', hãy ghi số, ký hiệu đúng"));
    } else if (symbol.startsWith("/") || !symbol.matches("^\\d.*")) {
      number = "…" + (symbol.startsWith("/") ? "" : "/") + symbol + when;
      flags.add(Flag.info("documentNumber", "Văn bản chưa có số (để trống khi dự thảo): số thật được ghi khi khởi "
          + "động chỉ đạo"));
    } else {
      number = symbol;
    }
    String issued = null;
    if (day != null && month != null && year != null) {
      try {
        issued = LocalDate.of(year, month, day).toString();
      } catch (DateTimeException e) {
        flags.add(Flag.error("issued", "Ngày ban hành không hợp lệ: " + day + "/" + month + "/" + year));
      }
    } else {
      flags.add(Flag.info("issued", "Văn bản để trống ngày ban hành: bảng không ghi 'issued' (lớp đơn vị được giao "
          + "như một nơi nhận)"));
    }
    if (subject == null) {
      flags.add(Flag.warning("name", "Không tìm thấy trích yếu (V/v …) hoặc tên kế hoạch: hãy đặt tên văn bản"));
    } else {
      subject = Assignments.shorten(subject.replaceAll("[.;:]+$", ""), 160);
    }
    return new Header(kind, number, issued, year, subject, place);
  }

  private static Integer mostFrequentYear(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = YEAR_IN_TEXT.matcher(Tokens.foldAligned(text));
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> Integer.valueOf(e.getKey()))
        .orElse(null);
  }

  /**
   * The province: named most in the header and text (its name, the names of its districts); the place of the date
   * line and the committee at the top count most.
   */
  private String province(DocumentLayout layout, String text) {
    String folded = " " + Tokens.fold(text).replaceAll("[^a-z0-9]+", " ") + " ";
    String front = " " + Tokens.fold(layout.front().stream().map(Block::text).collect(Collectors.joining(" ")))
        .replaceAll("[^a-z0-9]+", " ") + " ";
    Map<String, Integer> score = new LinkedHashMap<>();
    for (Province p : registry.provinces()) {
      List<String> names = new ArrayList<>();
      names.add(String.join(" ", Tokens.words(p.name().replaceFirst("^(?i)(tỉnh|thành phố)\\s+", ""))));
      for (Agency a : registry.agenciesIn(p.id())) {
        if (a.kind() == AgencyKind.PEOPLES_COMMITTEE && a.level() == AgencyLevel.DISTRICT) {
          String n = String.join(" ", Tokens.words(a.name())).replaceFirst("^uy ban nhan dan (huyen|thi xa|thanh pho|"
              + "quan) ", "");
          names.add(n);
        }
      }
      int s = 0;
      for (String n : new LinkedHashSet<>(names)) {
        s += count(folded, " " + n + " ") + 5 * count(front, " " + n + " ");
      }
      if (s > 0) {
        score.put(p.id(), s);
      }
    }
    return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * The issuing People's Committee: the committee at the top of the header; else the one the text makes the subject
   * of its decision ("UBND huyện Mường Tè ban hành Kế hoạch", "UBND thành phố yêu cầu"), the one reports are sent to
   * ("về UBND thành phố Lai Châu (qua …)") and the place of the date line.
   */
  private String issuer(DocumentLayout layout, Header header, AgencyIndex index, List<Flag> flags) {
    AgencyMatcher open = new AgencyMatcher(index, null);
    StringBuilder caps = new StringBuilder();
    for (Block b : layout.header) {
      if (b.kind() == DocumentLayout.Kind.CAPS && Tokens.fold(b.text()).startsWith("cong hoa")) {
        break;
      }
      if (b.kind() == DocumentLayout.Kind.CAPS) {
        caps.append(b.text()).append(' ');
      }
    }
    Optional<String> top = committees(open, caps.toString()).stream().findFirst();
    if (top.isPresent()) {
      return top.get();
    }
    Map<String, Integer> score = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    layout.front().forEach(b -> texts.add(b.text()));
    layout.closing.forEach(b -> texts.add(b.text()));
    for (String t : texts) {
      List<Token> tokens = Tokens.of(t);
      for (Mention m : open.all(tokens, t)) {
        if (m.agencyIds().size() != 1 || !committee(m.agencyIds().get(0))) {
          continue;
        }
        String after = Tokens.joined(tokens, m.to(), m.to() + 2);
        String before = Tokens.joined(tokens, Math.max(0, m.from() - 2), m.from());
        if (ACTS.matcher(after).find() || before.endsWith("chu tich")) {
          score.merge(m.agencyIds().get(0), 5, Integer::sum);
        } else if (before.endsWith(" ve") || before.equals("ve")) {
          score.merge(m.agencyIds().get(0), 3, Integer::sum);
        }
      }
    }
    if (header.place() != null) {
      String place = String.join(" ", Tokens.words(header.place()));
      for (Agency a : index.registry().agenciesIn(index.province)) {
        if (committee(a.id()) && a.level() != AgencyLevel.COMMUNE
            && String.join(" ", Tokens.words(a.name())).endsWith(" " + place)) {
          score.merge(a.id(), 2, Integer::sum);
        }
      }
    }
    Optional<Map.Entry<String, Integer>> best = score.entrySet().stream().max(Map.Entry.comparingByValue());
    if (best.isEmpty()) {
      flags.add(Flag.error("issuedBy", "Không xác định được cơ quan ban hành: hãy chọn Ủy ban nhân dân ban hành"));
      return null;
    }
    flags.add(Flag.warning("issuedBy", "Đầu văn bản không ghi cơ quan ban hành; suy ra '"
        + registry.nameOf(best.get().getKey()) + "' từ nội dung, hãy kiểm tra"));
    return best.get().getKey();
  }

  private List<String> committees(AgencyMatcher matcher, String text) {
    List<Token> tokens = Tokens.of(text);
    return matcher.all(tokens, text).stream().filter(m -> m.agencyIds().size() == 1)
        .map(m -> m.agencyIds().get(0)).filter(this::committee).toList();
  }

  private boolean committee(String id) {
    return registry.agency(id).map(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).orElse(false);
  }

  /** The agencies of "Kính gửi" (or of the list that opens a text without one). */
  private List<String> addressees(DocumentLayout layout, AgencyMatcher matcher, List<Flag> flags) {
    Set<String> ids = new LinkedHashSet<>();
    Assignments reader = new Assignments(matcher, flags, List.of());
    for (String a : layout.addressees) {
      List<Token> tokens = Tokens.of(a);
      AgencyMatcher.Scan scan = matcher.list(tokens, 0, a);
      List<Mention> mentions = new ArrayList<>(scan.mentions());
      if (mentions.isEmpty()) {
        flags.add(Flag.error("addressees", "Không tìm thấy cơ quan '" + a + "' (Kính gửi) trong danh mục của tỉnh "
            + matcher.index.provinceShortName()));
      }
      ids.addAll(reader.ids(mentions, "addressees"));
    }
    return List.copyOf(ids);
  }

  /** "Directive_MuongTe_2024_KeHoach", "Directive_QuangNgai_2025_KH65". */
  private String processId(Header header, String issuer, AgencyIndex index) {
    String place = issuer == null ? index.provinceShortName()
        : registry.nameOf(issuer).replaceFirst("^Ủy ban nhân dân\\s+(tỉnh\\s+|huyện\\s+|thị xã\\s+)?", "");
    String number = header.kind();
    if (!header.number().startsWith("…") && header.number().contains("/")) {
      String[] parts = header.number().split("/", 2);
      number = parts[1].replaceAll("-.*", "") + parts[0];
    }
    return "Directive_" + pascal(place) + "_" + (header.year() == null ? "" : header.year() + "_") + pascal(number);
  }

  private static String pascal(String s) {
    String ascii = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    StringBuilder b = new StringBuilder();
    for (String w : ascii.split("[^A-Za-z0-9]+")) {
      if (!w.isEmpty()) {
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return b.toString();
  }
}
