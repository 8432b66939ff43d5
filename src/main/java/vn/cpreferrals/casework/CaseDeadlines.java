package vn.cpreferrals.casework;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.process.EngineClock;

/**
 * Time limits of the case-intervention process. Emergency measures run on clock hours from receipt (NĐ 56 Điều 26.3);
 * the plan on working days (Điều 28.1, TTHC 2.001947). Each limit has a legal ceiling and, per province, an optional
 * tighter local target: tasks fall due at the target, the ceiling stays visible beside it.
 *
 * <p>The current models read the results from variables the casework listeners write. Instances of earlier model
 * versions still call {@code caseDeadlines.notYetPast}, {@code separationEnd}, {@code separationNoticeAt}, {@code shown},
 * {@code reviewDue} and {@code closureDue} from their expressions: keep the bean name and these public signatures until
 * no instance of those versions runs.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

  static final String SEPARATION = "tam_thoi_cach_ly";

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(WorkingDays.VIETNAM);

  private final WorkingDays workingDays;
  private final Limits limits;

  CaseDeadlines(WorkingDays workingDays, Limits limits) {
    this.workingDays = workingDays;
    this.limits = limits;
  }

  /** A limit as the law sets it and as the province aims for it (the same date when the province sets no target). */
  public record Deadline(Date target, Date legal) {

    boolean tighterLocally() {
      return target.before(legal);
    }
  }

  public Deadline emergency(Date receivedAt, String province) {
    LocalTarget local = limits.localTarget(province);
    return new Deadline(afterHours(receivedAt, local.emergencyHours(limits.emergencyHours())),
        afterHours(receivedAt, limits.emergencyHours()));
  }

  public Deadline plan(Date from, String province) {
    LocalTarget local = limits.localTarget(province);
    return new Deadline(workingDays.deadlineAfter(from, local.planWorkingDays(limits.planWorkingDays())),
        workingDays.deadlineAfter(from, limits.planWorkingDays()));
  }

  public Deadline approval(Date from, String province) {
    LocalTarget local = limits.localTarget(province);
    return new Deadline(workingDays.deadlineAfter(from, local.approvalWorkingDays(limits.approvalWorkingDays())),
        workingDays.deadlineAfter(from, limits.approvalWorkingDays()));
  }

  /** What staff read on the form and in the task description. */
  public String describe(Deadline deadline) {
    if (deadline.tighterLocally()) {
      return "Hạn mục tiêu của tỉnh: " + shown(deadline.target()) + " · Hạn tối đa theo luật: "
          + shown(deadline.legal());
    }
    return "Hạn theo luật: " + shown(deadline.legal());
  }

  /** Whether a legal ceiling still holds now (recorded when the step is done, whatever the local target). */
  public boolean notYetPast(Date legalDeadline) {
    return !EngineClock.now().after(legalDeadline);
  }

  /**
   * Temporary separation (Mẫu 07) ends after the days the chairman decided, at most the configured limit (15 days);
   * {@code null} when the measure is not a separation.
   */
  public Date separationEnd(Object measure, Object days) {
    if (!SEPARATION.equals(measure)) {
      return null;
    }
    return afterDays(EngineClock.now(), separationDays(days));
  }

  /** An extension decided by the chairman runs from the current end, again at most the configured limit. */
  public Date extendSeparation(Date currentEnd, Object days) {
    return afterDays(currentEnd, separationDays(days));
  }

  /** The chairman is asked to extend or end the separation this long before it runs out. */
  public Date separationNoticeAt(Date separationEnd) {
    Date notice = afterHours(separationEnd, -24 * limits.separationNoticeDays());
    return notice.before(EngineClock.now()) ? EngineClock.now() : notice;
  }

  public String shown(Date date) {
    return date == null ? "" : SHOWN.format(date.toInstant());
  }

  private int separationDays(Object days) {
    int value = days instanceof Number n ? n.intValue() : limits.separationDays();
    if (value < 1 || value > limits.separationDays()) {
      throw new IllegalArgumentException("Thời hạn tạm thời cách ly phải từ 1 đến " + limits.separationDays()
          + " ngày cho mỗi quyết định (nhận được: " + value + ")");
    }
    return value;
  }

  private static Date afterDays(Date from, int days) {
    return afterHours(from, 24 * days);
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
    return afterHours(receivedAt, hours);
  }

  public Date closureDue() {
    return workingDays.deadlineAfter(EngineClock.now(), limits.closureWorkingDays());
  }

  private static Date afterHours(Date from, int hours) {
    return Date.from(from.toInstant().plus(Duration.ofHours(hours)));
  }

  /**
   * Legal ceilings (12 hours; 5 and 7 working days) and per-province local targets. Review and closure limits are not
   * set by the decree: INFERENCE, configurable.
   */
  @ConfigurationProperties("cp.casework")
  public record Limits(int emergencyHours, int planWorkingDays, int approvalWorkingDays, int reviewWorkingDays,
      int closureWorkingDays, int quickReportHours, Map<String, Integer> quickReportHoursByProvince,
      Map<String, LocalTarget> localTargets, int separationDays, int separationNoticeDays) {

    public Limits {
      quickReportHoursByProvince = quickReportHoursByProvince == null ? Map.of()
          : Map.copyOf(quickReportHoursByProvince);
      localTargets = localTargets == null ? Map.of() : Map.copyOf(localTargets);
      localTargets.forEach((province, target) -> {
        within("emergency-hours", province, target.emergencyHours(), emergencyHours);
        within("plan-working-days", province, target.planWorkingDays(), planWorkingDays);
        within("approval-working-days", province, target.approvalWorkingDays(), approvalWorkingDays);
      });
    }

    LocalTarget localTarget(String province) {
      return province == null ? LocalTarget.NONE : localTargets.getOrDefault(province, LocalTarget.NONE);
    }

    /** A local target may tighten a legal ceiling, never loosen it. */
    private static void within(String name, String province, Integer target, int ceiling) {
      if (target != null && (target < 1 || target > ceiling)) {
        throw new IllegalStateException("cp.casework.local-targets." + province + "." + name + " is " + target
            + ": a local target must lie between 1 and the legal ceiling of " + ceiling);
      }
    }
  }

  /** A province's tighter targets; a missing value means the legal ceiling applies. */
  public record LocalTarget(Integer emergencyHours, Integer planWorkingDays, Integer approvalWorkingDays) {

    static final LocalTarget NONE = new LocalTarget(null, null, null);

    int emergencyHours(int ceiling) {
      return emergencyHours == null ? ceiling : emergencyHours;
    }

    int planWorkingDays(int ceiling) {
      return planWorkingDays == null ? ceiling : planWorkingDays;
    }

    int approvalWorkingDays(int ceiling) {
      return approvalWorkingDays == null ? ceiling : approvalWorkingDays;
    }
  }
}
