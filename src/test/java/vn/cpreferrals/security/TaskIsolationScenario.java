package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cpreferrals.support.TestAccounts.officer;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import vn.cpreferrals.support.TestAccounts;

/**
 * The isolation promise, checked through the REST API with each person's own credentials: staff see and work only the
 * tasks of their agency in their province; managers monitor instances of their province only; the administrator sees
 * everything. Run once per database by the subclasses.
 */
abstract class TaskIsolationScenario {

  static final String PASSWORD = TestAccounts.STAFF_PASSWORD;
  static final String ADMIN_PASSWORD = TestAccounts.ADMIN_PASSWORD;

  static final String QNG_HEALTH = "quang-ngai-so-y-te";
  static final String QNG_POLICE = "quang-ngai-cong-an-tinh";
  static final String LCU_HEALTH = "lai-chau-so-y-te";
  static final String BDH_COMMITTEE = "binh-dinh-ubnd-tinh";
  /**
   * This scenario's own tasks: exact lists are checked on them, because test classes sharing the Spring context may
   * leave work of theirs in the same provinces; the unfiltered lists are checked for the province only.
   */
  static final String FIXTURE_TASKS = "/engine-rest/task?processDefinitionKey=AgencyTaskFixture";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;

  String qngHealthTask;
  String qngPoliceTask;
  String lcuHealthTask;

  @BeforeEach
  void givenOneTaskForEachOfThreeAgenciesInTwoProvinces() {
    qngHealthTask = startWorkFor(QNG_HEALTH, "quang-ngai");
    qngPoliceTask = startWorkFor(QNG_POLICE, "quang-ngai");
    lcuHealthTask = startWorkFor(LCU_HEALTH, "lai-chau");
  }

  @AfterEach
  void removeInstances() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("AgencyTaskFixture").list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  @Test
  void officerSeesOnlyTheTasksOfTheirOwnAgencyAndProvince() {
    List<Map<String, Object>> tasks = getList(officer(QNG_HEALTH), PASSWORD, FIXTURE_TASKS);
    List<Map<String, Object>> allTasks = getList(officer(QNG_HEALTH), PASSWORD, "/engine-rest/task");

    assertThat(tasks).extracting(t -> t.get("id")).containsExactly(qngHealthTask);
    assertThat(tasks.get(0).get("tenantId")).isEqualTo("quang-ngai");
    assertThat(allTasks).extracting(t -> t.get("id")).doesNotContain(qngPoliceTask, lcuHealthTask);
    assertThat(allTasks).allSatisfy(t -> assertThat(t.get("tenantId")).isEqualTo("quang-ngai"));
  }

  @Test
  void officerAskingByCandidateGroupGetsOnlyTheirOwnAgencysTasks() {
    String user = officer(QNG_HEALTH);
    String unclaimedFilter = filterService.createFilterQuery().filterName("Việc chưa nhận của cơ quan").singleResult()
        .getId();

    // their agency, as Tasklist's agency filters ask (these skip the per-task grant join)
    assertThat(ids(getList(user, PASSWORD, FIXTURE_TASKS + "&candidateGroup=" + QNG_HEALTH))).containsExactly(qngHealthTask);
    assertThat(ids(postList(user, "/engine-rest/filter/" + unclaimedFilter + "/list",
        Map.of("processDefinitionKey", "AgencyTaskFixture")))).containsExactly(qngHealthTask);
    // another agency named alone, next to their own, or by pattern
    assertThat(getList(user, PASSWORD, FIXTURE_TASKS + "&candidateGroup=" + QNG_POLICE)).isEmpty();
    assertThat(ids(getList(user, PASSWORD, FIXTURE_TASKS + "&candidateGroups=" + QNG_HEALTH + "," + QNG_POLICE)))
        .containsExactly(qngHealthTask);
    assertThat(ids(getList(user, PASSWORD, FIXTURE_TASKS + "&candidateGroupLike=%"))).containsExactly(qngHealthTask);
    // the same agency in another province sees its own task only
    assertThat(ids(getList(officer(LCU_HEALTH), PASSWORD, FIXTURE_TASKS + "&candidateGroup=" + LCU_HEALTH)))
        .containsExactly(lcuHealthTask);
  }

  @Test
  void taskRevokedFromAnOfficerLeavesTheirAgencyListToo() {
    String user = officer(QNG_HEALTH);
    Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(user);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(qngHealthTask);
    revoke.removePermission(Permissions.READ);
    String revokeId = authorizationService.saveAuthorization(revoke).getId();
    try {
      assertThat(getList(user, PASSWORD, FIXTURE_TASKS + "&candidateGroup=" + QNG_HEALTH)).isEmpty();
    } finally {
      authorizationService.deleteAuthorization(revokeId);
    }
  }

  @Test
  void officerCannotReadClaimOrCompleteAnotherAgencysTaskInTheSameProvince() {
    String user = officer(QNG_HEALTH);

    assertThat(get(user, PASSWORD, "/engine-rest/task/" + qngPoliceTask).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(user, PASSWORD, "/engine-rest/task/" + qngPoliceTask + "/claim", Map.of("userId", user))
        .getStatusCode().value()).isBetween(400, 499);
    assertThat(post(user, PASSWORD, "/engine-rest/task/" + qngPoliceTask + "/complete", Map.of())
        .getStatusCode().value()).isBetween(400, 499);
    assertThat(taskService.createTaskQuery().taskId(qngPoliceTask).count()).isEqualTo(1);
  }

  @Test
  void officerCannotTouchTheSameAgencyTypeInAnotherProvince() {
    String user = officer(QNG_HEALTH);

    assertThat(get(user, PASSWORD, "/engine-rest/task/" + lcuHealthTask).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> complete = post(user, PASSWORD, "/engine-rest/task/" + lcuHealthTask + "/complete", Map.of());
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete.getBody()).contains("tỉnh khác");
    assertThat(taskService.createTaskQuery().taskId(lcuHealthTask).count()).isEqualTo(1);
  }

  @Test
  void officerClaimsAndCompletesTheirOwnAgencysTask() {
    String user = officer(QNG_HEALTH);

    assertThat(post(user, PASSWORD, "/engine-rest/task/" + qngHealthTask + "/claim", Map.of("userId", user))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(user, PASSWORD, "/engine-rest/task/" + qngHealthTask + "/complete",
        Map.of("variables", Map.of("result", Map.of("value", "Đã xử lý xong")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(qngHealthTask).count()).isZero();
  }

  @Test
  void officerCannotOpenWorkInAnotherProvince() {
    ResponseEntity<String> response = post(officer(QNG_HEALTH), PASSWORD,
        "/engine-rest/process-definition/key/AgencyTaskFixture/start",
        Map.of("variables", Map.of("agencyId", Map.of("value", LCU_HEALTH),
            "provinceId", Map.of("value", "lai-chau"))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("lai-chau");
    assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn("lai-chau").count()).isEqualTo(1);
  }

  @Test
  void officerStartingWorkGetsTheirOwnProvinceWithoutNamingIt() {
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(officer(QNG_HEALTH), PASSWORD).exchange(
        "/engine-rest/process-definition/key/AgencyTaskFixture/start", HttpMethod.POST,
        json(Map.of("variables", Map.of("agencyId", Map.of("value", QNG_POLICE))), null),
        new ParameterizedTypeReference<>() {});

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("tenantId", "quang-ngai");
  }

  @Test
  void managerMonitorsEveryInstanceOfTheirProvinceButWorksNoOtherAgencysTask() {
    String manager = QNG_HEALTH + "-manager";

    List<Map<String, Object>> instances = getList(manager, PASSWORD,
        "/engine-rest/process-instance?processDefinitionKey=AgencyTaskFixture");
    List<Map<String, Object>> allInstances = getList(manager, PASSWORD, "/engine-rest/process-instance");
    List<Map<String, Object>> tasks = getList(manager, PASSWORD, FIXTURE_TASKS);

    assertThat(instances).hasSize(2).allSatisfy(pi -> assertThat(pi.get("tenantId")).isEqualTo("quang-ngai"));
    assertThat(allInstances).allSatisfy(pi -> assertThat(pi.get("tenantId")).isEqualTo("quang-ngai"));
    assertThat(tasks).extracting(t -> t.get("id")).containsExactly(qngHealthTask);
  }

  @Test
  void administratorSeesAndCompletesEveryTask() {
    List<Map<String, Object>> tasks = getList("admin", ADMIN_PASSWORD, FIXTURE_TASKS);

    assertThat(tasks).extracting(t -> t.get("id"))
        .containsExactlyInAnyOrder(qngHealthTask, qngPoliceTask, lcuHealthTask);
    assertThat(post("admin", ADMIN_PASSWORD, "/engine-rest/task/" + lcuHealthTask + "/complete", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void restApiRefusesAnonymousAndWrongPasswordsButAnswersTheEngineProbe() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // Another province's account: failed logins delay that account's next logins (brute-force protection).
    assertThat(get(officer(BDH_COMMITTEE), "wrong-password", "/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void taskFormIsTheCamundaFormDeployedWithTheProcess() {
    ResponseEntity<String> form = get(officer(QNG_HEALTH), PASSWORD,
        "/engine-rest/task/" + qngHealthTask + "/deployed-form");

    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("Kết quả xử lý");
  }

  private String startWorkFor(String agencyId, String provinceId) {
    String instanceId = runtimeService.startProcessInstanceByKey("AgencyTaskFixture",
        Map.of("agencyId", agencyId, "provinceId", provinceId)).getId();
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  ResponseEntity<String> get(String user, String password, String path) {
    return rest.withBasicAuth(user, password).getForEntity(path, String.class);
  }

  List<Map<String, Object>> getList(String user, String password, String path) {
    return list(user, password, HttpMethod.GET, path, null);
  }

  List<Map<String, Object>> postList(String user, String path, Map<String, Object> body) {
    return list(user, PASSWORD, HttpMethod.POST, path, json(body, null));
  }

  private List<Map<String, Object>> list(String user, String password, HttpMethod method, String path,
      HttpEntity<?> body) {
    ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, password)
        .exchange(path, method, body, new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  static List<Object> ids(List<Map<String, Object>> tasks) {
    return tasks.stream().map(t -> t.get("id")).toList();
  }

  ResponseEntity<String> post(String user, String password, String path, Map<String, Object> body) {
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.POST, json(body, null), String.class);
  }

  static HttpEntity<Map<String, Object>> json(Map<String, Object> body, HttpHeaders extra) {
    HttpHeaders headers = extra == null ? new HttpHeaders() : extra;
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
