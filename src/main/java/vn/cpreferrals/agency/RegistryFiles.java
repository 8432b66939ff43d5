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

  /** Only the units of the registry file (the seeds' units, historical ones included), as written. */
  public static AgencyRegistry read(Resource location) throws IOException {
    RegistryFile file = file(location);
    return new AgencyRegistry(file.provinces(), file.agencies());
  }

  /**
   * The registry file plus, for each enabled province, the agencies of today's structure: the template's provincial
   * bodies and a People's Committee and police for every commune-level unit valid on {@code day} in the official
   * list. A unit of the file with the same id wins.
   */
  public static AgencyRegistry read(Resource location, List<String> enabledProvinces, LocalDate day)
      throws IOException {
    RegistryFile file = file(location);
    RegistryTemplate template;
    try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
      template = RegistryTemplate.read(in);
    }
    AdministrativeUnits units = AdministrativeUnits.load();
    Map<String, AdministrativeUnit> current = new LinkedHashMap<>();
    units.provincesAt(day).forEach(p -> current.put(Slugs.ofProvince(p.name()), p));
    List<Province> provinces = new ArrayList<>(file.provinces());
    Map<String, Agency> agencies = new LinkedHashMap<>();
    file.agencies().forEach(a -> agencies.put(a.id(), a));
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
    return new AgencyRegistry(provinces, List.copyOf(agencies.values()), todays);
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
