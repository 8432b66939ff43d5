package vn.cpreferrals.directive.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.AgencyRegistry;

/**
 * The names by which a directive may call the agencies of one province: each agency's name and short name, with and
 * without the place ("Sở Y tế tỉnh Lai Châu", "Sở Y tế tỉnh", "Sở Y tế"; "Phòng Tư pháp huyện Mường Tè", "Phòng Tư pháp
 * huyện", "Phòng Tư pháp"), and for classes of units the usual ways of writing them ("UBND cấp huyện", "UBND các huyện,
 * thị xã, thành phố"; "UBND cấp xã", "UBND các xã, phường, thị trấn"; "các sở, ngành"). A name may stand for several
 * agencies ("Phòng Giáo dục và Đào tạo" of two districts); {@link AgencyMatcher} chooses by the issuer.
 */
final class AgencyIndex {

  /** A name as words (see {@link Tokens#words}) and the agencies it may stand for. */
  record Alias(List<String> words, Set<String> agencyIds) {}

  private static final List<String> LEVEL_WORDS = List.of("tinh", "huyen", "thanh pho", "thi xa", "quan", "xa",
      "phuong", "thi tran");

  /** What is left of a name without its place that names no one in particular. */
  private static final Set<String> BARE = Set.of("uy ban nhan dan", "cong an", "trung tam", "van phong", "mat tran");

  private static final List<String> DISTRICT_FORMS = List.of("cap huyen", "cac huyen", "cac huyen thanh pho",
      "cac huyen thi xa thanh pho", "cac huyen thanh pho thi xa", "cac huyen thi xa", "huyen thi xa thanh pho");

  private static final List<String> COMMUNE_FORMS = List.of("cap xa", "cac xa", "xa", "cac xa phuong",
      "cac xa thi tran", "cac xa phuong thi tran", "xa phuong thi tran", "cac xa thi tran phuong");

  final String province;
  final String provinceName;
  private final AgencyRegistry registry;
  /** Aliases by their first word, longest first. */
  private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
  /** Proper names of the province and its districts ("lai chau", "muong te"), longest first. */
  private final List<List<String>> places;

  AgencyIndex(AgencyRegistry registry, String province) {
    this.registry = registry;
    this.province = province;
    this.provinceName = registry.province(province).map(p -> p.name()).orElse(province);
    List<Agency> agencies = registry.agenciesIn(province);
    this.places = places(provinceName, agencies);
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    for (Agency a : agencies) {
      for (String alias : aliasesOf(a)) {
        aliases.computeIfAbsent(alias, k -> new LinkedHashSet<>()).add(a.id());
      }
    }
    // The beginning of a class's name stands for it where nothing else has that name: "các cơ quan, đơn vị" for
    // "Các cơ quan, đơn vị, đoàn thể thành phố".
    Map<String, Set<String>> prefixes = new LinkedHashMap<>();
    for (Agency a : agencies) {
      if (a.kind() == AgencyKind.UNIT_CLASS) {
        for (String alias : aliasesOf(a)) {
          List<String> words = List.of(alias.split(" "));
          for (int n = 4; n < words.size(); n++) {
            String last = words.get(n - 1);
            if (!Set.of("cac", "cua", "cap", "va").contains(last)) {
              prefixes.computeIfAbsent(String.join(" ", words.subList(0, n)), k -> new LinkedHashSet<>()).add(a.id());
            }
          }
        }
      }
    }
    prefixes.forEach((prefix, ids) -> aliases.putIfAbsent(prefix, ids));
    aliases.forEach((alias, ids) -> {
      List<String> words = List.of(alias.split(" "));
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Alias(words, Set.copyOf(ids)));
    });
    byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> -a.words().size())));
  }

  List<Alias> startingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  AgencyRegistry registry() {
    return registry;
  }

  /** The province's name without "Tỉnh" ("Lai Châu"), as a directive writes it after "tỉnh". */
  String provinceShortName() {
    return provinceName.replaceFirst("^(?i)(tỉnh|thành phố)\\s+", "");
  }

  private Set<String> aliasesOf(Agency a) {
    Set<String> out = new LinkedHashSet<>();
    for (String written : List.of(a.name(), a.shortName())) {
      List<String> words = new ArrayList<>(Tokens.words(written));
      while (!words.isEmpty() && words.get(0).equals("cac")) {
        words.remove(0);
      }
      for (List<String> variant : withoutPlace(words)) {
        add(out, variant);
        if (a.kind() == AgencyKind.UNIT_CLASS) {
          classForms(variant).forEach(v -> add(out, v));
        }
      }
    }
    return out;
  }

  /** The name, then without its place, then without the level word before the place. */
  private List<List<String>> withoutPlace(List<String> words) {
    List<List<String>> variants = new ArrayList<>();
    variants.add(words);
    List<String> current = words;
    for (int round = 0; round < 2; round++) {
      List<String> stripped = stripTrailingPlace(current);
      if (stripped == null) {
        break;
      }
      variants.add(stripped);
      List<String> noLevel = stripTrailingLevel(stripped);
      if (noLevel != null) {
        variants.add(noLevel);
        current = noLevel;
      } else {
        current = stripped;
      }
    }
    return variants;
  }

  private List<String> stripTrailingPlace(List<String> words) {
    for (List<String> place : places) {
      if (endsWith(words, place) && words.size() > place.size()) {
        return words.subList(0, words.size() - place.size());
      }
    }
    return null;
  }

  private static List<String> stripTrailingLevel(List<String> words) {
    for (String level : LEVEL_WORDS) {
      List<String> l = List.of(level.split(" "));
      if (endsWith(words, l) && words.size() > l.size()) {
        return words.subList(0, words.size() - l.size());
      }
    }
    return null;
  }

  /** The usual ways of writing a class of People's Committees, and "các sở, ngành" for "các sở, ban, ngành". */
  private static List<List<String>> classForms(List<String> variant) {
    List<List<String>> forms = new ArrayList<>();
    String joined = String.join(" ", variant);
    if (joined.startsWith("uy ban nhan dan ")) {
      String rest = joined.substring("uy ban nhan dan ".length());
      if (DISTRICT_FORMS.contains(rest)) {
        DISTRICT_FORMS.forEach(f -> forms.add(List.of(("uy ban nhan dan " + f).split(" "))));
      } else if (COMMUNE_FORMS.contains(rest)) {
        COMMUNE_FORMS.forEach(f -> forms.add(List.of(("uy ban nhan dan " + f).split(" "))));
        forms.add(List.of("chinh", "quyen", "cap", "xa"));
      }
    }
    if (joined.startsWith("so ban nganh")) {
      forms.add(List.of(("so nganh" + joined.substring("so ban nganh".length())).split(" ")));
    }
    int of = variant.indexOf("cua");
    if (of >= 3) {
      forms.add(variant.subList(0, of));
    }
    return forms;
  }

  private static void add(Set<String> out, List<String> words) {
    String joined = String.join(" ", words);
    if (words.size() >= 2 && !BARE.contains(joined)) {
      out.add(joined);
    }
  }

  private static boolean endsWith(List<String> words, List<String> tail) {
    return words.size() >= tail.size() && words.subList(words.size() - tail.size(), words.size()).equals(tail);
  }

  private static List<List<String>> places(String provinceName, List<Agency> agencies) {
    Set<List<String>> places = new LinkedHashSet<>();
    places.add(Tokens.words(provinceName.replaceFirst("^(?i)(tỉnh|thành phố)\\s+", "")));
    for (Agency a : agencies) {
      if (a.kind() == AgencyKind.PEOPLES_COMMITTEE && a.level() == AgencyLevel.DISTRICT) {
        List<String> words = new ArrayList<>(Tokens.words(a.name()));
        if (words.size() > 4 && words.subList(0, 4).equals(List.of("uy", "ban", "nhan", "dan"))) {
          List<String> rest = words.subList(4, words.size());
          List<String> proper = stripLeadingLevel(rest);
          if (proper != null && !proper.isEmpty()) {
            places.add(List.copyOf(proper));
          }
        }
      }
    }
    List<List<String>> sorted = new ArrayList<>(places);
    sorted.sort(Comparator.comparingInt((List<String> p) -> -p.size()));
    return List.copyOf(sorted);
  }

  private static List<String> stripLeadingLevel(List<String> words) {
    for (String level : LEVEL_WORDS) {
      List<String> l = List.of(level.split(" "));
      if (words.size() > l.size() && words.subList(0, l.size()).equals(l)) {
        return words.subList(l.size(), words.size());
      }
    }
    return null;
  }
}
