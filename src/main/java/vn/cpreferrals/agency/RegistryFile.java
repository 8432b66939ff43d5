package vn.cpreferrals.agency;

import java.util.List;

/** The shape of the registry YAML file. */
record RegistryFile(List<Province> provinces, List<Agency> agencies) {

  RegistryFile {
    provinces = provinces == null ? List.of() : provinces;
    agencies = agencies == null ? List.of() : agencies;
  }
}
