package vn.cpreferrals.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.cpreferrals.agency.AdministrativeUnit.Level;

/**
 * The official administrative units, read from the CSV files under {@code registry/units/} on the classpath: every
 * province and commune-level unit since 1/7/2025 and the pre-2025 provinces, districts and communes of the
 * provinces the seed directives name, and the successors on 1/7/2025 of those provinces' communes. Immutable; the
 * source of the files and how to refresh them is in {@code registry/units/README.md}. Nothing is fetched at run time.
 */
final class AdministrativeUnits {

  static final String UNITS_2025 = "registry/units/units-2025.csv";
  static final String UNITS_PRE_2025 = "registry/units/units-pre-2025.csv";
  static final String SUCCESSORS_2025 = "registry/units/successors-2025.csv";
  static final String HEADER = "code,name,type,level,parent_code,valid_from,valid_to";
  static final String SUCCESSORS_HEADER = "old_code,new_code,effective,match";

  /**
   * The province each pre-2025 province of the files became on 1/7/2025 (old code to new code). The official list
   * gives no code-level link between old and new provinces; these follow the merger of 2025 (Kon Tum into Quảng
   * Ngãi, Bình Định and Gia Lai into the new Gia Lai under code 52). A successor must lie in this province.
   */
  static final Map<String, String> PROVINCE_FORMED_FROM_OLD =
      Map.of("12", "12", "51", "51", "62", "51", "52", "52", "64", "52");

  /** The district tier ends on 30/6/2025: communes before then belong to a district, from 1/7/2025 to a province. */
  static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

  private static final Comparator<AdministrativeUnit> BY_START =
      Comparator.comparing(AdministrativeUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** One line of the successor file: the old commune's code and one of its successors. */
  record Succession(String oldCode, Successor successor) {}

  /** Versions of each code, earliest first; codes in ascending order. */
  private final Map<String, List<AdministrativeUnit>> versions;

  /** Successors of each old commune code, in file order (by new code). */
  private final Map<String, List<Successor>> successors;

  private AdministrativeUnits(Map<String, List<AdministrativeUnit>> versions, Map<String, List<Successor>> successors) {
    this.versions = versions;
    this.successors = successors;
  }

  /** Reads and checks the shipped files. */
  static AdministrativeUnits load() {
    List<AdministrativeUnit> units = new ArrayList<>();
    units.addAll(read(UNITS_2025));
    units.addAll(read(UNITS_PRE_2025));
    return of(units, readSuccessions(SUCCESSORS_2025));
  }

  /**
   * Builds the registry from the given versions and checks it: versions of one code do not overlap, and every
   * unit's parent exists, one level up, on every day the unit does.
   *
   * @throws IllegalStateException naming every problem found
   */
  static AdministrativeUnits of(List<AdministrativeUnit> units) {
    return of(units, List.of());
  }

  /**
   * Builds the registry from the given versions and successions and checks both: as {@link #of(List)}, and every
   * succession links a commune ending the day before its effective day to a commune in force on that day, in the
   * province formed from the old commune's province ({@link #PROVINCE_FORMED_FROM_OLD}), once.
   *
   * @throws IllegalStateException naming every problem found
   */
  static AdministrativeUnits of(List<AdministrativeUnit> units, List<Succession> successions) {
    Map<String, List<AdministrativeUnit>> byCode = new TreeMap<>();
    for (AdministrativeUnit unit : units) {
      byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
    }
    Map<String, List<AdministrativeUnit>> sorted = new LinkedHashMap<>();
    byCode.forEach((code, list) -> {
      list.sort(BY_START);
      sorted.put(code, List.copyOf(list));
    });
    Map<String, List<Successor>> successorsByOld = new TreeMap<>();
    for (Succession s : successions) {
      successorsByOld.computeIfAbsent(s.oldCode(), c -> new ArrayList<>()).add(s.successor());
    }
    successorsByOld.replaceAll((code, list) -> List.copyOf(list));
    AdministrativeUnits registry = new AdministrativeUnits(
        Collections.unmodifiableMap(sorted), Collections.unmodifiableMap(successorsByOld));
    List<String> problems = registry.problems();
    problems.addAll(registry.successionProblems(successions));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("administrative units are inconsistent: " + String.join("; ", problems));
    }
    return registry;
  }

  /** Every version of every unit, by code and then by start. */
  List<AdministrativeUnit> all() {
    return versions.values().stream().flatMap(List::stream).toList();
  }

  /** The unit with this code in force on the given day. */
  Optional<AdministrativeUnit> byCode(String code, LocalDate date) {
    return versionsOf(code).stream().filter(u -> u.validAt(date)).findFirst();
  }

  /** The commune-level unit (xã, phường, thị trấn, đặc khu) with this code in force on the given day. */
  Optional<AdministrativeUnit> commune(String code, LocalDate day) {
    return byCode(code, day).filter(u -> u.level() == Level.COMMUNE);
  }

  /**
   * The units that took over the commune with this (old) code when it was abolished, by new code; empty when it has
   * none listed (a code still in force, or an old commune outside the five provinces of the files). Codes are reused:
   * the old code may also be a current commune's code (03445 was and is Xã Mường Tè), which says nothing about the
   * successors.
   */
  List<Successor> successorsOf(String oldCode) {
    return successors.getOrDefault(oldCode, List.of());
  }

  /** Every version of this code, earliest first; empty for an unknown code. */
  List<AdministrativeUnit> versionsOf(String code) {
    return versions.getOrDefault(code, List.of());
  }

  /** The provinces (tỉnh and thành phố trực thuộc trung ương) in force on the given day, by code. */
  List<AdministrativeUnit> provincesAt(LocalDate date) {
    return validAt(date).filter(u -> u.level() == Level.PROVINCE).toList();
  }

  /** The districts of a province in force on the given day (none after 30/6/2025), by code. */
  List<AdministrativeUnit> districtsOf(String provinceCode, LocalDate date) {
    return validAt(date)
        .filter(u -> u.level() == Level.DISTRICT && u.parentCode().equals(provinceCode))
        .toList();
  }

  /**
   * The commune-level units (xã, phường, thị trấn, đặc khu) of a province in force on the given day, by code: those
   * directly under the province and, before 1/7/2025, those under its districts.
   */
  List<AdministrativeUnit> communesOf(String provinceCode, LocalDate date) {
    Set<String> districts =
        districtsOf(provinceCode, date).stream().map(AdministrativeUnit::code).collect(Collectors.toSet());
    return validAt(date)
        .filter(u -> u.level() == Level.COMMUNE)
        .filter(u -> u.parentCode().equals(provinceCode) || districts.contains(u.parentCode()))
        .toList();
  }

  /** The province a unit in force on the given day belongs to (the unit itself for a province). */
  Optional<AdministrativeUnit> provinceOf(String code, LocalDate date) {
    Optional<AdministrativeUnit> unit = byCode(code, date);
    while (unit.isPresent() && unit.get().level() != Level.PROVINCE) {
      unit = byCode(unit.get().parentCode(), date);
    }
    return unit;
  }

  private Stream<AdministrativeUnit> validAt(LocalDate date) {
    return versions.values().stream().flatMap(List::stream).filter(u -> u.validAt(date));
  }

  private List<String> problems() {
    List<String> problems = new ArrayList<>();
    versions.forEach((code, list) -> {
      for (int i = 1; i < list.size(); i++) {
        if (list.get(i - 1).overlaps(list.get(i))) {
          problems.add("code " + code + " has overlapping versions from " + list.get(i - 1).validFrom()
              + " and from " + list.get(i).validFrom());
        }
      }
      for (AdministrativeUnit unit : list) {
        if (unit.parentCode() != null) {
          checkParent(unit, problems);
        }
      }
    });
    return problems;
  }

  private List<String> successionProblems(List<Succession> successions) {
    List<String> problems = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    for (Succession s : successions) {
      String pair = s.oldCode() + " -> " + s.successor().newCode();
      String where = "successor " + pair + " on " + s.successor().effective();
      if (!pairs.add(pair)) {
        problems.add(where + " is listed twice");
      }
      LocalDate lastDay = s.successor().effective().minusDays(1);
      Optional<AdministrativeUnit> old = versionsOf(s.oldCode()).stream()
          .filter(u -> u.level() == Level.COMMUNE && lastDay.equals(u.validTo()))
          .findFirst();
      Optional<AdministrativeUnit> successor = commune(s.successor().newCode(), s.successor().effective());
      if (old.isEmpty()) {
        problems.add(where + ": old code " + s.oldCode() + " is no commune ending on " + lastDay);
      }
      if (successor.isEmpty()) {
        problems.add(where + ": new code " + s.successor().newCode() + " is no commune in force on "
            + s.successor().effective());
      }
      if (old.isPresent() && successor.isPresent()) {
        String oldProvince = provinceOf(s.oldCode(), lastDay).map(AdministrativeUnit::code).orElse("?");
        String newProvince =
            provinceOf(s.successor().newCode(), s.successor().effective()).map(AdministrativeUnit::code).orElse("?");
        String expected = PROVINCE_FORMED_FROM_OLD.get(oldProvince);
        if (!newProvince.equals(expected)) {
          problems.add(where + ": the new commune lies in province " + newProvince + ", but old province "
              + oldProvince + " became " + (expected == null ? "no known province" : "province " + expected));
        }
      }
    }
    return problems;
  }

  /** The parent must be one level up and in force on the first and the last day of the unit. */
  private void checkParent(AdministrativeUnit unit, List<String> problems) {
    boolean underDistrict = unit.level() == Level.COMMUNE
        && unit.validTo() != null && !unit.validTo().isAfter(LAST_DAY_OF_DISTRICTS);
    Level expected = underDistrict ? Level.DISTRICT : Level.PROVINCE;
    for (LocalDate day : boundaryDays(unit)) {
      Optional<AdministrativeUnit> parent = byCode(unit.parentCode(), day);
      if (parent.isEmpty()) {
        problems.add(unit.level() + " " + unit.code() + " (" + unit.name() + ") names parent " + unit.parentCode()
            + ", which is not in force on " + day);
      } else if (parent.get().level() != expected) {
        problems.add(unit.level() + " " + unit.code() + " names parent " + unit.parentCode() + " of level "
            + parent.get().level() + ", expected " + expected);
      }
    }
  }

  private static List<LocalDate> boundaryDays(AdministrativeUnit unit) {
    List<LocalDate> days = new ArrayList<>();
    if (unit.validFrom() != null) {
      days.add(unit.validFrom());
    }
    if (unit.validTo() != null) {
      days.add(unit.validTo());
    }
    return days;
  }

  static List<AdministrativeUnit> read(String resource) {
    InputStream in = AdministrativeUnits.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!HEADER.equals(header)) {
        throw new IllegalStateException(resource + ": expected header '" + HEADER + "' but found '" + header + "'");
      }
      List<AdministrativeUnit> units = new ArrayList<>();
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isEmpty()) {
          units.add(parse(line, resource + ":" + number));
        }
      }
      return units;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<Succession> readSuccessions(String resource) {
    InputStream in = AdministrativeUnits.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!SUCCESSORS_HEADER.equals(header)) {
        throw new IllegalStateException(
            resource + ": expected header '" + SUCCESSORS_HEADER + "' but found '" + header + "'");
      }
      List<Succession> successions = new ArrayList<>();
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isEmpty()) {
          successions.add(parseSuccession(line, resource + ":" + number));
        }
      }
      return successions;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** One line of the successor file: {@code old_code,new_code,effective,match}, match {@code whole} or {@code part}. */
  static Succession parseSuccession(String line, String where) {
    String[] f = line.split(",", -1);
    if (f.length != 4) {
      throw new IllegalStateException(where + ": expected 4 fields but found " + f.length + ": " + line);
    }
    if (!f[3].equals("whole") && !f[3].equals("part")) {
      throw new IllegalStateException(where + ": match must be 'whole' or 'part': " + line);
    }
    try {
      return new Succession(f[0], new Successor(f[1], LocalDate.parse(f[2]), f[3].equals("whole")));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(where + ": " + e.getMessage() + ": " + line, e);
    }
  }

  /** One line of a file; the files carry no quotes and no commas inside fields (checked when they are made). */
  static AdministrativeUnit parse(String line, String where) {
    if (line.indexOf('"') >= 0) {
      throw new IllegalStateException(where + ": quotes are not supported: " + line);
    }
    String[] f = line.split(",", -1);
    if (f.length != 7) {
      throw new IllegalStateException(where + ": expected 7 fields but found " + f.length + ": " + line);
    }
    try {
      return new AdministrativeUnit(f[0], f[1], f[2], Level.valueOf(f[3]), blankToNull(f[4]), date(f[5]), date(f[6]));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalStateException(where + ": " + e.getMessage() + ": " + line, e);
    }
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private static LocalDate date(String value) {
    return value.isEmpty() ? null : LocalDate.parse(value);
  }
}
