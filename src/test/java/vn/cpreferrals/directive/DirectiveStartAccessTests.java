package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.support.EngineTest;

import vn.cpreferrals.support.TestAccounts;

/** Standing agencies start their own province's directives (business key = directive number) and no other. */
@EngineTest
class DirectiveStartAccessTests {

  static final String PASSWORD = TestAccounts.STAFF_PASSWORD;
  static final Map<String, Object> START = Map.of("variables", Map.of(
      "year", Map.of("value", 2025), "directiveNumber", Map.of("value", "65/KH-UBND"),
      "issuedOn", Map.of("value", "2025-03-31"), "pastDeadlines", Map.of("value", "fromToday")));

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @AfterEach
  void tearDown() {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("65/KH-UBND").rootProcessInstances()
        .list().forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  @Test
  void standingAgencyStartsItsProvincesDirectiveWithTheDirectiveNumberAsBusinessKey() {
    ResponseEntity<Map<String, Object>> started = start("quang-ngai-so-y-te-officer",
        "Directive_QuangNgai_2025_KH65");

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).containsEntry("tenantId", "quang-ngai").containsEntry("businessKey", "65/KH-UBND");
  }

  @Test
  void aDirectiveForAPastYearIsNotStartedWithoutAChoiceForItsPassedDeadlines() {
    Map<String, Object> withoutChoice = Map.of("variables", Map.of("year", Map.of("value", 2025),
        "directiveNumber", Map.of("value", "65/KH-UBND"), "issuedOn", Map.of("value", "2025-03-31")));

    ResponseEntity<Map<String, Object>> refused = start("quang-ngai-so-y-te-officer", "Directive_QuangNgai_2025_KH65",
        withoutChoice);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).contains("Năm thực hiện 2025 đã qua");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("65/KH-UBND").count()).isZero();
  }

  @Test
  void startedFromTodayThePassedDeadlinesAreMarkedAndNobodyIsRemindedOrEscalated() {
    String id = start("quang-ngai-so-y-te-officer", "Directive_QuangNgai_2025_KH65").getBody().get("id").toString();
    // The year's own timers (report periods, year end) are all due: run them as the job executor would.
    java.util.Date now = new java.util.Date();
    for (int round = 0; round < 5; round++) {
      for (var job : managementService.createJobQuery().duedateLowerThan(now).list()) {
        // Jobs of no process (the nightly history cleanup, due from 22:00) are not this directive's.
        if (job.getProcessInstanceId() != null && id.equals(historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(job.getProcessInstanceId()).singleResult().getRootProcessInstanceId())) {
          managementService.executeJob(job.getId());
        }
      }
    }
    String[] tree = historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(id).unfinished().list()
        .stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toArray(String[]::new);
    var overdue = taskService.createTaskQuery().processInstanceIdIn(tree).dueBefore(now).list();

    assertThat(overdue).isNotEmpty();
    for (var task : overdue) {
      assertThat(taskService.getVariableLocal(task.getId(), "cpDueStatus")).as(task.getName())
          .isEqualTo("đã quá hạn khi bắt đầu");
      assertThat(managementService.createJobQuery().executionId(task.getExecutionId()).list()).as(task.getName())
          .noneMatch(job -> "cp-task-deadline".equals(
              ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getJobHandlerType()));
    }
    // Work still to come keeps its reminders.
    var ahead = taskService.createTaskQuery().processInstanceIdIn(tree).dueAfter(now).list();
    assertThat(ahead).isNotEmpty().allSatisfy(task ->
        assertThat(taskService.getVariableLocal(task.getId(), "cpDueStatus")).isEqualTo("trong hạn"));
  }

  @Test
  void nobodyStartsAnotherProvincesDirectiveAndOrdinaryAgenciesStartNone() {
    assertThat(start("quang-ngai-so-y-te-officer", "Directive_LaiChau_2025_CongTacTreEm").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Agencies that may not start directives do not even see them.
    assertThat(start("quang-ngai-cong-an-tinh-officer", "Directive_QuangNgai_2025_KH65").getStatusCode().value())
        .isIn(403, 404);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("65/KH-UBND").count()).isZero();
  }

  @Test
  void theStartListOffersOnlyTheOwnProvincesDirectivesAndTheIntake() {
    String list = rest.withBasicAuth("lai-chau-so-y-te-officer", PASSWORD).getForObject(
        "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true",
        String.class);

    assertThat(list).contains("Directive_LaiChau_2025_CongTacTreEm").contains("CaseReportIntake")
        .doesNotContain("Directive_QuangNgai_2025_KH65").doesNotContain("Directive_BinhDinh_2024")
        .doesNotContain("\"CaseIntervention\"");
  }

  private ResponseEntity<Map<String, Object>> start(String user, String key) {
    return start(user, key, START);
  }

  private ResponseEntity<Map<String, Object>> start(String user, String key, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange("/engine-rest/process-definition/key/" + key + "/start",
        HttpMethod.POST, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {});
  }
}
