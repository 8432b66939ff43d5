package vn.cpreferrals.agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The provinces and agencies that take part in the work, as read from the registry data file. Immutable and validated
 * on construction, so a broken data file stops the application at start-up with a list of what is wrong.
 */
public final class AgencyRegistry {

  /** Ids become Camunda tenant, group and user ids: keep them to what the engine's id whitelist accepts. */
  static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  static final int MAX_ID_LENGTH = 40;

  private final Map<String, Province> provinces;
  private final Map<String, Agency> agencies;
  /** The units of today's structure (from the template), as opposed to units kept because 2024 work names them. */
  private final java.util.Set<String> todays;

  public AgencyRegistry(List<Province> provinces, List<Agency> agencies) {
    this(provinces, agencies, java.util.Set.of());
  }

  AgencyRegistry(List<Province> provinces, List<Agency> agencies, java.util.Set<String> todays) {
    this.provinces = index(provinces, Province::id);
    this.agencies = index(agencies, Agency::id);
    this.todays = java.util.Set.copyOf(todays);
    List<String> problems = validate(provinces, agencies);
    if (!problems.isEmpty()) {
      throw new InvalidRegistryException(problems);
    }
  }

  public List<Province> provinces() {
    return List.copyOf(provinces.values());
  }

  public List<Agency> agencies() {
    return List.copyOf(agencies.values());
  }

  public Optional<Agency> agency(String id) {
    return Optional.ofNullable(agencies.get(id));
  }

  /** The agency's name, or the id itself where the registry does not know it (a unit since removed). */
  public String nameOf(String agencyId) {
    return agency(agencyId).map(Agency::name).orElse(agencyId);
  }

  /** The name of a Camunda group of the registry: an agency's staff or its leadership; else the id. */
  public String groupName(String groupId) {
    if (Agency.isManagerGroup(groupId)) {
      String agencyId = groupId.substring(0, groupId.length() - Agency.MANAGER_GROUP_SUFFIX.length());
      return agency(agencyId).map(Agency::managerGroupName).orElse(groupId);
    }
    return nameOf(groupId);
  }

  public Optional<Province> province(String id) {
    return Optional.ofNullable(provinces.get(id));
  }

  public List<Agency> agenciesIn(String provinceId) {
    return agencies.values().stream().filter(a -> a.province().equals(provinceId)).toList();
  }

  /**
   * The units of today's structure a class of units stands for ("UBND cấp xã" → every commune's People's Committee of
   * the province): same province and level as the class, of the class's member kinds, sorted by name. Empty for a
   * unit that is no class, a class without member kinds, or one whose level no longer exists.
   */
  public List<Agency> membersOf(String classId) {
    Agency unitClass = agencies.get(classId);
    if (unitClass == null || unitClass.kind() != AgencyKind.UNIT_CLASS) {
      return List.of();
    }
    java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
    return agencies.values().stream()
        .filter(a -> todays.contains(a.id()) && a.province().equals(unitClass.province())
            && a.level() == unitClass.level() && unitClass.memberKinds().contains(a.kind()))
        .sorted(java.util.Comparator.comparing(Agency::name, vietnamese)).toList();
  }

  /** The chain of supervising units above an agency, nearest first (used for escalation). */
  public List<Agency> supervisorsOf(String agencyId) {
    List<Agency> chain = new ArrayList<>();
    Agency current = agencies.get(agencyId);
    while (current != null && current.parent() != null) {
      current = agencies.get(current.parent());
      if (current != null) {
        chain.add(current);
      }
    }
    return Collections.unmodifiableList(chain);
  }

  private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.putIfAbsent(id.apply(item), item);
    }
    return Collections.unmodifiableMap(map);
  }

  private static List<String> validate(List<Province> provinces, List<Agency> agencies) {
    List<String> problems = new ArrayList<>();
    java.util.Set<String> seenIds = new java.util.HashSet<>();
    for (Province p : provinces) {
      checkId("province", p.id(), problems);
      if (!seenIds.add(p.id())) {
        problems.add("duplicate id '" + p.id() + "'");
      }
      if (blank(p.name())) {
        problems.add("province '" + p.id() + "' has no name");
      }
    }
    java.util.Set<String> provinceIds = new java.util.HashSet<>(seenIds);
    Map<String, Agency> earlier = new LinkedHashMap<>();
    for (Agency a : agencies) {
      checkId("agency", a.id(), problems);
      if (!seenIds.add(a.id())) {
        problems.add("duplicate id '" + a.id() + "'");
      }
      if (blank(a.name()) || blank(a.shortName())) {
        problems.add("agency '" + a.id() + "' needs a name and a shortName");
      }
      if (a.level() == null || a.kind() == null) {
        problems.add("agency '" + a.id() + "' needs a level and a kind");
      }
      if (!provinceIds.contains(a.province())) {
        problems.add("agency '" + a.id() + "' names unknown province '" + a.province() + "'");
      }
      if (a.parent() == null) {
        if (a.kind() != AgencyKind.PEOPLES_COMMITTEE || a.level() != AgencyLevel.PROVINCE) {
          problems.add("agency '" + a.id() + "' has no parent; only a provincial People's Committee may stand alone");
        }
      } else {
        Agency parent = earlier.get(a.parent());
        if (parent == null) {
          problems.add("agency '" + a.id() + "' names parent '" + a.parent() + "' which is not listed before it");
        } else if (!parent.province().equals(a.province())) {
          problems.add("agency '" + a.id() + "' is in " + a.province() + " but its parent is in " + parent.province());
        }
      }
      earlier.put(a.id(), a);
    }
    return problems;
  }

  private static void checkId(String what, String id, List<String> problems) {
    if (id == null || !ID_PATTERN.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
      problems.add(what + " id '" + id + "' must be lowercase letters, digits and single hyphens, at most "
          + MAX_ID_LENGTH + " characters");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
