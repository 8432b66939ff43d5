package vn.cpreferrals.agency;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads the registry; used by the application and by offline tools such as the directive generator. */
public final class RegistryFiles {

  static final String TEMPLATE = "registry/template-2025.yaml";

  private RegistryFiles() {}

  /**
   * Only the units of the registry file (the seeds' units, historical ones included), as written, and the communes of
   * the pre-2025 districts it lists under {@code districts}.
   */
  public static AgencyRegistry read(Resource location) throws IOException {
    RegistryFile file = file(location);
    Historic historic = historic(file, AdministrativeUnits.load());
    List<Agency> agencies = new ArrayList<>(file.agencies());
    agencies.addAll(historic.agencies());
    return new AgencyRegistry(file.provinces(), agencies, java.util.Set.of(), historic.units());
  }

  /**
   * The registry file plus, for each enabled province, the agencies of today's structure: the template's provincial
   * bodies and a People's Committee and police for every commune-level unit valid on {@code day} in the official
   * list. A unit of the file with the same id wins. The communes of the file's pre-2025 districts are included as in
   * {@link #read(Resource)}.
   */
  public static AgencyRegistry read(Resource location, List<String> enabledProvinces, LocalDate day)
      throws IOException {
    return read(location, enabledProvinces, day, AdministrativeUnits.load());
  }

  /** As above, with the official list already read (the application reads it once for all its beans). */
  static AgencyRegistry read(Resource location, List<String> enabledProvinces, LocalDate day, AdministrativeUnits units)
      throws IOException {
    RegistryFile file = file(location);
    RegistryTemplate template;
    try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
      template = RegistryTemplate.read(in);
    }
    Map<String, AdministrativeUnit> current = new LinkedHashMap<>();
    units.provincesAt(day).forEach(p -> current.put(Slugs.ofProvince(p.name()), p));
    List<Province> provinces = new ArrayList<>(file.provinces());
    Map<String, Agency> agencies = new LinkedHashMap<>();
    file.agencies().forEach(a -> agencies.put(a.id(), a));
    Historic historic = historic(file, units);
    historic.agencies().forEach(a -> agencies.putIfAbsent(a.id(), a));
    java.util.Set<String> todays = new java.util.HashSet<>();
    for (String provinceId : enabledProvinces) {
      AdministrativeUnit province = current.get(provinceId);
      if (province == null) {
        throw new InvalidRegistryException(List.of("cp.registry.enabled-provinces names '" + provinceId
            + "', which is not a province on " + day + "; provinces then: " + String.join(", ", current.keySet())));
      }
      // Documents cite "thành phố Hà Nội", not the list's type "thành phố trực thuộc trung ương".
      String citedAs = (province.type().startsWith("thành phố") ? "thành phố" : province.type()) + " " + province.name();
      if (provinces.stream().noneMatch(p -> p.id().equals(provinceId))) {
        provinces.add(new Province(provinceId, capitalised(citedAs)));
      }
      List<RegistryTemplate.Commune> communes = units.communesOf(province.code(), day).stream()
          .map(c -> new RegistryTemplate.Commune(c.code(), c.type() + " " + c.name())).toList();
      for (Agency a : template.agenciesOf(provinceId, citedAs, communes)) {
        agencies.putIfAbsent(a.id(), a);
        todays.add(a.id());
      }
    }
    return new AgencyRegistry(provinces, List.copyOf(agencies.values()), todays, historic.units());
  }

  /** The generated units of the file's pre-2025 districts, and the validity of every commune unit of them. */
  private record Historic(List<Agency> agencies, List<HistoricUnit> units) {}

  /**
   * For each district of the file: a People's Committee and, if the district has a police unit, a police unit for
   * every commune the official list puts under the district's code, valid as the list dates the commune. A commune the
   * file already writes out (mapped under {@code communes}) keeps that unit as its committee.
   */
  private static Historic historic(RegistryFile file, AdministrativeUnits units) {
    Map<String, Agency> written = new LinkedHashMap<>();
    file.agencies().forEach(a -> written.putIfAbsent(a.id(), a));
    List<Agency> agencies = new ArrayList<>();
    List<HistoricUnit> historic = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (RegistryFile.District d : file.districts()) {
      String where = "district '" + d.prefix() + "'";
      Agency committee = d.committee() == null ? null : written.get(d.committee());
      Agency police = d.police() == null ? null : written.get(d.police());
      java.util.Optional<AdministrativeUnit> district = d.code() == null ? java.util.Optional.empty()
          : units.versionsOf(d.code()).stream().filter(u -> u.level() == AdministrativeUnit.Level.DISTRICT)
              .reduce((first, second) -> second);
      if (district.isEmpty()) {
        problems.add(where + ": '" + d.code() + "' is no district code of the official list");
      }
      if (committee == null || committee.level() != AgencyLevel.DISTRICT
          || committee.kind() != AgencyKind.PEOPLES_COMMITTEE) {
        problems.add(where + ": committee '" + d.committee() + "' must be a district People's Committee of the file");
      }
      if (d.police() != null && (police == null || police.kind() != AgencyKind.POLICE)) {
        problems.add(where + ": police '" + d.police() + "' must be a police unit of the file");
      }
      if (district.isEmpty() || committee == null || (d.police() != null && police == null)) {
        continue;
      }
      // Documents cite "thành phố Lai Châu", not the list's type "thành phố thuộc tỉnh".
      String type = district.get().type();
      String districtName = (type.startsWith("thành phố") ? "thành phố" : type) + " " + district.get().name();
      Map<String, List<AdministrativeUnit>> communes = new java.util.TreeMap<>();
      units.all().stream().filter(u -> u.level() == AdministrativeUnit.Level.COMMUNE
          && d.code().equals(u.parentCode())).forEach(u -> communes.computeIfAbsent(u.code(), c -> new ArrayList<>()).add(u));
      for (Map.Entry<String, String> named : d.communes().entrySet()) {
        Agency unit = written.get(named.getValue());
        if (!communes.containsKey(named.getKey())) {
          problems.add(where + ": '" + named.getKey() + "' is no commune of district " + d.code());
        } else if (unit == null || unit.kind() != AgencyKind.PEOPLES_COMMITTEE || unit.level() != AgencyLevel.COMMUNE
            || !d.committee().equals(unit.parent())) {
          problems.add(where + ": '" + named.getValue() + "' must be a commune People's Committee of the file under "
              + d.committee());
        }
      }
      communes.forEach((code, versions) -> {
        // The latest name of the code; its validity spans all its versions under the district.
        AdministrativeUnit latest = versions.get(versions.size() - 1);
        LocalDate from = versions.get(0).validFrom();
        LocalDate to = latest.validTo();
        String typedName = latest.type() + " " + latest.name();
        String committeeId = d.communes().get(code);
        if (committeeId == null) {
          committeeId = d.prefix() + "-ubnd-" + code;
          agencies.add(new Agency(committeeId, "Ủy ban nhân dân " + typedName + ", " + districtName,
              "UBND " + typedName, AgencyLevel.COMMUNE, AgencyKind.PEOPLES_COMMITTEE, committee.id(),
              committee.province(), false, List.of()));
        }
        historic.add(new HistoricUnit(committeeId, committee.id(), from, to));
        if (police != null) {
          String policeId = d.prefix() + "-cong-an-" + code;
          agencies.add(new Agency(policeId, "Công an " + typedName + ", " + districtName, "Công an " + typedName,
              AgencyLevel.COMMUNE, AgencyKind.POLICE, police.id(), police.province(), false, List.of()));
          historic.add(new HistoricUnit(policeId, committee.id(), from, to));
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistryException(problems);
    }
    return new Historic(agencies, historic);
  }

  /** The ids of every province in force on {@code day}, as {@code cp.registry.enabled-provinces} names them. */
  public static List<String> provinceIdsAt(LocalDate day) {
    return AdministrativeUnits.load().provincesAt(day).stream().map(p -> Slugs.ofProvince(p.name())).toList();
  }

  private static RegistryFile file(Resource location) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = location.getInputStream()) {
      return yaml.readValue(in, RegistryFile.class);
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
