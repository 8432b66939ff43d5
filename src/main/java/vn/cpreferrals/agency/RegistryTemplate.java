package vn.cpreferrals.agency;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The agencies every province has in today's structure (registry/template-2025.yaml): provincial bodies once, and a
 * People's Committee and a police unit for each of its commune-level units. Ids are built from the province id, a
 * suffix and, for communes, the official unit code, so they stay the same when a unit is renamed.
 */
record RegistryTemplate(List<Body> province, List<Body> commune) {

  /**
   * One body of the template; {@code parent} is the suffix of a provincial body of the same province. A class of units
   * ({@code kind: UNIT_CLASS}) names the tier it stands for ({@code level}, default the province) and the kinds of its
   * members.
   */
  record Body(String suffix, String name, String shortName, AgencyKind kind, String parent, boolean standing,
      AgencyLevel level, List<AgencyKind> memberKinds) {}

  /** A commune-level unit as the official list gives it: code and name with its type ("xã Ba Tơ"). */
  record Commune(String code, String typedName) {}

  RegistryTemplate {
    province = province == null ? List.of() : List.copyOf(province);
    commune = commune == null ? List.of() : List.copyOf(commune);
  }

  static RegistryTemplate read(InputStream in) throws IOException {
    return new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .readValue(in, RegistryTemplate.class);
  }

  /**
   * The agencies of one province. {@code provinceName} is how names cite it ("tỉnh Quảng Ngãi", "thành phố Huế").
   */
  List<Agency> agenciesOf(String provinceId, String provinceName, List<Commune> communes) {
    List<Agency> agencies = new ArrayList<>();
    for (Body body : province) {
      agencies.add(new Agency(provinceId + "-" + body.suffix(), fill(body.name(), provinceName, null),
          fill(body.shortName(), provinceName, null), body.level() == null ? AgencyLevel.PROVINCE : body.level(),
          body.kind(), body.parent() == null ? null : provinceId + "-" + body.parent(), provinceId, body.standing(),
          List.of(), body.memberKinds()));
    }
    for (Commune unit : communes) {
      for (Body body : commune) {
        agencies.add(new Agency(provinceId + "-" + body.suffix() + "-" + unit.code(),
            fill(body.name(), provinceName, unit.typedName()), fill(body.shortName(), provinceName, unit.typedName()),
            AgencyLevel.COMMUNE, body.kind(), provinceId + "-" + body.parent(), provinceId, body.standing(),
            List.of()));
      }
    }
    return agencies;
  }

  private static String fill(String pattern, String provinceName, String unit) {
    String filled = pattern.replace("{province}", provinceName);
    return unit == null ? filled : filled.replace("{unit}", unit);
  }
}
