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
 * provinces the seed directives name. Immutable; the source of the files and how to refresh them is in
 * {@code registry/units/README.md}. Nothing is fetched at run time.
 */
final class AdministrativeUnits {

  static final String UNITS_2025 = "registry/units/units-2025.csv";
  static final String UNITS_PRE_2025 = "registry/units/units-pre-2025.csv";
  static final String HEADER = "code,name,type,level,parent_code,valid_from,valid_to";

  /** The district tier ends on 30/6/2025: communes before then belong to a district, from 1/7/2025 to a province. */
  static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

  private static final Comparator<AdministrativeUnit> BY_START =
      Comparator.comparing(AdministrativeUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Versions of each code, earliest first; codes in ascending order. */
  private final Map<String, List<AdministrativeUnit>> versions;

  private AdministrativeUnits(Map<String, List<AdministrativeUnit>> versions) {
    this.versions = versions;
  }

  /** Reads and checks the shipped files. */
  static AdministrativeUnits load() {
    List<AdministrativeUnit> units = new ArrayList<>();
    units.addAll(read(UNITS_2025));
    units.addAll(read(UNITS_PRE_2025));
    return of(units);
  }

  /**
   * Builds the registry from the given versions and checks it: versions of one code do not overlap, and every
   * unit's parent exists, one level up, on every day the unit does.
   *
   * @throws IllegalStateException naming every problem found
   */
  static AdministrativeUnits of(List<AdministrativeUnit> units) {
    Map<String, List<AdministrativeUnit>> byCode = new TreeMap<>();
    for (AdministrativeUnit unit : units) {
      byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
    }
    Map<String, List<AdministrativeUnit>> sorted = new LinkedHashMap<>();
    byCode.forEach((code, list) -> {
      list.sort(BY_START);
      sorted.put(code, List.copyOf(list));
    });
    AdministrativeUnits registry = new AdministrativeUnits(Collections.unmodifiableMap(sorted));
    List<String> problems = registry.problems();
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
