package vn.cpreferrals.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.Province;
import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.process.AsSystem;
import vn.cpreferrals.process.Caller;
import vn.cpreferrals.process.EngineClock;
import vn.cpreferrals.report.ReportDownloads;
import vn.cpreferrals.rest.Refusal;

/**
 * The three views of the managers' Cockpit plugin "Giám sát công tác trẻ em", scoped on the server: the leadership of
 * an agency sees its own provinces (the tenants of its groups), the administrator every province, everyone else
 * nothing (403). The views read as the system within that scope, so a manager sees every agency of the province, not
 * only tasks granted to them. No view reads a child's identity or narrative.
 */
@Component
class MonitoringViews {

  /** Cockpit's plugin resources are made by JAX-RS, not Spring: they find the views of their engine here. */
  private static final Map<ProcessEngine, MonitoringViews> BY_ENGINE = new ConcurrentHashMap<>();

  static final ZoneId VIETNAM = WorkingDays.VIETNAM;

  private final IdentityService identity;
  private final AgencyRegistry registry;
  private final DirectiveMatrix directives;
  private final OverdueByAgency overdue;
  private final CaseFigures cases;
  private final ReportDownloads reports;

  MonitoringViews(ProcessEngine engine, RuntimeService runtime, HistoryService history, RepositoryService repository,
      TaskService tasks, IdentityService identity, JdbcTemplate jdbc, AgencyRegistry registry,
      ReportDownloads reports) {
    this.reports = reports;
    this.identity = identity;
    this.registry = registry;
    this.directives = new DirectiveMatrix(runtime, history, repository, tasks);
    this.overdue = new OverdueByAgency(jdbc, registry);
    this.cases = new CaseFigures(history, tasks);
    BY_ENGINE.put(engine, this);
  }

  static MonitoringViews of(ProcessEngine engine) {
    MonitoringViews views = BY_ENGINE.get(engine);
    if (views == null) {
      throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "Màn hình giám sát chưa sẵn sàng trên máy chủ này.");
    }
    return views;
  }

  ReportDownloads reports() {
    return reports;
  }

  List<DirectiveMatrix.Directive> directives(Caller caller, String report) {
    List<String> provinces = scope(caller);
    return AsSystem.run(identity, () -> directives.of(provinces, report));
  }

  OverdueByAgency.View overdue(Caller caller) {
    List<String> provinces = scope(caller);
    return AsSystem.run(identity, () -> overdue.of(provinces, EngineClock.now()));
  }

  /** {@code from} and {@code to} are days of receipt (Vietnam time), both included; default: this quarter so far. */
  CaseFigures.View cases(Caller caller, String from, String to) {
    List<String> provinces = scope(caller);
    LocalDate today = EngineClock.now().toInstant().atZone(VIETNAM).toLocalDate();
    LocalDate first = from == null || from.isBlank()
        ? today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1) : day(from, "from");
    LocalDate last = to == null || to.isBlank() ? today : day(to, "to");
    if (last.isBefore(first)) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Ngày kết thúc phải sau ngày bắt đầu.");
    }
    Date start = Date.from(first.atStartOfDay(VIETNAM).toInstant());
    Date end = Date.from(last.plusDays(1).atStartOfDay(VIETNAM).toInstant());
    return AsSystem.run(identity, () -> cases.of(provinces, start, end, EngineClock.now()));
  }

  /** The provinces the caller may monitor. */
  List<String> scope(Caller caller) {
    if (caller.isIn(Groups.CAMUNDA_ADMIN)) {
      return registry.provinces().stream().map(Province::id).toList();
    }
    if (caller.groupIds().stream().noneMatch(Agency::isManagerGroup)) {
      throw new Refusal(HttpStatus.FORBIDDEN, "Màn hình giám sát dành cho lãnh đạo các cơ quan và quản trị viên.");
    }
    return caller.tenantIds();
  }

  private static LocalDate day(String text, String field) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Ngày '" + field + "' phải có dạng yyyy-MM-dd, ví dụ 2026-10-01.");
    }
  }
}
