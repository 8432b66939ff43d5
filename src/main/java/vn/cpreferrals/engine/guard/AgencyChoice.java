package vn.cpreferrals.engine.guard;

import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.AgencyRegistry;

/** An agency a person may route work to from a form: one that exists in the registry, in the task's own province. */
@Component
class AgencyChoice {

  private final AgencyRegistry registry;

  AgencyChoice(AgencyRegistry registry) {
    this.registry = registry;
  }

  /** @param province the province the agency must belong to, or null for any */
  String refusal(String province, Object value) {
    if (!(value instanceof String id) || id.isBlank()) {
      return "phải là mã một cơ quan trong danh mục";
    }
    var agency = registry.agency(id.trim());
    if (agency.isEmpty()) {
      return "không có cơ quan này trong danh mục";
    }
    return province == null || agency.get().province().equals(province) ? null
        : "cơ quan này không thuộc tỉnh của hồ sơ";
  }
}
