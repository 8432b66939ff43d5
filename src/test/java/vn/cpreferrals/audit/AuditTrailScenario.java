package vn.cpreferrals.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cpreferrals.support.TestAccounts;

/** The audit promises, run once per database by the subclasses. */
abstract class AuditTrailScenario {

  static final String PASSWORD = TestAccounts.STAFF_PASSWORD;
  static final String ADMIN_PASSWORD = TestAccounts.ADMIN_PASSWORD;
  static final String OFFICER = "quang-ngai-so-y-te-officer";
  static final String QNG_MANAGER = "quang-ngai-so-y-te-manager";
  static final String LCU_MANAGER = "lai-chau-so-y-te-manager";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuditLog auditLog;
  @Autowired AuditVerifier verifier;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired RepositoryService repositoryService;
  @Autowired AuditRetention retention;
  @Autowired AuditAnchor anchor;
  @Autowired FailedLogins failedLogins;

  @Test
  void caseRunEndToEndYieldsTheCompleteOrderedTrailWithActors() {
    String instance = officerRunsOneTaskThroughTheRestApi();

    List<AuditEntry> trail = auditLog.find(query(instance));

    assertThat(trail).extracting(AuditEntry::action, AuditEntry::actor).containsSubsequence(
        tuple("PROCESS_STARTED", OFFICER),
        tuple("TASK_GROUP_ADDED", OFFICER),
        tuple("TASK_CREATED", OFFICER),
        tuple("CASE_DATA_READ", OFFICER),
        tuple("TASK_CLAIMED", OFFICER),
        tuple("VARIABLE_SET", OFFICER),
        tuple("TASK_COMPLETED", OFFICER),
        tuple("PROCESS_ENDED", OFFICER));
    assertThat(trail).allSatisfy(e -> {
      assertThat(e.province()).isEqualTo("quang-ngai");
      assertThat(e.actorAgency()).isEqualTo("quang-ngai-so-y-te");
    });
    assertThat(trail).filteredOn(e -> "TASK_GROUP_ADDED".equals(e.action()))
        .extracting(AuditEntry::subject).containsExactly("quang-ngai-so-y-te");
    // Free text is never copied, whatever its name; only the open variables (an allow-list) show their values.
    assertThat(trail).filteredOn(e -> "VARIABLE_SET".equals(e.action()) && "result".equals(e.subject()))
        .extracting(AuditEntry::details).containsExactly("Giá trị: (ẩn: dữ liệu nhạy cảm)");
    assertThat(trail).filteredOn(e -> "VARIABLE_SET".equals(e.action()) && "referralAccepted".equals(e.subject()))
        .extracting(AuditEntry::details).containsExactly("Giá trị: true");
    assertThat(verifier.verify(null, null).intact()).isTrue();
  }

  @Test
  void rolledBackActionLeavesNoEntry() {
    long headBefore = head();
    String[] started = new String[1];

    try {
      transactions.executeWithoutResult(tx -> {
        started[0] = runtimeService.startProcessInstanceByKey("AgencyTaskFixture",
            Map.of("agencyId", "quang-ngai-so-y-te", "provinceId", "quang-ngai")).getId();
        throw new IllegalStateException("simulated failure after the engine change");
      });
    } catch (IllegalStateException expected) {
      // the whole transaction, engine change and audit entries, is rolled back
    }

    assertThat(started[0]).isNotNull();
    assertThat(auditLog.find(query(started[0]))).isEmpty();
    assertThat(head()).isEqualTo(headBefore);
  }

  @Test
  void editingARowDirectlyIsDetectedAtExactlyThatEntry() {
    String instance = officerRunsOneTaskThroughTheRestApi();
    AuditEntry victim = auditLog.find(query(instance)).get(2);
    try {
      jdbc.update("UPDATE cp_audit_entry SET actor = 'someone-else' WHERE seq = ?", victim.seq());

      VerificationResult result = verifier.verify(null, null);

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).as(result.reason()).isEqualTo(victim.seq());
      assertThat(result.reason()).contains("changed");
    } finally {
      jdbc.update("UPDATE cp_audit_entry SET actor = ? WHERE seq = ?", victim.actor(), victim.seq());
    }
    assertThat(verifier.verify(null, null).intact()).isTrue();
  }

  @Test
  void deletingARowDirectlyIsDetectedAtExactlyThatEntry() {
    String instance = officerRunsOneTaskThroughTheRestApi();
    AuditEntry victim = auditLog.find(query(instance)).get(3);
    jdbc.update("DELETE FROM cp_audit_entry WHERE seq = ?", victim.seq());
    try {
      VerificationResult result = verifier.verify(null, null);

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(victim.seq());
      assertThat(result.reason()).contains("missing");
    } finally {
      reinsert(victim);
    }
    assertThat(verifier.verify(null, null).intact()).isTrue();
  }

  @Test
  void cuttingTheNewestEntriesAndMovingTheHeadBackIsDetectedByTheExternalAnchor() {
    officerRunsOneTaskThroughTheRestApi();
    anchor.write();
    AuditLog.ChainState head = auditLog.chainState();
    // Read by sequence: a query stops at its limit (10,000 entries) and a long test run writes more than that.
    List<AuditEntry> newest = new java.util.ArrayList<>();
    auditLog.forEachInOrder(head.lastSeq() - 1, head.lastSeq(), newest::add);
    assertThat(newest).hasSize(2);
    String keptHash = auditLog.hashOf(head.lastSeq() - 2);
    jdbc.update("DELETE FROM cp_audit_entry WHERE seq > ?", head.lastSeq() - 2);
    jdbc.update("UPDATE cp_audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1", head.lastSeq() - 2, keptHash);
    try {
      VerificationResult result = verifier.verify(null, null);

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(head.lastSeq() - 1);
      assertThat(result.reason()).contains("anchored outside the database");
    } finally {
      newest.forEach(this::reinsert);
      jdbc.update("UPDATE cp_audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1", head.lastSeq(),
          head.lastHash());
    }
    assertThat(verifier.verify(null, null).intact()).isTrue();
  }

  @Test
  void csvExportNeverHandsASpreadsheetAFormula() {
    String formula = "=cmd|' /C calc'!A0";
    rest.withBasicAuth(formula, "wrong").getForEntity("/engine-rest/task", String.class);
    failedLogins.flush();

    String csv = rest.withBasicAuth("admin", ADMIN_PASSWORD)
        .getForObject(java.net.URI.create(rest.getRootUri() + "/api/audit/entries?format=csv&actor="
            + java.net.URLEncoder.encode(formula, java.nio.charset.StandardCharsets.UTF_8)), String.class);

    assertThat(csv).contains("'" + formula.replace("\"", "\"\"")).doesNotContain("," + formula);
  }

  @Test
  void insertingARowDirectlyIsDetectedAtExactlyThatEntry() {
    officerRunsOneTaskThroughTheRestApi();
    long forgedSeq = head() + 1;
    List<AuditEntry> newest = new java.util.ArrayList<>();
    auditLog.forEachInOrder(forgedSeq - 1, forgedSeq - 1, newest::add);
    AuditEntry last = newest.get(0);
    AuditEntry forged = new AuditEntry(forgedSeq, last.occurredAt(), "admin", null, "quang-ngai", "TASK_COMPLETED",
        null, null, null, null, "forged", null, last.hash(), "a".repeat(64));
    reinsert(forged);
    try {
      VerificationResult result = verifier.verify(null, null);

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(forgedSeq);
    } finally {
      jdbc.update("DELETE FROM cp_audit_entry WHERE seq = ?", forgedSeq);
    }
    assertThat(verifier.verify(null, null).intact()).isTrue();
  }

  @Test
  void officersCannotReadTheAuditLogAndManagersReadOnlyTheirProvince() {
    String instance = officerRunsOneTaskThroughTheRestApi();
    String path = "/api/audit/entries?processInstanceId=" + instance;

    assertThat(rest.withBasicAuth(OFFICER, PASSWORD).getForEntity(path, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rows(LCU_MANAGER, PASSWORD, path)).isEmpty();
    assertThat(rows(QNG_MANAGER, PASSWORD, path)).isNotEmpty()
        .allSatisfy(row -> assertThat(row.get("province")).isEqualTo("quang-ngai"));
    assertThat(rows("admin", ADMIN_PASSWORD, path)).hasSameSizeAs(rows(QNG_MANAGER, PASSWORD, path));
  }

  @Test
  void managerExportsValidCsvWithVietnameseLabels() throws Exception {
    String instance = officerRunsOneTaskThroughTheRestApi();

    ResponseEntity<String> csv = rest.withBasicAuth(QNG_MANAGER, PASSWORD)
        .getForEntity("/api/audit/entries?format=csv&processInstanceId=" + instance, String.class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    String body = csv.getBody().replace("\uFEFF", "");
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
      List<Map<String, String>> parsed = it.readAll();
      assertThat(parsed).hasSize(auditLog.find(query(instance)).size());
      assertThat(parsed).extracting(r -> r.get("actionLabel")).contains("Hoàn thành công việc", "Nhận việc");
      assertThat(parsed.get(0).get("time")).endsWith("+07:00");
    }
  }

  @Test
  void badFilterIsRefusedWithAReason() {
    ResponseEntity<String> response = rest.withBasicAuth(QNG_MANAGER, PASSWORD)
        .getForEntity("/api/audit/entries?from=15/05/2025", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("from");
  }

  @Test
  void onlyTheAdministratorVerifiesTheChain() {
    ResponseEntity<Map<String, Object>> ok = rest.withBasicAuth("admin", ADMIN_PASSWORD).exchange(
        "/api/audit/verify", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});

    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ok.getBody()).containsEntry("intact", true);
    assertThat(rest.withBasicAuth(QNG_MANAGER, PASSWORD).getForEntity("/api/audit/verify", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void failedLoginsAndDeploymentsAreRecorded() {
    for (int i = 0; i < 3; i++) {
      rest.withBasicAuth("lai-chau-ubnd-tinh-officer", "not-the-password").getForEntity("/engine-rest/task", String.class);
    }
    failedLogins.flush();
    String deployment = repositoryService.createDeployment().name("audit-test-deployment")
        .addModelInstance("AuditProbe.bpmn", Bpmn.createExecutableProcess("AuditProbe").camundaHistoryTimeToLive(1)
            .startEvent().endEvent().done())
        .deploy().getId();
    try {
      // Three failures, one entry: anyone can fail a login, so attempts are counted, not written one by one.
      // Only this test's minutes: a query stops at 10,000 entries and a long run writes more.
      java.time.Instant recent = java.time.Instant.now().minusSeconds(300);
      assertThat(auditLog.find(new AuditQuery(null, null, null, null, "lai-chau-ubnd-tinh-officer", null, recent, null,
          0))).filteredOn(e -> "LOGIN_FAILED".equals(e.action())).extracting(AuditEntry::details)
          .containsExactly("3 lần sai mật khẩu; nguồn: 127.0.0.1");
      assertThat(auditLog.find(new AuditQuery(null, null, null, null, "system", null, recent, null, 0)))
          .filteredOn(e -> "DEPLOYMENT".equals(e.action()))
          .extracting(AuditEntry::subject).contains("audit-test-deployment");
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void retentionPurgeLeavesAVerifiableChainAndAnUnsignedPurgeIsDetected() {
    officerRunsOneTaskThroughTheRestApi();
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3651))));
    try {
      assertThat(retention.purge()).isPositive();
    } finally {
      ClockUtil.reset();
    }
    assertThat(verifier.verify(null, null).intact()).isTrue();

    long purgedThrough = jdbc.queryForObject("SELECT purged_through_seq FROM cp_audit_chain WHERE id = 1", Long.class);
    jdbc.update("UPDATE cp_audit_chain SET purged_through_seq = ? WHERE id = 1", purgedThrough + 1);
    try {
      assertThat(verifier.verify(null, null).intact()).isFalse();
    } finally {
      jdbc.update("UPDATE cp_audit_chain SET purged_through_seq = ? WHERE id = 1", purgedThrough);
    }
  }

  /** Officer of Sở Y tế Quảng Ngãi starts work for their agency, opens the form, claims and completes it. */
  String officerRunsOneTaskThroughTheRestApi() {
    ResponseEntity<Map<String, Object>> started = rest.withBasicAuth(OFFICER, PASSWORD).exchange(
        "/engine-rest/process-definition/key/AgencyTaskFixture/start", HttpMethod.POST,
        json(Map.of("variables", Map.of("agencyId", Map.of("value", "quang-ngai-so-y-te")))),
        new ParameterizedTypeReference<>() {});
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(rest.withBasicAuth(OFFICER, PASSWORD)
        .getForEntity("/engine-rest/task/" + task + "/form-variables", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth(OFFICER, PASSWORD).exchange("/engine-rest/task/" + task + "/claim",
        HttpMethod.POST, json(Map.of("userId", OFFICER)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.withBasicAuth(OFFICER, PASSWORD).exchange("/engine-rest/task/" + task + "/complete",
        HttpMethod.POST, json(Map.of("variables", Map.of(
            "referralAccepted", Map.of("value", true),
            "result", Map.of("value", "Đã khám cho cháu Nguyễn Văn Giả, 9 tuổi, nhà số 5")))), String.class)
        .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return instance;
  }

  List<Map<String, Object>> rows(String user, String password, String path) {
    ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, password)
        .exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  static AuditQuery query(String processInstanceId) {
    return new AuditQuery(null, processInstanceId, null, null, null, null, null, null, 0);
  }

  long head() {
    return jdbc.queryForObject("SELECT last_seq FROM cp_audit_chain WHERE id = 1", Long.class);
  }

  void reinsert(AuditEntry e) {
    jdbc.update("INSERT INTO cp_audit_entry (" + AuditLog.COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        e.seq(), e.occurredAt().toEpochMilli(), e.actor(), e.actorAgency(), e.province(), e.action(),
        e.processDefinitionKey(), e.processInstanceId(), e.businessKey(), e.taskId(), e.subject(), e.details(),
        e.prevHash(), e.hash());
  }

  static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
