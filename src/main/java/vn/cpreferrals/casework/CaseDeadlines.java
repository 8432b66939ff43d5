package vn.cpreferrals.casework;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.cpreferrals.calendar.WorkingDays;

/**
 * Time limits of the case-intervention process. Emergency measures run on clock hours from receipt (NĐ 56 Điều 26.3);
 * the plan on working days (Điều 28.1, TTHC 2.001947). Used from the model as {@code caseDeadlines}.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

  private final WorkingDays workingDays;
  private final Limits limits;

  CaseDeadlines(WorkingDays workingDays, Limits limits) {
    this.workingDays = workingDays;
    this.limits = limits;
  }

  public Date emergencyDeadline(Date receivedAt) {
    return Date.from(receivedAt.toInstant().plus(Duration.ofHours(limits.emergencyHours())));
  }

  public Date planDue(Date from) {
    return workingDays.deadlineAfter(from, limits.planWorkingDays());
  }

  public Date approvalDue(Date from) {
    return workingDays.deadlineAfter(from, limits.approvalWorkingDays());
  }

  /** Review once the plan's implementation period is over (the plan's end date, from the approval form). */
  public Date reviewDue(Object planEnd) {
    Date end = planEnd instanceof Date d ? d : Date.from(java.time.LocalDate.parse(
        String.valueOf(planEnd).substring(0, 10)).atStartOfDay(WorkingDays.VIETNAM).toInstant());
    return workingDays.deadlineAfter(end, limits.reviewWorkingDays());
  }

  /** Serious cases are reported quickly to the province's standing agency; each province may set its own limit. */
  public Date quickReportDue(Date receivedAt, String province) {
    int hours = limits.quickReportHoursByProvince().getOrDefault(province, limits.quickReportHours());
    return Date.from(receivedAt.toInstant().plus(Duration.ofHours(hours)));
  }

  public Date closureDue() {
    return workingDays.deadlineAfter(ClockUtil.getCurrentTime(), limits.closureWorkingDays());
  }

  /**
   * Legal ceilings (12 hours; 5 and 7 working days). Review and closure limits are not set by the decree:
   * INFERENCE, configurable.
   */
  @ConfigurationProperties("cp.casework")
  public record Limits(int emergencyHours, int planWorkingDays, int approvalWorkingDays, int reviewWorkingDays,
      int closureWorkingDays, int quickReportHours, java.util.Map<String, Integer> quickReportHoursByProvince) {

    public Limits {
      quickReportHoursByProvince = quickReportHoursByProvince == null ? java.util.Map.of()
          : java.util.Map.copyOf(quickReportHoursByProvince);
    }
  }
}
