package vn.cpreferrals.engine.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;
import vn.cpreferrals.support.WebappSession;

/**
 * An officer completes a task at the moment another transaction (a reminder or escalation job) changes the same
 * instance: the server runs the completion again instead of answering 500; if the conflict outlasts the retries, the
 * officer gets 409 with a reason in Vietnamese and nothing is lost.
 */
@EngineTest
class TaskCompletionConflictTests {

  static final String KEY = "ConflictFixture";
  static final String AGENCY = "quang-ngai-so-y-te";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  String deployment;
  String instance;

  @BeforeEach
  void givenATaskOfSoYTe() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("Xung đột khi hoàn thành (kiểm thử)")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Fixture").userTask("Task_Fixture").name("Việc thử xung đột")
        .camundaCandidateGroups(AGENCY).camundaTaskListenerClass("complete", ConcurrentUpdate.class.getName())
        .endEvent("EndEvent_Fixture").done();
    deployment = repositoryService.createDeployment().name("conflict-fixture").addModelInstance(KEY + ".bpmn", model)
        .deploy().getId();
    instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("provinceId", "quang-ngai")).getId();
    ConcurrentUpdate.ATTEMPTS.set(0);
  }

  @AfterEach
  void tearDown() {
    ConcurrentUpdate.CONFLICTS.set(0);
    repositoryService.deleteDeployment(deployment, true, true, true);
  }

  @Test
  void aCompletionThatMeetsAConcurrentUpdateIsRunAgainAndSucceeds() {
    ConcurrentUpdate.CONFLICTS.set(1);
    double retriedBefore = conflicts("retried");

    ResponseEntity<Map<String, Object>> answer = complete(task());

    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(ConcurrentUpdate.ATTEMPTS.get()).as("the first attempt conflicted, the second went through")
        .isEqualTo(2);
    assertThat(conflicts("retried") - retriedBefore).as("counted for operators").isEqualTo(1.0);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getEndTime()).isNotNull();
  }

  @Test
  void aConflictThatOutlastsTheRetriesIsAnswered409InVietnameseAndTheTaskStaysOpen() {
    ConcurrentUpdate.CONFLICTS.set(10);
    Task task = task();
    double refusedBefore = conflicts("refused");

    ResponseEntity<Map<String, Object>> answer = complete(task);

    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) answer.getBody().get("message")).startsWith("Công việc này vừa được cập nhật cùng lúc")
        .contains("thử lại");
    assertThat(ConcurrentUpdate.ATTEMPTS.get()).isEqualTo(ConflictRetryInterceptor.ATTEMPTS);
    assertThat(conflicts("refused") - refusedBefore).isEqualTo(1.0);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();

    ConcurrentUpdate.CONFLICTS.set(0);
    assertThat(complete(task).getStatusCode()).as("trying again later works").isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void inTasklistAConflictThatOutlastsTheRetriesIsAnswered409InVietnamese() {
    ConcurrentUpdate.CONFLICTS.set(10);
    Task task = task();
    WebappSession tasklist = WebappSession.login(port, "tasklist", TestAccounts.officer(AGENCY),
        TestAccounts.STAFF_PASSWORD);

    var answer = tasklist.postJson("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
        "{\"variables\":{}}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(HttpStatus.CONFLICT.value());
    assertThat(answer.body()).contains("Công việc này vừa được cập nhật cùng lúc").doesNotContain("ENGINE-");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    ConcurrentUpdate.CONFLICTS.set(0);
    assertThat(tasklist.postJson("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
        "{\"variables\":{}}").statusCode()).isEqualTo(HttpStatus.NO_CONTENT.value());
  }

  private double conflicts(String outcome) {
    var counter = meters.find(ConflictRetryInterceptor.CONFLICTS).tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  private Task task() {
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private ResponseEntity<Map<String, Object>> complete(Task task) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(TestAccounts.officer(AGENCY), TestAccounts.STAFF_PASSWORD).exchange(
        "/engine-rest/task/" + task.getId() + "/complete", HttpMethod.POST, new HttpEntity<>("{}", headers),
        new ParameterizedTypeReference<>() {});
  }
}
