package vn.cpreferrals.agency;

import java.util.List;
import java.util.Map;

/** The shape of the registry YAML file. */
record RegistryFile(List<Province> provinces, List<Agency> agencies, List<District> districts) {

  /**
   * A pre-2025 district whose communes the registry generates from the official list: a People's Committee
   * {@code <prefix>-ubnd-<code>} for each commune (and a police unit {@code <prefix>-cong-an-<code>} when
   * {@code police} is given), under the district's committee and police. {@code communes} maps the official code of a
   * commune already written out in the file to that unit's id, which then stands for the commune's committee.
   */
  record District(String prefix, String code, String committee, String police, Map<String, String> communes) {

    District {
      communes = communes == null ? Map.of() : Map.copyOf(communes);
    }
  }

  RegistryFile {
    provinces = provinces == null ? List.of() : provinces;
    agencies = agencies == null ? List.of() : agencies;
    districts = districts == null ? List.of() : districts;
  }
}
