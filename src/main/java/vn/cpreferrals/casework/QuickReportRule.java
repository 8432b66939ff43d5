package vn.cpreferrals.casework;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which cases are reported quickly (báo cáo nhanh) to the province's standing agency. Serious cases always are (the
 * emergency path). Some provinces ask for every case of abuse or violence, not only the serious ones — seed 002, Công
 * văn of UBND thành phố Lai Châu 2024: "báo cáo nhanh các vụ việc trẻ em bị xâm hại, bạo lực" — configured per province
 * in {@code cp.casework.quick-report-every-abuse-provinces}. A report of risk only (nguy_co) is not abuse.
 */
@Component
class QuickReportRule {

  static final String RISK_ONLY = "nguy_co";

  private final Set<String> everyAbuseProvinces;

  QuickReportRule(@Value("${cp.casework.quick-report-every-abuse-provinces:}") List<String> provinces) {
    this.everyAbuseProvinces = Set.copyOf(provinces);
  }

  /** For a case that is not an emergency (those are reported on the emergency path anyway). */
  boolean reportsRoutineCase(String province, Object harmType) {
    return everyAbuseProvinces.contains(province) && harmType != null && !RISK_ONLY.equals(harmType);
  }
}
