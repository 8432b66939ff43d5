package vn.cpreferrals.directive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.directive.importer.Tokens.Token;

/**
 * Finds agencies in a stretch of a directive's text, as the issuer means them: a name several agencies of the province
 * answer to ("Phòng Giáo dục và Đào tạo") is the one under the issuer; the catch-all "các cơ quan, đơn vị liên quan" is
 * the issuer's class of bodies; "các địa phương" its class of People's Committees one level down. A capitalised name
 * that begins like an agency ("Sở ABC") and matches nothing is returned as unknown, so it can be flagged.
 */
final class AgencyMatcher {

  enum Kind {
    /** One agency of the registry. */
    AGENCY,
    /** A name several agencies answer to, none preferred by the issuer. */
    AMBIGUOUS,
    /** Looks like an agency but is not in the province's registry (or only under another district). */
    UNKNOWN,
    /** "Các cơ quan, đơn vị liên quan": the issuer's class of bodies, if it has one. */
    RELATED,
    /** "Các địa phương": the class of People's Committees one level below the issuer. */
    LOCALITIES
  }

  /** What a stretch of tokens [from, to) names. */
  record Mention(Kind kind, List<String> agencyIds, String written, int from, int to) {

    Optional<String> agency() {
      return agencyIds.size() == 1 && (kind == Kind.AGENCY || kind == Kind.RELATED || kind == Kind.LOCALITIES)
          ? Optional.of(agencyIds.get(0)) : Optional.empty();
    }
  }

  /** Mentions of a list and the index just after its last mention. */
  record Scan(List<Mention> mentions, int end) {}

  /** First words of agencies' names, for telling an unknown agency from any capitalised phrase. */
  private static final Set<String> HEADS = Set.of("so", "phong", "uy", "cong", "trung", "dai", "bao", "hoi", "doan",
      "ban", "cuc", "chi", "bo", "quy", "van", "benh", "truong", "vien", "toa", "tinh", "thanh", "huyen", "lien",
      "mat", "hoc", "nha", "ngan", "kho");

  private static final Pattern RELATED = Pattern.compile(
      "^(cac )?((nganh|co quan|don vi|to chuc|ban nganh|ban|doan the|chuc nang|hoi)( ,| va)? ){1,8}(co )?lien quan\\b");

  private static final Pattern LOCALITIES = Pattern.compile("^(cac )?dia phuong\\b");

  private static final Set<String> SEPARATORS = Set.of(",", ";", "va", "cac", "voi", "cung", "giua", "-", "nhu", "gom");

  final AgencyIndex index;
  final String issuer;
  private final AgencyRegistry registry;

  AgencyMatcher(AgencyIndex index, String issuer) {
    this.index = index;
    this.issuer = issuer;
    this.registry = index.registry();
  }

  /** The list of agencies starting at {@code i} ("Sở Y tế, Sở GD&ĐT và UBND cấp huyện, cấp xã"). */
  Scan list(List<Token> tokens, int i, String text) {
    List<Mention> mentions = new ArrayList<>();
    String head = null;
    int end = i;
    int n = tokens.size();
    while (i < n) {
      Token t = tokens.get(i);
      if (t.is("so") && i + 1 < n && tokens.get(i + 1).is(":")) {
        head = "so";
        i += 2;
        continue;
      }
      if (SEPARATORS.contains(t.norm())) {
        i++;
        continue;
      }
      if (t.is("(") && !mentions.isEmpty()) {
        int close = closing(tokens, i);
        if (close < 0) {
          break;
        }
        Scan inner = list(tokens.subList(0, close), i + 1, text);
        List<Mention> found = inner.mentions().stream().filter(m -> m.agency().isPresent()).toList();
        if (found.size() == 1) {
          Mention last = mentions.get(mentions.size() - 1);
          Mention specific = found.get(0);
          if (last.kind() != Kind.AGENCY || under(specific.agency().get(), last.agency().orElse(null))) {
            mentions.set(mentions.size() - 1, specific);
          } else {
            mentions.add(specific);
          }
        }
        i = close + 1;
        end = i;
        continue;
      }
      Mention m = at(tokens, i, text, head);
      if (m == null) {
        m = unknownAt(tokens, i, text);
      }
      if (m == null) {
        break;
      }
      mentions.add(m);
      i = m.to();
      end = i;
      Mention communes = communesAfterDistricts(m, tokens, i, text);
      if (communes != null) {
        mentions.add(communes);
        i = communes.to();
        end = i;
      }
      i = afterFiller(tokens, i);
      if (i > end && mentions.size() > 0) {
        end = i;
      }
    }
    return new Scan(List.copyOf(mentions), end);
  }

  /** Every agency named anywhere in the tokens (not only in lists); unknown names are not guessed here. */
  List<Mention> all(List<Token> tokens, String text) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention m = at(tokens, i, text, null);
      if (m != null && m.kind() != Kind.RELATED && m.kind() != Kind.LOCALITIES) {
        found.add(m);
        i = m.to();
      } else {
        i++;
      }
    }
    return found;
  }

  /** The agency (or class) named at {@code i}, if any: the longest name that matches. */
  Mention at(List<Token> tokens, int i, String text, String head) {
    if (i >= tokens.size() || Tokens.SKIPPABLE.contains(tokens.get(i).norm())) {
      return null;
    }
    AgencyIndex.Alias best = null;
    int bestEnd = -1;
    for (AgencyIndex.Alias alias : index.startingWith(tokens.get(i).norm())) {
      int e = match(tokens, i, alias.words(), 0);
      if (e > bestEnd) {
        best = alias;
        bestEnd = e;
      }
    }
    if (head != null) {
      for (AgencyIndex.Alias alias : index.startingWith(head)) {
        int e = match(tokens, i, alias.words(), 1);
        if (e > bestEnd) {
          best = alias;
          bestEnd = e;
        }
      }
    }
    String window = Tokens.joined(tokens, i, i + 24);
    List<String> chosen = best == null ? List.of() : inScope(best.agencyIds());
    Matcher related = RELATED.matcher(window);
    if (related.find()) {
      int e = i + related.group().split(" ").length;
      if (chosen.isEmpty() || e > afterFiller(tokens, bestEnd)) {
        return classMention(Kind.RELATED, relatedClass(), tokens, i, e, text);
      }
    }
    Matcher localities = LOCALITIES.matcher(window);
    if (best == null && localities.find()) {
      return classMention(Kind.LOCALITIES, localitiesClass(), tokens, i, i + localities.group().split(" ").length,
          text);
    }
    if (best == null) {
      return null;
    }
    String written = written(tokens, i, bestEnd, text);
    if (chosen.isEmpty()) {
      return new Mention(Kind.UNKNOWN, List.of(), written, i, bestEnd);
    }
    return new Mention(chosen.size() == 1 ? Kind.AGENCY : Kind.AMBIGUOUS, chosen, written, i, bestEnd);
  }

  /** Whether {@code agency} is {@code ancestor} or under it. */
  boolean under(String agency, String ancestor) {
    if (ancestor == null) {
      return false;
    }
    return agency.equals(ancestor) || registry.supervisorsOf(agency).stream().anyMatch(a -> a.id().equals(ancestor));
  }

  /**
   * The agencies a name means as the issuer writes it: those under the issuer if any; else those not under a district
   * (a district's text naming "Sở Lao động…" means the province's); an agency of another district is not meant.
   */
  List<String> inScope(Set<String> ids) {
    List<String> sorted = ids.stream().sorted().toList();
    if (issuer == null) {
      return sorted;
    }
    // A class of units is addressed by its own committee (or one above): a province's text does not mean a city's
    // "các cơ quan, đơn vị".
    sorted = sorted.stream().filter(id -> registry.agency(id).map(a -> a.kind() != AgencyKind.UNIT_CLASS
        || committeeOf(a).map(c -> c.equals(issuer) || under(issuer, c)).orElse(true)).orElse(false)).toList();
    List<String> mine = sorted.stream().filter(id -> under(id, issuer)).toList();
    if (!mine.isEmpty()) {
      return mine.size() > 1 ? nearest(mine) : mine;
    }
    return sorted.stream().filter(id -> registry.supervisorsOf(id).stream()
        .noneMatch(a -> a.level() == AgencyLevel.DISTRICT && !a.id().equals(issuer) && !under(issuer, a.id())))
        .filter(id -> registry.agency(id).map(a -> a.level() != AgencyLevel.DISTRICT
            || a.kind() == AgencyKind.UNIT_CLASS || under(issuer, id)).orElse(false))
        .toList();
  }

  /** The People's Committee a unit belongs to: itself, or the first committee above it. */
  private Optional<String> committeeOf(Agency a) {
    if (a.kind() == AgencyKind.PEOPLES_COMMITTEE) {
      return Optional.of(a.id());
    }
    return registry.supervisorsOf(a.id()).stream().filter(s -> s.kind() == AgencyKind.PEOPLES_COMMITTEE)
        .map(Agency::id).findFirst();
  }

  /** Of several agencies under the issuer, those closest to it (its own office before an office of a commune). */
  private List<String> nearest(List<String> ids) {
    int best = ids.stream().mapToInt(id -> registry.supervisorsOf(id).size()).min().orElse(0);
    return ids.stream().filter(id -> registry.supervisorsOf(id).size() == best).toList();
  }

  /** The issuer's class of bodies ("Các sở, ban, ngành…", "Các cơ quan, ban, ngành, đoàn thể huyện…"), if any. */
  Optional<String> relatedClass() {
    return classesUnderIssuer().stream().filter(a -> {
      List<String> w = Tokens.words(a.name());
      String joined = String.join(" ", w);
      return joined.startsWith("cac so") || joined.startsWith("cac co quan");
    }).map(Agency::id).findFirst();
  }

  /** The class of People's Committees one level below the issuer ("UBND cấp huyện" of a province), if any. */
  Optional<String> localitiesClass() {
    AgencyLevel below = registry.agency(issuer).map(a -> a.level() == AgencyLevel.PROVINCE ? AgencyLevel.DISTRICT
        : AgencyLevel.COMMUNE).orElse(AgencyLevel.DISTRICT);
    return classesUnderIssuer().stream()
        .filter(a -> a.level() == below && String.join(" ", Tokens.words(a.name())).startsWith("uy ban nhan dan"))
        .map(Agency::id).findFirst();
  }

  private List<Agency> classesUnderIssuer() {
    if (issuer == null) {
      return List.of();
    }
    return registry.agenciesIn(index.province).stream()
        .filter(a -> a.kind() == AgencyKind.UNIT_CLASS && issuer.equals(a.parent())).toList();
  }

  private Mention classMention(Kind kind, Optional<String> id, List<Token> tokens, int from, int to, String text) {
    return new Mention(kind, id.map(List::of).orElse(List.of()), written(tokens, from, to, text), from, to);
  }

  /** A capitalised name beginning like an agency's ("Sở Khoa học và Công nghệ") that nothing matched. */
  private Mention unknownAt(List<Token> tokens, int i, String text) {
    Token t = tokens.get(i);
    if (!HEADS.contains(t.norm()) || !Character.isUpperCase(text.charAt(t.start()))) {
      return null;
    }
    int j = i + 1;
    while (j < tokens.size() && at(tokens, j, text, null) == null) {
      Token next = tokens.get(j);
      char first = text.charAt(next.start());
      boolean word = Character.isLetterOrDigit(first);
      boolean previousCapital = Character.isUpperCase(text.charAt(tokens.get(j - 1).start()));
      if (word && (Character.isUpperCase(first) || Character.isDigit(first))) {
        j++;
      } else if ((next.is("va") || next.is("-")) && j + 1 < tokens.size()
          && Character.isUpperCase(text.charAt(tokens.get(j + 1).start())) && at(tokens, j + 1, text, null) == null) {
        j += 2;
      } else if (word && !next.is("va") && (previousCapital && j > i + 1 || j == i + 1 && t.is("cong") && next.is("an"))
          && lowerRunEndsName(tokens, j, text) > j) {
        j = lowerRunEndsName(tokens, j, text); // "Công an tỉnh", "Khoa học": lower-case words that end the name
      } else {
        break;
      }
    }
    if (j - i < 2) {
      return null;
    }
    return new Mention(Kind.UNKNOWN, List.of(), written(tokens, i, j, text), i, j);
  }

  /** The end of at most three lower-case words from {@code j} after which the name ends; else {@code j}. */
  private static int lowerRunEndsName(List<Token> tokens, int j, String text) {
    for (int k = j; k < Math.min(tokens.size(), j + 3); k++) {
      Token t = tokens.get(k);
      char first = text.charAt(t.start());
      if (!Character.isLetter(first) || !Character.isLowerCase(first) || t.is("va")) {
        return j;
      }
      if (endsName(tokens, k + 1, text)) {
        return k + 1;
      }
    }
    return j;
  }

  /** Whether the name may end before token {@code j}: at the end, a separator or a capitalised word. */
  private static boolean endsName(List<Token> tokens, int j, String text) {
    if (j >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(j);
    char first = text.charAt(t.start());
    return !Character.isLetterOrDigit(first) || t.is("va") || Character.isUpperCase(first);
  }

  private static final Pattern AND_COMMUNES = Pattern.compile("^((,|va) )+(cap )?xa\\b");

  /** "UBND cấp huyện, xã" and "UBND cấp huyện và cấp xã": the communes' class after the districts'. */
  private Mention communesAfterDistricts(Mention districts, List<Token> tokens, int i, String text) {
    if (!Tokens.fold(districts.written()).endsWith("cap huyen")) {
      return null;
    }
    Matcher m = AND_COMMUNES.matcher(Tokens.joined(tokens, i, i + 6));
    if (!m.find()) {
      return null;
    }
    int to = i + m.group().split(" ").length;
    String written = "UBND cấp xã";
    Mention communes = at(Tokens.of(written), 0, written, null);
    if (communes == null) {
      return new Mention(Kind.UNKNOWN, List.of(), written, i, to);
    }
    return new Mention(communes.kind(), communes.agencyIds(), written(tokens, i, to, text).replaceFirst("^[,\\s]+", ""),
        i, to);
  }

  /** Words after a name that add nothing: "liên quan", "có liên quan", "theo chức năng". */
  private static int afterFiller(List<Token> tokens, int i) {
    String window = Tokens.joined(tokens, i, i + 4);
    for (String filler : List.of("co lien quan", "lien quan")) {
      if (window.equals(filler) || window.startsWith(filler + " ")) {
        return i + filler.split(" ").length;
      }
    }
    return i;
  }

  /** The index after matching {@code words} from {@code k} at {@code i}, passing over "," "-" "và"; else -1. */
  private static int match(List<Token> tokens, int i, List<String> words, int k) {
    int j = i;
    for (; k < words.size(); k++) {
      // "…, Tỉnh đoàn" is not "Sở Dân tộc và Tôn giáo tỉnh": a trailing "tỉnh"/"huyện" follows its name directly.
      boolean trailingLevel = k == words.size() - 1 && (words.get(k).equals("tinh") || words.get(k).equals("huyen"));
      while (!trailingLevel && j < tokens.size() && Tokens.SKIPPABLE.contains(tokens.get(j).norm())
          && !tokens.get(j).is(words.get(k)) && j > i) {
        j++;
      }
      if (j >= tokens.size() || !tokens.get(j).is(words.get(k))) {
        return -1;
      }
      j++;
    }
    return j;
  }

  private static int closing(List<Token> tokens, int open) {
    for (int j = open + 1; j < Math.min(tokens.size(), open + 30); j++) {
      if (tokens.get(j).is(")")) {
        return j;
      }
    }
    return -1;
  }

  static String written(List<Token> tokens, int from, int to, String text) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).replaceAll("\\s+", " ").trim();
  }
}
