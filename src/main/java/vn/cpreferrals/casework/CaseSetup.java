package vn.cpreferrals.casework;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.deadline.DueStatus;

/** Who works a case and by when, from the commune and the moment of receipt (or of reopening). */
@Component
class CaseSetup {

  private final CaseDeadlines deadlines;
  private final AgencyRegistry registry;

  CaseSetup(CaseDeadlines deadlines, AgencyRegistry registry) {
    this.deadlines = deadlines;
    this.registry = registry;
  }

  Map<String, Object> variables(String communeId, Date receivedAt) {
    Agency commune = registry.agency(communeId)
        .orElseThrow(() -> new IllegalArgumentException("Không có xã/phường '" + communeId + "' trong danh mục"));
    String province = commune.province();
    Map<String, Object> v = new HashMap<>();
    v.put("communeName", commune.name());
    v.put("communeChairman", commune.managerGroupId());
    v.put("emergencyDeadline", deadlines.emergencyDeadline(receivedAt));
    v.put("planDue", deadlines.planDue(receivedAt));
    v.put("approvalDue", deadlines.approvalDue(receivedAt));
    v.put("planEndDate", deadlines.approvalDue(receivedAt));
    v.put("planCycle", 1);
    v.put("quickReportAgency", registry.agenciesIn(province).stream()
        .filter(a -> a.standing() && a.level() == AgencyLevel.PROVINCE).map(Agency::groupId).findFirst()
        .orElse(registry.agenciesIn(province).get(0).groupId()));
    v.put("quickReportDue", deadlines.quickReportDue(receivedAt, province));
    v.put(DueStatus.VARIABLE, DueStatus.OPEN_IN_TIME);
    return v;
  }
}
