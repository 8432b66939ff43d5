package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cpreferrals.support.TestAccounts.ADMIN;
import static vn.cpreferrals.support.TestAccounts.ADMIN_PASSWORD;
import static vn.cpreferrals.support.TestAccounts.STAFF_PASSWORD;
import static vn.cpreferrals.support.TestAccounts.manager;
import static vn.cpreferrals.support.TestAccounts.officer;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cpreferrals.audit.AuditEntry;
import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.AuditQuery;
import vn.cpreferrals.support.WebappSession;

/**
 * Each finding of the security probe, replayed against the running application through its APIs with the people's own
 * credentials, and shown closed — next to what must keep working. Run once per database by the subclasses.
 */
abstract class SecurityProbeScenario {

  static final String COMMUNE = "quang-ngai-tp-ubnd-p-chanh-lo";
  static final String OTHER_COMMUNE = "quang-ngai-tp-ubnd-p-nghia-lo";
  static final String STANDING_AGENCY = "quang-ngai-so-y-te";
  static final String POLICE = "quang-ngai-cong-an-tinh";
  static final String LAI_CHAU_HEALTH = "lai-chau-so-y-te";
  static final String CHILD = "Nguyễn Thị Giả Định";
  static final String PHONE = "0912345678";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuditLog auditLog;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  String caseNumber;
  String caseInstance;

  @BeforeEach
  void givenAReportedCaseOfAChildInQuangNgai() throws Exception {
    ResponseEntity<String> opened = post(officer(POLICE), "/api/cases", intake(UUID.randomUUID().toString(), false));
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<?, ?> body = JSON.readValue(opened.getBody(), Map.class);
    caseNumber = (String) body.get("caseNumber");
    caseInstance = (String) body.get("processInstanceId");
  }

  @AfterEach
  void removeTheCase() {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).rootProcessInstances().list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  // --- 1. Guessing by filter ---

  @Test
  void managerCannotRecoverAChildsNameOrPhoneByFilteringOnTheirValues() {
    String manager = manager(STANDING_AGENCY);

    assertThat(get(manager, "/engine-rest/history/process-instance?processInstanceIds=" + caseInstance
        + "&variables=childName_like_Nguy%25").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(manager, "/engine-rest/process-instance?processInstanceIds=" + caseInstance
        + "&variables=reporterPhone_eq_" + PHONE).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(manager, "/engine-rest/history/variable-instance?processInstanceId=" + caseInstance
        + "&variableName=childName&variableValue=" + CHILD).getStatusCode().value()).isBetween(400, 403);
    ResponseEntity<String> orQuery = post(manager, "/engine-rest/task", Map.of("orQueries", List.of(
        Map.of("processVariables", List.of(Map.of("name", "childName", "operator", "like", "value", "Nguy%"))))));
    assertThat(orQuery.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> sorted = post(officer(COMMUNE), "/engine-rest/task", Map.of("sorting", List.of(Map.of(
        "sortBy", "processVariable", "sortOrder", "asc",
        "parameters", Map.of("variable", "childName", "type", "String")))));
    assertThat(sorted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(orQuery.getBody()).contains("childName").contains("dữ liệu của trẻ em");
  }

  @Test
  void managerStillFiltersByCaseNumber() throws Exception {
    ResponseEntity<String> found = get(manager(STANDING_AGENCY),
        "/engine-rest/history/process-instance?variables=caseNumber_eq_" + caseNumber);

    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readValue(found.getBody(), List.class)).hasSize(1);
  }

  @Test
  void cockpitSearchByAChildsNameIsRefusedButByCaseNumberWorks() {
    WebappSession cockpit = WebappSession.login(port, "cockpit", manager(STANDING_AGENCY), STAFF_PASSWORD);
    assertThat(cockpit.loginStatus()).isEqualTo(200);

    var guess = cockpit.postJson("/camunda/api/cockpit/plugin/base/default/process-instance/count",
        "{\"variables\":[{\"name\":\"childName\",\"operator\":\"like\",\"value\":\"%Giả%\"}]}");
    var byNumber = cockpit.postJson("/camunda/api/cockpit/plugin/base/default/process-instance/count",
        "{\"variables\":[{\"name\":\"caseNumber\",\"operator\":\"eq\",\"value\":\"" + caseNumber + "\"}]}");

    assertThat(guess.statusCode()).isEqualTo(403);
    assertThat(guess.body()).doesNotContain("\"count\"");
    assertThat(byNumber.statusCode()).isEqualTo(200);
    assertThat(byNumber.body()).contains("\"count\":1");
  }

  // --- 2. Comments ---

  @Test
  void onlyThoseWorkingTheTaskReadAndWriteItsComments() {
    String task = verifyTask().getId();

    ResponseEntity<String> written = post(officer(COMMUNE), "/engine-rest/task/" + task + "/comment/create",
        Map.of("message", "Đã gặp cháu (giả định)"));
    assertThat(written.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(officer(COMMUNE), "/engine-rest/task/" + task + "/comment").getBody()).contains("Đã gặp cháu");

    for (String outsider : List.of(manager(STANDING_AGENCY), manager(OTHER_COMMUNE), officer(LAI_CHAU_HEALTH))) {
      ResponseEntity<String> read = get(outsider, "/engine-rest/task/" + task + "/comment");
      assertThat(read.getStatusCode().value()).as(outsider).isIn(403, 404);
      assertThat(read.getBody()).as(outsider).doesNotContain("Đã gặp cháu");
      assertThat(post(outsider, "/engine-rest/task/" + task + "/comment/create", Map.of("message", "x"))
          .getStatusCode().value()).as(outsider).isBetween(400, 404);
    }
    assertThat(get(manager(STANDING_AGENCY), "/engine-rest/process-instance/" + caseInstance + "/comment")
        .getStatusCode().value()).isBetween(403, 404);
  }

  // --- 3. Audit log keeps no free text ---

  @Test
  void auditLogNamesFreeTextFieldsButNeverCopiesThem() {
    ResponseEntity<String> done = complete(officer(COMMUNE), verifyTask().getId(), Map.of("verified", true,
        "harmType", "bao_luc", "lifeThreatening", false, "perpetratorHasAccess", true,
        "initialAssessment", "Đã gặp cháu " + CHILD + ", 9 tuổi, nhà số 5"));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    List<AuditEntry> trail = trail();
    assertThat(trail).extracting(AuditEntry::details).noneMatch(d -> d != null && (d.contains(CHILD)
        || d.contains("nhà số 5") || d.contains(PHONE)));
    assertThat(trail).filteredOn(e -> "initialAssessment".equals(e.subject())).isNotEmpty()
        .allMatch(e -> e.details().contains("ẩn"));
    assertThat(trail).filteredOn(e -> "caseNumber".equals(e.subject()) && "VARIABLE_SET".equals(e.action()))
        .extracting(AuditEntry::details).contains("Giá trị: " + caseNumber);
  }

  // --- 4. Routing variables and task inputs ---

  @Test
  void completingATaskCannotRerouteTheCaseOrApproveForTheChairman() {
    String task = verifyTask().getId();
    String officer = officer(COMMUNE);

    for (Map.Entry<String, Object> steer : Map.<String, Object>of("communeAgency", POLICE, "provinceId", "lai-chau",
        "communeChairman", officer(COMMUNE) , "quickReportAgency", POLICE).entrySet()) {
      Map<String, Object> variables = new HashMap<>(validVerification());
      variables.put(steer.getKey(), steer.getValue());
      ResponseEntity<String> refused = complete(officer, task, variables);
      assertThat(refused.getStatusCode()).as(steer.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(put(officer, "/engine-rest/task/" + task + "/variables/communeAgency", Map.of("value", POLICE))
        .getStatusCode().value()).isBetween(400, 403);
    assertThat(post(officer, "/engine-rest/process-instance/" + caseInstance + "/variables",
        Map.of("modifications", Map.of("communeAgency", Map.of("value", POLICE)))).getStatusCode().value())
        .isBetween(400, 403);

    assertThat(runtimeService.getVariable(caseInstance, "communeAgency")).isEqualTo(COMMUNE);
    assertThat(taskService.createTaskQuery().taskCandidateGroup(POLICE).processInstanceId(caseInstance).count())
        .isZero();
    assertThat(verifyTask().getId()).isEqualTo(task);
  }

  @Test
  void wronglyTypedOrMissingAnswersAreRefusedInVietnameseAndTheCaseWaits() {
    String task = verifyTask().getId();

    ResponseEntity<String> yes = complete(officer(COMMUNE), task, Map.of("verified", "yes", "harmType", "bao_luc",
        "lifeThreatening", false, "perpetratorHasAccess", false, "initialAssessment", "x"));
    ResponseEntity<String> empty = complete(officer(COMMUNE), task, Map.of());
    Map<String, Object> tooLong = new HashMap<>(validVerification());
    tooLong.put("initialAssessment", "a".repeat(4001));
    ResponseEntity<String> overlong = complete(officer(COMMUNE), task, tooLong);

    assertThat(yes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(yes.getBody()).contains("Thông tin được xác thực");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("Chưa nhập trường bắt buộc");
    assertThat(overlong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(overlong.getBody()).contains("4000");
    assertThat(verifyTask().getId()).isEqualTo(task);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(caseInstance)
        .activityId("EndEvent_ReportUnfounded").count()).isZero();
    assertThat(complete(officer(COMMUNE), task, validVerification()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  // --- 5. Silencing an escalation ---

  @Test
  void refusedAttemptsToRunADeadlineJobChangeNothing() {
    Job job = managementService.createJobQuery().processInstanceId(caseInstance).list().get(0);

    for (String outsider : List.of(officer(LAI_CHAU_HEALTH), manager(STANDING_AGENCY), officer(COMMUNE))) {
      assertThat(post(outsider, "/engine-rest/job/" + job.getId() + "/execute", Map.of()).getStatusCode())
          .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }

    Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(job.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(caseInstance).count()).isZero();
    assertThat(get(manager(STANDING_AGENCY), "/engine-rest/job?processInstanceId=" + caseInstance).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- Medium findings ---

  @Test
  void quickReportShowsTheStandingAgencyOnlyWhatTheReportNeeds() throws Exception {
    Map<String, Object> serious = new HashMap<>(validVerification());
    serious.put("lifeThreatening", true);
    assertThat(complete(officer(COMMUNE), verifyTask().getId(), serious).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task report = taskService.createTaskQuery().taskDefinitionKey("Task_ReceiveQuickReport")
        .processInstanceBusinessKey(caseNumber).singleResult();

    ResponseEntity<String> variables = get(officer(STANDING_AGENCY), "/engine-rest/task/" + report.getId()
        + "/variables");

    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> names = JSON.readValue(variables.getBody(), new com.fasterxml.jackson.core.type.TypeReference<>() {});
    assertThat(names.keySet()).contains("caseNumber", "harmType").doesNotContain("childName", "caseSummary",
        "reporterPhone", "reporterName", "initialAssessment", "communeAgency");
    assertThat(variables.getBody()).doesNotContain(CHILD).doesNotContain(PHONE).contains("Bạo lực");
    assertThat(get(officer(STANDING_AGENCY), "/engine-rest/process-instance/" + caseInstance + "/variables")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void internalProcessesCannotBeStartedDirectlyByAnyone() {
    for (String key : List.of("CaseIntervention", "CaseReferral", "CaseQuickReport", "DirectiveAssignment")) {
      for (String user : List.of(officer(STANDING_AGENCY), manager(STANDING_AGENCY), ADMIN)) {
        ResponseEntity<String> started = rest.withBasicAuth(user, user.equals(ADMIN) ? ADMIN_PASSWORD : STAFF_PASSWORD)
            .exchange("/engine-rest/process-definition/key/" + key + "/start", HttpMethod.POST,
                json(Map.of("variables", Map.of("communeAgency", Map.of("value", STANDING_AGENCY)))), String.class);
        assertThat(started.getStatusCode()).as(key + " by " + user).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(started.getBody()).as(key).contains("không được bắt đầu trực tiếp");
      }
    }
  }

  @Test
  void staffCannotRedirectTheirNoticesByChangingTheirEmail() {
    String user = officer(COMMUNE);
    ResponseEntity<String> changed = put(user, "/engine-rest/user/" + user + "/profile", Map.of("id", user,
        "firstName", "Cán bộ", "lastName", "X", "email", "attacker@example.invalid"));

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId(user).singleResult().getEmail())
        .endsWith("@demo.cp-referrals.invalid");
  }

  // --- Audit completeness ---

  @Test
  void singleVariableReadsRefusedReadsAndCommentReadsAreAudited() {
    String task = verifyTask().getId();
    long before = lastSeq();

    assertThat(get(officer(COMMUNE), "/engine-rest/task/" + task + "/variables/childName").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get(manager(STANDING_AGENCY), "/engine-rest/process-instance/" + caseInstance + "/variables")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(officer(COMMUNE), "/engine-rest/task/" + task + "/comment").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    List<AuditEntry> reads = auditLog.find(new AuditQuery(null, null, null, null, null, null,
        Instant.now().minusSeconds(60), null, 10_000))
        .stream().filter(e -> e.seq() > before).toList();
    assertThat(reads).anyMatch(e -> e.action().equals("CASE_DATA_READ") && e.actor().equals(officer(COMMUNE))
        && task.equals(e.taskId()) && e.details().contains("biến của công việc"));
    assertThat(reads).anyMatch(e -> e.action().equals("CASE_DATA_READ_DENIED")
        && e.actor().equals(manager(STANDING_AGENCY)));
    assertThat(reads).anyMatch(e -> e.action().equals("CASE_DATA_READ") && e.details().contains("ghi chú"));
  }

  @Test
  void successfulWebappLoginIsAudited() {
    long before = lastSeq();

    assertThat(WebappSession.login(port, "tasklist", officer(COMMUNE), STAFF_PASSWORD).loginStatus()).isEqualTo(200);

    assertThat(auditLog.find(new AuditQuery(null, null, null, null, officer(COMMUNE), null,
        Instant.now().minusSeconds(60), null, 10_000)))
        .anyMatch(e -> e.seq() > before && e.action().equals("LOGIN_SUCCEEDED") && "tasklist".equals(e.subject()));
  }

  // --- Lock-out ---

  @Test
  void tenWrongPasswordsSlowTheGuesserButDoNotLockTheAccount() {
    String victim = officer("quang-ngai-so-tu-phap");
    List<Integer> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(rest.withBasicAuth(victim, "guess-" + i).getForEntity("/engine-rest/task", String.class)
          .getStatusCode().value());
    }

    assertThat(answers.subList(0, 5)).containsOnly(401);
    assertThat(answers.subList(5, 10)).contains(429);
    // The engine itself has not locked the account: the right password still opens it.
    assertThat(identityService.checkPassword(victim, STAFF_PASSWORD)).isTrue();
  }

  // --- Operators ---

  @Test
  void metricsNeedAnOperatorWhileHealthStaysOpen() {
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(manager(STANDING_AGENCY), "/actuator/prometheus").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity("/actuator/prometheus", String.class)
        .getBody()).contains("cp_tasks");
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void answersWithChildDataAreNeverCached() {
    String task = verifyTask().getId();
    assertThat(get(officer(COMMUNE), "/engine-rest/task/" + task + "/variables").getHeaders().getCacheControl())
        .isEqualTo("no-store");
  }

  // --- Intake input ---

  @Test
  void implausibleOrIncompleteReportsAreRefusedWithTheField() throws Exception {
    Map<String, Object> noLifeThreat = new HashMap<>(intake(UUID.randomUUID().toString(), false));
    noLifeThreat.remove("lifeThreatening");
    assertThat(post(officer(POLICE), "/api/cases", noLifeThreat).getBody()).contains("lifeThreatening");

    for (Object receivedAt : List.of("0001-01-01T00:00:00+07:00", 5, "+999999999-12-31T23:59:59+07:00",
        Instant.now().plusSeconds(3 * 86400).toString())) {
      Map<String, Object> report = new HashMap<>(intake(UUID.randomUUID().toString(), false));
      report.put("receivedAt", receivedAt);
      ResponseEntity<String> answer = post(officer(POLICE), "/api/cases", report);
      assertThat(answer.getStatusCode()).as(String.valueOf(receivedAt)).isEqualTo(HttpStatus.BAD_REQUEST);
    }
  }

  @Test
  void anAttachmentWithoutAFileIsTheClientsMistake() {
    ResponseEntity<String> answer = post(officer(COMMUNE), "/engine-rest/task/" + verifyTask().getId()
        + "/attachment/create", Map.of());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("multipart/form-data");
  }

  // --- helpers ---

  Map<String, Object> intake(String reference, boolean lifeThreatening) {
    Map<String, Object> report = new HashMap<>();
    report.put("externalReference", reference);
    report.put("source", "HOTLINE_111");
    report.put("receivedAt", Instant.now().minusSeconds(600).toString());
    report.put("communeAgency", COMMUNE);
    report.put("harmType", "bao_luc");
    report.put("lifeThreatening", lifeThreatening);
    report.put("perpetratorHasAccess", true);
    report.put("child", Map.of("fullName", CHILD));
    report.put("summary", "Tình huống giả định để kiểm thử");
    report.put("reporter", Map.of("fullName", "Người Báo Giả Định", "phone", PHONE));
    return report;
  }

  static Map<String, Object> validVerification() {
    return Map.of("verified", true, "harmType", "bao_luc", "lifeThreatening", false, "perpetratorHasAccess", true,
        "initialAssessment", "Đánh giá ban đầu (giả định)");
  }

  Task verifyTask() {
    return taskService.createTaskQuery().processInstanceId(caseInstance).taskDefinitionKey("Task_VerifyAndAssess")
        .singleResult();
  }

  List<AuditEntry> trail() {
    return auditLog.find(new AuditQuery(null, caseInstance, null, null, null, null, null, null, 1000));
  }

  long lastSeq() {
    Long seq = jdbc.queryForObject("SELECT last_seq FROM cp_audit_chain WHERE id = 1", Long.class);
    return seq == null ? 0 : seq;
  }

  ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new HashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
    return post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
  }

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, STAFF_PASSWORD).getForEntity(path, String.class);
  }

  ResponseEntity<String> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, STAFF_PASSWORD).exchange(path, HttpMethod.POST, json(body), String.class);
  }

  ResponseEntity<String> put(String user, String path, Object body) {
    return rest.withBasicAuth(user, STAFF_PASSWORD).exchange(path, HttpMethod.PUT, json(body), String.class);
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
