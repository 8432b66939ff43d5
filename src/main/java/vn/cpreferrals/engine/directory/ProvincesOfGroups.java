package vn.cpreferrals.engine.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.Province;

/**
 * Which province (engine tenant) each agency group belongs to, as the registry says. A directory knows people and
 * their groups; the registry knows where each group works.
 */
record ProvincesOfGroups(Map<String, String> provinceOfGroup, Map<String, String> provinceNames) {

  static ProvincesOfGroups of(AgencyRegistry registry) {
    Map<String, String> ofGroup = new LinkedHashMap<>();
    for (Agency agency : registry.agencies()) {
      ofGroup.put(agency.groupId(), agency.province());
      ofGroup.put(agency.managerGroupId(), agency.province());
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Province province : registry.provinces()) {
      names.put(province.id(), province.name());
    }
    return new ProvincesOfGroups(Map.copyOf(ofGroup), names);
  }

  String provinceOf(String groupId) {
    return groupId == null ? null : provinceOfGroup.get(groupId);
  }
}
