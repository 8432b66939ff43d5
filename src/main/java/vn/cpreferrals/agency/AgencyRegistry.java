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
  /** The communes' units of the pre-2025 districts, by agency id, with the days they existed. */
  private final Map<String, HistoricUnit> historic;

  public AgencyRegistry(List<Province> provinces, List<Agency> agencies) {
    this(provinces, agencies, java.util.Set.of(), List.of());
  }

  AgencyRegistry(List<Province> provinces, List<Agency> agencies, java.util.Set<String> todays,
      List<HistoricUnit> historic) {
    this.provinces = index(provinces, Province::id);
    this.agencies = index(agencies, Agency::id);
    this.todays = java.util.Set.copyOf(todays);
    this.historic = index(historic, HistoricUnit::agencyId);
    List<String> problems = validate(provinces, agencies);
    historic.stream().filter(h -> !this.agencies.containsKey(h.agencyId()))
        .forEach(h -> problems.add("dated unit '" + h.agencyId() + "' is no agency"));
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
   * unit that is no class, a class without member kinds, one whose level no longer exists, or one of a district (its
   * parent is a district-level unit: the district tier ended on 1/7/2025).
   */
  public List<Agency> membersOf(String classId) {
    Agency unitClass = agencies.get(classId);
    if (unitClass == null || unitClass.kind() != AgencyKind.UNIT_CLASS || districtScoped(unitClass)) {
      return List.of();
    }
    return agencies.values().stream()
        .filter(a -> todays.contains(a.id()) && a.province().equals(unitClass.province())
            && a.level() == unitClass.level() && unitClass.memberKinds().contains(a.kind()))
        .sorted(byName()).toList();
  }

  /**
   * The units a class stood for on a given day. From 1/7/2025, {@link #membersOf(String)}. Before, a class of a
   * district whose communes the registry knows ("UBND các xã, thị trấn huyện Mường Tè", parent the district's People's
   * Committee or police) stands for that district's commune units valid on the day, of its level and member kinds,
   * sorted by name; any other class for none (no earlier data).
   */
  public List<Agency> membersOf(String classId, java.time.LocalDate day) {
    if (day.isAfter(AdministrativeUnits.LAST_DAY_OF_DISTRICTS)) {
      return membersOf(classId);
    }
    Agency unitClass = agencies.get(classId);
    String district = unitClass == null || unitClass.kind() != AgencyKind.UNIT_CLASS ? null : districtOf(unitClass);
    if (district == null) {
      return List.of();
    }
    return historic.values().stream().filter(h -> h.district().equals(district) && h.validAt(day))
        .map(h -> agencies.get(h.agencyId()))
        .filter(a -> a.level() == unitClass.level() && unitClass.memberKinds().contains(a.kind()))
        .sorted(byName()).toList();
  }

  /** The provinces whose units of today's structure are in the registry (cp.registry.enabled-provinces). */
  java.util.Set<String> enabledProvinces() {
    return todays.stream().map(id -> agencies.get(id).province()).collect(java.util.stream.Collectors.toSet());
  }

  /** The dated units of the pre-2025 districts (generated from the official list, or written out and mapped). */
  List<HistoricUnit> historicUnits() {
    return List.copyOf(historic.values());
  }

  /**
   * Whether a unit existed on a given day: for the dated units of the pre-2025 districts, as the official list dates
   * their commune; any other unit of the registry is taken to exist on every day. False for an unknown id.
   */
  public boolean existsOn(String agencyId, java.time.LocalDate day) {
    HistoricUnit dated = historic.get(agencyId);
    return agencies.containsKey(agencyId) && (dated == null || dated.validAt(day));
  }

  private static java.util.Comparator<Agency> byName() {
    return java.util.Comparator.comparing(Agency::name,
        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
  }

  private boolean districtScoped(Agency unitClass) {
    Agency parent = unitClass.parent() == null ? null : agencies.get(unitClass.parent());
    return parent != null && parent.level() == AgencyLevel.DISTRICT;
  }

  /** The People's Committee of the district with dated units whose committee or district-level body leads the class. */
  private String districtOf(Agency unitClass) {
    java.util.Set<String> districts = historic.values().stream().map(HistoricUnit::district)
        .collect(java.util.stream.Collectors.toSet());
    Agency current = unitClass.parent() == null ? null : agencies.get(unitClass.parent());
    while (current != null && current.level() == AgencyLevel.DISTRICT) {
      if (districts.contains(current.id())) {
        return current.id();
      }
      current = current.parent() == null ? null : agencies.get(current.parent());
    }
    return null;
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
