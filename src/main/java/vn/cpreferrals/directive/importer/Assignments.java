package vn.cpreferrals.directive.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.directive.importer.AgencyMatcher.Kind;
import vn.cpreferrals.directive.importer.AgencyMatcher.Mention;
import vn.cpreferrals.directive.importer.DocumentLayout.Block;
import vn.cpreferrals.directive.importer.DocumentLayout.Unit;
import vn.cpreferrals.directive.importer.Tokens.Token;

/**
 * Who leads and who coordinates each numbered entry, in the layouts directives use: labelled lines ("Cơ quan chủ trì:
 * Sở Y tế." / "Cơ quan phối hợp: …" / "Thời gian thực hiện: …"); an entry headed by its agency ("1. Phòng Lao động -
 * Thương binh và Xã hội" with its tasks under it; "2. Sở Tài chính chủ trì, phối hợp với …"); a sentence assigning
 * it ("Giao Sở Y tế chủ trì, phối hợp với Sở GD&ĐT …"); otherwise the addressees ("Kính gửi") lead it, and a sentence
 * inside it whose subject is an agency ("Sở LĐTBXH phối hợp với Công an tỉnh …") becomes an item of its own ("4b").
 * Coordinators are the agencies after "phối hợp với / giữa" and those the lead is told to direct ("chỉ đạo Công an các
 * xã"). Every name that matches no agency, or several, is flagged.
 */
final class Assignments {

  /** An item as read, before it becomes a table row. */
  record Draft(String id, String title, List<String> leads, List<String> coordinating, String timing) {}

  /** A sentence whose subject is an agency: "Giao X …", "X chủ trì …", "X phối hợp với …". */
  private record Assignment(List<Mention> subject, boolean explicit, String sentence, String rest) {}

  private static final Pattern LEAD_LABEL = Pattern.compile(
      "^((co quan|don vi)( , (co quan|don vi))? )?chu tri( thuc hien)?$");
  private static final Pattern COORD_LABEL = Pattern.compile(
      "^((co quan|don vi)( , (co quan|don vi))? )?phoi hop( thuc hien)?$");
  private static final Set<String> SUBJECT_VERBS = Set.of("chu tri", "phoi hop", "tham muu", "co trach nhiem",
      "chiu trach nhiem", "thuc hien", "to chuc", "chu dong", "xay dung", "huong dan", "theo doi", "can cu",
      "day manh", "trien khai");
  private static final Set<String> COORDINATION_VERBS = Set.of(",", "huong", "dan", "don", "doc", "kiem", "tra",
      "theo", "doi", "giam", "sat", "chat", "che", "thuc", "hien");
  private static final int TITLE_LENGTH = 400;

  private final AgencyMatcher matcher;
  private final List<Flag> flags;
  private final List<String> addressees;

  Assignments(AgencyMatcher matcher, List<Flag> flags, List<String> addressees) {
    this.matcher = matcher;
    this.flags = flags;
    this.addressees = addressees;
  }

  /** The items of a numbered entry: its own, and those of sentences inside it that assign work to others. */
  List<Draft> read(Unit unit) {
    String id = unit.id();
    String field = "items[" + id + "]";
    List<Draft> drafts = new ArrayList<>();
    String text = unit.text();
    TimingReader.Read timing = TimingReader.fromText(text, field + ".timing");

    // 1. Labelled lines.
    String leadLabel = null;
    String coordLabel = null;
    for (String line : lines(unit)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String label = String.join(" ", Tokens.of(line.substring(0, colon)).stream().map(Token::norm).toList());
        if (LEAD_LABEL.matcher(label).matches()) {
          leadLabel = line.substring(colon + 1);
        } else if (COORD_LABEL.matcher(label).matches()) {
          coordLabel = line.substring(colon + 1);
        }
      }
    }
    if (leadLabel != null) {
      List<String> leads = ids(listIn(leadLabel), field + ".lead");
      List<Mention> coordinating = coordLabel == null ? List.of() : listIn(coordLabel);
      flags.addAll(timing.flags());
      drafts.add(new Draft(id, title(unit.heading().text(), List.of()), leads,
          coordinators(coordinating, leads, field), timing.wording()));
      return drafts;
    }

    // 2. An entry headed by its agency.
    Optional<Assignment> headed = assignment(unit.heading().text(), true);
    List<String> sentences = sentencesOf(unit);
    if (headed.isPresent()) {
      Assignment a = headed.get();
      List<Mention> subject = new ArrayList<>(a.subject());
      List<Mention> extra = frontAndMembers(subject);
      List<String> leads = ids(subject, field + ".lead");
      List<Mention> coordinating = new ArrayList<>(extra);
      coordinating.addAll(coordinatorsIn(text, field));
      List<String> under = new ArrayList<>();
      if (!a.rest().isBlank()) {
        under.add(a.rest());
      }
      unit.children().stream().map(Block::text).forEach(under::add);
      flags.addAll(timing.flags());
      drafts.add(new Draft(id, title(null, under), leads, coordinators(coordinating, leads, field),
          timing.wording()));
      return drafts;
    }

    // 3. A sentence that assigns the entry ("Giao Sở Y tế chủ trì …"), 4. or the addressees.
    List<Assignment> assignments = sentences.stream().map(s -> assignment(s, false)).flatMap(Optional::stream)
        .toList();
    Optional<Assignment> explicit = assignments.stream().filter(Assignment::explicit).findFirst();
    List<String> leads;
    List<Mention> coordinating = new ArrayList<>();
    if (explicit.isPresent()) {
      leads = ids(explicit.get().subject(), field + ".lead");
      coordinating.addAll(coordinatorsIn(explicit.get().sentence(), field));
    } else if (!addressees.isEmpty()) {
      leads = addressees;
      flags.add(Flag.info(field + ".lead", "Mục không nêu cơ quan chủ trì: giao cho các nơi nhận (Kính gửi)"));
      for (String s : sentences) {
        if (assignments.stream().noneMatch(x -> x.sentence().equals(s))) {
          coordinating.addAll(coordinatorsIn(s, field));
        }
      }
    } else {
      flags.add(Flag.warning("items", "Mục " + id + " ('" + shorten(unit.heading().text(), 80)
          + "') không nêu cơ quan chủ trì: chưa đưa vào bảng"));
      return drafts;
    }
    flags.addAll(timing.flags());
    drafts.add(new Draft(id, title(unit.heading().text(), unit.children().stream().map(Block::text).toList()),
        leads, coordinators(coordinating, leads, field), timing.wording()));
    char suffix = 'b';
    for (Assignment a : assignments) {
      if (explicit.isPresent() && a == explicit.get()) {
        continue;
      }
      String subId = id + suffix++;
      drafts.add(sentenceItem(subId, a));
    }
    return drafts;
  }

  /** Items the closing paragraphs assign ("Giao Sở Y tế tham mưu UBND tỉnh …"), ids from the lead's initials. */
  List<Draft> readClosing(String closing, Set<String> takenIds) {
    List<Draft> drafts = new ArrayList<>();
    for (String s : ReportReader.sentences(closing)) {
      Optional<Assignment> a = assignment(s, false).filter(Assignment::explicit);
      if (a.isPresent()) {
        String id = initials(a.get().subject().get(0).written());
        String unique = id;
        for (int n = 2; takenIds.contains(unique); n++) {
          unique = id + n;
        }
        takenIds.add(unique);
        drafts.add(sentenceItem(unique, a.get()));
        flags.add(Flag.info("items[" + unique + "]", "Mục lấy từ câu giao việc ở phần kết: '" + shorten(s, 100) + "'"));
      }
    }
    return drafts;
  }

  private Draft sentenceItem(String id, Assignment a) {
    String field = "items[" + id + "]";
    List<String> leads = ids(a.subject(), field + ".lead");
    TimingReader.Read timing = TimingReader.fromText(a.sentence(), field + ".timing");
    flags.addAll(timing.flags());
    return new Draft(id, title(a.rest(), List.of()), leads,
        coordinators(coordinatorsIn(a.sentence(), field), leads, field), timing.wording());
  }

  /**
   * The sentence's subject if it is an agency: after "Giao" or "Đề nghị", or followed by what an agency is told to do
   * ("chủ trì", "phối hợp", "tham mưu"…); a heading ({@code heading}) may be the agency alone.
   */
  private Optional<Assignment> assignment(String sentence, boolean heading) {
    List<Token> tokens = Tokens.of(sentence);
    int k = 0;
    boolean explicit = false;
    String start = Tokens.joined(tokens, 0, 2);
    if (start.startsWith("giao ")) {
      k = 1;
      explicit = true;
    } else if (start.equals("de nghi") || start.equals("yeu cau")) {
      k = 2;
      explicit = true;
    }
    AgencyMatcher.Scan scan = matcher.list(tokens, k, sentence);
    List<Mention> subject = scan.mentions();
    if (subject.isEmpty() || subject.get(0).from() > k + 3) {
      return Optional.empty();
    }
    String next = Tokens.joined(tokens, scan.end(), scan.end() + 3);
    boolean leads = next.startsWith("chu tri");
    boolean acts = SUBJECT_VERBS.stream().anyMatch(v -> next.equals(v) || next.startsWith(v + " "));
    if (!heading && !explicit && !acts) {
      return Optional.empty();
    }
    if (!heading && subject.stream().allMatch(m -> m.kind() == Kind.RELATED || m.kind() == Kind.LOCALITIES)) {
      return Optional.empty(); // "Các cơ quan, đơn vị liên quan thực hiện …" assigns nothing new
    }
    String rest = scan.end() < tokens.size() ? sentence.substring(tokens.get(scan.end() - 1).end()).trim() : "";
    rest = rest.replaceFirst("^[,;:.)\\s]+", "");
    return Optional.of(new Assignment(subject, explicit || leads, sentence, rest));
  }

  /** "Ủy ban MTTQ … và các tổ chức thành viên": the Front leads, its member organisations take part. */
  private List<Mention> frontAndMembers(List<Mention> subject) {
    boolean front = subject.stream().anyMatch(m -> m.agency().flatMap(matcher.index.registry()::agency)
        .map(a -> a.kind() == AgencyKind.MASS_ORGANISATION && Tokens.fold(a.name()).contains("mat tran to quoc"))
        .orElse(false));
    if (!front) {
      return List.of();
    }
    List<Mention> members = subject.stream().filter(m -> m.agency().flatMap(matcher.index.registry()::agency)
        .map(a -> a.kind() == AgencyKind.UNIT_CLASS && Tokens.fold(a.name()).contains("to chuc")).orElse(false))
        .toList();
    subject.removeAll(members);
    return members;
  }

  /** Agencies after "phối hợp (với|giữa)" and after "chỉ đạo" in the text. */
  List<Mention> coordinatorsIn(String text, String field) {
    List<Mention> found = new ArrayList<>();
    for (String sentence : ReportReader.sentences(text)) {
      List<Token> tokens = Tokens.of(sentence);
      for (int k = 0; k + 1 < tokens.size(); k++) {
        String pair = tokens.get(k).norm() + " " + tokens.get(k + 1).norm();
        if (pair.equals("phoi hop")) {
          int j = k + 2;
          AgencyMatcher.Scan scan = matcher.list(tokens, j, sentence);
          if (scan.mentions().isEmpty()) {
            while (j < tokens.size() && COORDINATION_VERBS.contains(tokens.get(j).norm())) {
              j++;
            }
            scan = matcher.list(tokens, j, sentence);
          }
          boolean partnerNamed = Set.of("voi", "cung").contains(k + 2 < tokens.size() ? tokens.get(k + 2).norm() : "");
          if (scan.mentions().isEmpty() && !partnerNamed
              && Tokens.joined(tokens, Math.max(0, k - 3), k).contains("chu tri")) {
            Optional<String> related = matcher.relatedClass();
            found.add(new Mention(Kind.RELATED, related.map(List::of).orElse(List.of()),
                "phối hợp (không nêu cơ quan)", k, k + 2));
          } else if (scan.mentions().isEmpty() && partnerNamed) {
            flags.add(Flag.warning(field + ".coordinating", "'" + AgencyMatcher.written(tokens, k,
                Math.min(tokens.size(), k + 9), sentence) + "…' không nêu cơ quan nào trong danh mục; hãy kiểm tra "
                + "cơ quan phối hợp"));
          }
          found.addAll(scan.mentions());
        } else if (pair.equals("chi dao")) {
          matcher.list(tokens, k + 2, sentence).mentions().stream().filter(m -> m.kind() == Kind.AGENCY)
              .forEach(found::add);
        }
      }
    }
    return found;
  }

  /**
   * Coordinator ids without the leads and without repeats; the catch-all "các cơ quan liên quan" only where the text
   * names no coordinator ("phối hợp với Công an tỉnh và các cơ quan liên quan" is Công an tỉnh).
   */
  private List<String> coordinators(List<Mention> mentions, List<String> leads, String field) {
    boolean specific = mentions.stream().anyMatch(m -> m.kind() != Kind.RELATED && !(m.agency().isPresent()
        && leads.contains(m.agency().get())));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.kind() == Kind.RELATED && specific) {
        flags.add(Flag.info(field + ".coordinating", "'" + m.written() + "' không ghi thành cơ quan phối hợp vì mục "
            + "đã nêu cơ quan cụ thể"));
      } else {
        kept.add(m);
      }
    }
    Set<String> ids = new LinkedHashSet<>(ids(kept, field + ".coordinating"));
    ids.removeAll(leads);
    return List.copyOf(ids);
  }

  /** The agencies of a list ("Sở Y tế, Sở GD&ĐT; UBND cấp huyện, cấp xã"), unknown names included. */
  private List<Mention> listIn(String text) {
    List<Token> tokens = Tokens.of(text);
    AgencyMatcher.Scan scan = matcher.list(tokens, 0, text);
    List<Mention> mentions = new ArrayList<>(scan.mentions());
    String rest = Tokens.joined(tokens, scan.end(), tokens.size()).replaceAll("[.;,]", "").trim();
    if (!rest.isEmpty()) {
      String written = text.substring(tokens.get(Math.min(scan.end(), tokens.size() - 1)).start()).trim()
          .replaceAll("[.;]\\s*$", "");
      mentions.add(new Mention(Kind.UNKNOWN, List.of(), written, scan.end(), tokens.size()));
    }
    return mentions;
  }

  /** The mentions' agency ids; every name that is not exactly one agency of the registry flagged. */
  List<String> ids(List<Mention> mentions, String field) {
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : mentions) {
      switch (m.kind()) {
        case AGENCY -> ids.add(m.agencyIds().get(0));
        case AMBIGUOUS -> flags.add(Flag.error(field, "Tên '" + m.written() + "' ứng với nhiều cơ quan ("
            + String.join(", ", m.agencyIds().stream().map(this::name).toList()) + "): hãy chọn một"));
        case UNKNOWN -> flags.add(Flag.error(field, unknown(m.written())));
        case RELATED, LOCALITIES -> {
          if (m.agencyIds().isEmpty()) {
            flags.add(Flag.error(field, "Không xác định được '" + m.written() + "' trong danh mục: hãy chọn cơ quan"));
          } else {
            ids.add(m.agencyIds().get(0));
            flags.add((m.kind() == Kind.RELATED ? Flag.info(field, "'" + m.written() + "' được hiểu là '"
                + name(m.agencyIds().get(0)) + "'") : Flag.warning(field, "'" + m.written() + "' được hiểu là '"
                + name(m.agencyIds().get(0)) + "'; hãy kiểm tra")));
          }
        }
        default -> throw new IllegalStateException(m.kind().name());
      }
    }
    return List.copyOf(ids);
  }

  private String unknown(String mention) {
    // A mention can carry the separator before it ("; Trung tâm …" in a table cell): the person reads the name only.
    String written = mention.replaceAll("^[\\s,;.:]+|[\\s,;.:]+$", "");
    String province = matcher.index.provinceShortName();
    String folded = Tokens.fold(written);
    if (folded.startsWith("bo ") || folded.startsWith("cuc ") || folded.startsWith("uy ban quoc gia")) {
      return "'" + written + "' là cơ quan trung ương, không có trong danh mục của tỉnh " + province
          + ": hãy bỏ hoặc ghi vào alsoReportTo";
    }
    return "Không tìm thấy cơ quan '" + written + "' trong danh mục của tỉnh " + province;
  }

  private String name(String id) {
    return matcher.index.registry().agency(id).map(Agency::name).orElse(id);
  }

  private static List<String> lines(Unit unit) {
    List<String> lines = new ArrayList<>();
    lines.add(unit.heading().text());
    unit.children().forEach(b -> lines.add(b.text()));
    return lines;
  }

  private static List<String> sentencesOf(Unit unit) {
    List<String> sentences = new ArrayList<>();
    lines(unit).forEach(l -> sentences.addAll(ReportReader.sentences(l)));
    return sentences;
  }

  /** A title: the heading, or the first sentence of each paragraph under an agency's heading; at most 400 chars. */
  static String title(String heading, List<String> under) {
    StringBuilder b = new StringBuilder();
    if (heading != null && !heading.isBlank()) {
      b.append(heading.trim());
    }
    if (b.length() < 150) {
      for (String u : under) {
        String first = ReportReader.sentences(u).stream().findFirst().orElse(u).replaceAll("[.;:]+$", "");
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append(first);
        if (b.length() > TITLE_LENGTH) {
          break;
        }
      }
    }
    String t = b.toString().replaceAll("\\s+", " ").replaceAll("[.;:,]+$", "").replaceAll("\\./\\.$", "").trim();
    if (!t.isEmpty()) {
      t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
    return shorten(t, TITLE_LENGTH);
  }

  static String shorten(String s, int max) {
    String t = s.replaceAll("\\s+", " ").trim();
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max - 1);
    return t.substring(0, cut > 0 ? cut : max - 1) + "…";
  }

  /** "Sở Y tế" → "SYT": an id for an item named after its lead. */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : Tokens.fold(name).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        b.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return b.length() == 0 ? "X" : b.toString();
  }
}
