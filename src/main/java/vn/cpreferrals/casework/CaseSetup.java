package vn.cpreferrals.casework;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.deadline.ProcessDueStatus;

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
    CaseProcess.COMMUNE_NAME.into(v, commune.name());
    CaseProcess.COMMUNE_CHAIRMAN.into(v, commune.managerGroupId());
    put(v, CaseProcess.EMERGENCY_STAGE, deadlines.emergency(receivedAt, province));
    v.putAll(planCycle(receivedAt, province));
    CaseProcess.PLAN_END_DATE.into(v, (Date) v.get(CaseProcess.APPROVAL_STAGE.due().name()));
    CaseProcess.PLAN_CYCLE.into(v, 1);
    CaseProcess.QUICK_REPORT_AGENCY.into(v, registry.agenciesIn(province).stream()
        .filter(a -> a.standing() && a.level() == AgencyLevel.PROVINCE).map(Agency::groupId).findFirst()
        .orElse(registry.agenciesIn(province).get(0).groupId()));
    CaseProcess.QUICK_REPORT_DUE.into(v, deadlines.quickReportDue(receivedAt, province));
    ProcessDueStatus.openedInto(v);
    return v;
  }

  /** Plan and approval limits, counted from receipt and again from each review that asks for a new plan. */
  Map<String, Object> planCycle(Date from, String province) {
    Map<String, Object> v = new HashMap<>();
    put(v, CaseProcess.PLAN_STAGE, deadlines.plan(from, province));
    put(v, CaseProcess.APPROVAL_STAGE, deadlines.approval(from, province));
    return v;
  }

  /** The task's due date (the target), the legal ceiling beside it, and the sentence staff read on the form. */
  private void put(Map<String, Object> v, CaseProcess.Stage stage, CaseDeadlines.Deadline deadline) {
    stage.due().into(v, deadline.target());
    stage.legal().into(v, deadline.legal());
    stage.note().into(v, deadlines.describe(deadline));
  }
}
