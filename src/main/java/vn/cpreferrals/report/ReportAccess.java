package vn.cpreferrals.report;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.process.Caller;

/**
 * Who may download a directive's reports (docs/security.md): the administrator; staff and leadership of its standing
 * agency; the leadership of any agency of its province, who monitor the directive with its variables in Cockpit
 * anyway. Others of the province are refused; anyone outside it is told nothing exists.
 */
@Component
class ReportAccess {

  enum Decision { ALLOWED, FORBIDDEN, HIDDEN }

  private final AgencyRegistry registry;

  ReportAccess(AgencyRegistry registry) {
    this.registry = registry;
  }

  Decision of(Caller caller, DirectiveInstance directive) {
    if (caller.isIn(Groups.CAMUNDA_ADMIN)) {
      return Decision.ALLOWED;
    }
    String standing = directive.standingAgency();
    if (caller.isIn(standing) || caller.isIn(standing + Agency.MANAGER_GROUP_SUFFIX)) {
      return Decision.ALLOWED;
    }
    if (!inProvince(caller, directive.province())) {
      return Decision.HIDDEN;
    }
    boolean provinceLeadership = caller.groupIds().stream().filter(Agency::isManagerGroup)
        .map(g -> g.substring(0, g.length() - Agency.MANAGER_GROUP_SUFFIX.length()))
        .anyMatch(agency -> inProvince(agency, directive.province()));
    return provinceLeadership ? Decision.ALLOWED : Decision.FORBIDDEN;
  }

  /** A member of the province's tenant, or of a group of one of its agencies. */
  private boolean inProvince(Caller caller, String province) {
    return caller.tenantIds().contains(province) || caller.groupIds().stream()
        .map(g -> Agency.isManagerGroup(g) ? g.substring(0, g.length() - Agency.MANAGER_GROUP_SUFFIX.length()) : g)
        .anyMatch(agency -> inProvince(agency, province));
  }

  private boolean inProvince(String agencyId, String province) {
    return registry.agency(agencyId).map(a -> province.equals(a.province())).orElse(false);
  }
}
