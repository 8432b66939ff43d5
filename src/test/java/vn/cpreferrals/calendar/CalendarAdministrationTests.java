package vn.cpreferrals.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cpreferrals.support.TestAccounts.ADMIN;
import static vn.cpreferrals.support.TestAccounts.ADMIN_PASSWORD;
import static vn.cpreferrals.support.TestAccounts.STAFF_PASSWORD;
import static vn.cpreferrals.support.TestAccounts.officer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.audit.AuditEntry;
import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.AuditQuery;
import vn.cpreferrals.support.EngineTest;

/**
 * The administrator sees each year's days off and where they come from, confirms a provisional year or enters the
 * notice, with an audit entry; staff read the calendar; the health endpoint tells operators when next year is
 * still provisional in December.
 */
@EngineTest
class CalendarAdministrationTests {

  static final String OFFICER = officer("quang-ngai-so-y-te");

  @Autowired TestRestTemplate rest;
  @Autowired AuditLog auditLog;
  @Autowired WorkingDays workingDays;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void administratorConfirmsTheProvisionalYearWithAnAuditEntry() {
    ResponseEntity<Map> before = rest.withBasicAuth(OFFICER, STAFF_PASSWORD).getForEntity("/api/calendar/years/2031",
        Map.class);
    assertThat(before.getBody()).containsEntry("status", "PROVISIONAL").containsEntry("statusLabel", "dự kiến");

    ResponseEntity<String> byOfficer = post(OFFICER, STAFF_PASSWORD, "/api/calendar/years/2031/confirm", Map.of());
    ResponseEntity<String> byAdmin = post(ADMIN, ADMIN_PASSWORD, "/api/calendar/years/2031/confirm",
        Map.of("source", "Thông báo giả định số 1/TB-BNV"));

    assertThat(byOfficer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byAdmin.getBody()).contains("\"status\":\"CONFIRMED\"").contains("Thông báo giả định số 1/TB-BNV");
    assertThat(workingDays.year(2031).status()).isEqualTo(CalendarYear.Status.CONFIRMED);
    assertThat(auditLog.find(new AuditQuery(null, null, null, null, ADMIN, null, null, null, 10_000)))
        .filteredOn(e -> "CALENDAR_CONFIRMED".equals(e.action())).extracting(AuditEntry::subject)
        .contains("Năm 2031");
  }

  @Test
  void administratorEntersTheNoticeAndDeadlinesFollowIt() {
    Map<String, Object> notice = Map.of("source", "Thông báo giả định số 2/TB-BNV",
        "daysOff", List.of(Map.of("from", "2099-03-02", "to", "2099-03-03", "name", "Nghỉ giả định")),
        "workingDays", List.of(Map.of("from", "2099-03-07", "name", "Làm bù giả định")));

    ResponseEntity<String> entered = put(ADMIN, ADMIN_PASSWORD, "/api/calendar/years/2099", notice);

    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(workingDays.isWorkingDay(LocalDate.of(2099, 3, 2))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2099, 3, 7))).isTrue();
    assertThat(auditLog.find(new AuditQuery(null, null, null, null, ADMIN, null, null, null, 10_000)))
        .filteredOn(e -> "CALENDAR_CHANGED".equals(e.action()) && "Năm 2099".equals(e.subject()))
        .extracting(AuditEntry::details).anyMatch(d -> d.contains("03-02"));
    assertThat(put(OFFICER, STAFF_PASSWORD, "/api/calendar/years/2099", notice).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aNoticeWithDaysOutsideItsYearOrWithoutSourceIsRefused() {
    ResponseEntity<String> wrongYear = put(ADMIN, ADMIN_PASSWORD, "/api/calendar/years/2098", Map.of("source", "x",
        "daysOff", List.of(Map.of("from", "2097-12-31", "name", "Sai năm"))));
    ResponseEntity<String> noSource = put(ADMIN, ADMIN_PASSWORD, "/api/calendar/years/2098",
        Map.of("daysOff", List.of()));

    assertThat(wrongYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongYear.getBody()).contains("không nằm trong năm 2098");
    assertThat(noSource.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(workingDays.year(2098).status()).isEqualTo(CalendarYear.Status.PROVISIONAL);
  }

  @Test
  void healthWarnsInDecemberWhenNextYearIsStillProvisional() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2096, 12, 5, 9, 0).atZone(WorkingDays.VIETNAM).toInstant()));

    String health = rest.getForObject("/actuator/health", String.class);

    assertThat(health).contains("\"calendar\":{\"description\":\"The working-day calendar of 2097 is still "
        + "provisional");
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2096, 11, 5, 9, 0).atZone(WorkingDays.VIETNAM).toInstant()));
    assertThat(rest.getForObject("/actuator/health", String.class)).contains("\"calendar\":{\"status\":\"UP\"}");
  }

  @Test
  void aChangedYearMovesOpenDeadlinesOnlyWhenTheAdministratorAsksAfterADryRun() throws Exception {
    LocalDate today = LocalDate.of(2095, 3, 1);
    ClockUtil.setCurrentTime(Date.from(today.atTime(9, 0).atZone(WorkingDays.VIETNAM).toInstant()));
    Date due = workingDays.deadlineAfter(ClockUtil.getCurrentTime(), 5);
    String instance = runtimeService.startProcessInstanceByKey("AgencyTaskFixture", Map.of("agencyId",
        "quang-ngai-so-y-te", "provinceId", "quang-ngai", "dueDate", due)).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    try {
      // The notice for 2095 gives one more weekday off, two working days from now.
      LocalDate extra = workingDays.addWorkingDays(today, 2);
      CalendarYear shown = workingDays.year(2095);
      List<Map<String, String>> off = new java.util.ArrayList<>(shown.daysOff().stream()
          .map(d -> Map.of("from", d.date().toString(), "name", d.name())).toList());
      off.add(Map.of("from", extra.toString(), "name", "Nghỉ giả định"));
      assertThat(put(ADMIN, ADMIN_PASSWORD, "/api/calendar/years/2095", Map.of("source", "Thông báo giả định 2095",
          "daysOff", off, "workingDays", List.of())).getStatusCode()).isEqualTo(HttpStatus.OK);

      ResponseEntity<String> dryRun = rest.withBasicAuth(ADMIN, ADMIN_PASSWORD)
          .getForEntity("/api/calendar/years/2095/recompute", String.class);
      Date newDue = Date.from(workingDays.addWorkingDays(today, 5).atTime(23, 59, 59)
          .atZone(WorkingDays.VIETNAM).toInstant());
      assertThat(dryRun.getBody()).contains(task).contains("\"applied\":false");
      assertThat(taskService.createTaskQuery().taskId(task).singleResult().getDueDate()).isEqualTo(due);
      assertThat(rest.withBasicAuth(OFFICER, STAFF_PASSWORD).getForEntity("/api/calendar/years/2095/recompute",
          String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

      assertThat(post(ADMIN, ADMIN_PASSWORD, "/api/calendar/years/2095/recompute", Map.of()).getBody())
          .contains(task).contains("\"applied\":true");

      assertThat(taskService.createTaskQuery().taskId(task).singleResult().getDueDate()).isEqualTo(newDue)
          .isAfter(due);
      assertThat(auditLog.find(new AuditQuery(null, instance, null, null, null, null, null, null, 1000)))
          .filteredOn(e -> "CALENDAR_DEADLINE_MOVED".equals(e.action())).hasSize(1);
      assertThat(post(ADMIN, ADMIN_PASSWORD, "/api/calendar/years/2095/recompute", Map.of()).getBody())
          .doesNotContain(task);
    } finally {
      runtimeService.deleteProcessInstance(instance, "test cleanup");
    }
  }

  ResponseEntity<String> post(String user, String password, String path, Object body) {
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.POST, json(body), String.class);
  }

  ResponseEntity<String> put(String user, String password, String path, Object body) {
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.PUT, json(body), String.class);
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
