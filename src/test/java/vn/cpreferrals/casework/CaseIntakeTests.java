package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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

import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/** Reports come in from any intake point and open the case at the commune where it happened, once. */
@EngineTest
class CaseIntakeTests {

  static final String POLICE_OFFICER = TestAccounts.officer("lai-chau-muong-te-cong-an");

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;
  @Autowired ReferralServices referrals;
  @Autowired vn.cpreferrals.agency.AgencyRegistry registry;

  /** Camunda's process assertions (isWaitingAt, hasPassed) read this engine. */
  @BeforeEach
  void processAssertionsOnThisEngine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void tearDown() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention").list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  static Map<String, Object> report(String reference) {
    Map<String, Object> r = new HashMap<>();
    r.put("externalReference", reference);
    r.put("source", "HOTLINE_111");
    r.put("receivedAt", "2026-04-29T10:15:00+07:00");
    r.put("communeAgency", "quang-ngai-tp-ubnd-p-chanh-lo");
    r.put("harmType", "bao_luc");
    r.put("lifeThreatening", false);
    r.put("perpetratorHasAccess", true);
    r.put("child", Map.of("fullName", "Nguyễn Văn Thử (giả định)", "birthDate", "2016-02-01", "sex", "nam"));
    r.put("summary", "Nội dung giả định cho kiểm thử");
    r.put("reporter", Map.of("fullName", "Người báo tin giả định", "phone", "0912345678"));
    return r;
  }

  ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestAccounts.STAFF_PASSWORD).exchange("/api/cases", HttpMethod.POST,
        new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {});
  }

  @Test
  void reportFromAnotherProvinceOpensTheCaseAtTheCommuneWhereItHappened() {
    ResponseEntity<Map<String, Object>> created = post(POLICE_OFFICER, report("111-2026-000123"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("duplicate", false);
    assertThat((String) created.getBody().get("caseNumber")).matches("QUANG-NGAI-2026-\\d{4}");
    String instance = (String) created.getBody().get("processInstanceId");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getTenantId())
        .isEqualTo("quang-ngai");
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup(
        "quang-ngai-tp-ubnd-p-chanh-lo").taskDefinitionKey("Task_VerifyAndAssess").count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instance, "reportedBy")).isEqualTo(POLICE_OFFICER);
  }

  @Test
  void resubmittedReportFindsItsCaseInsteadOfOpeningASecond() {
    ResponseEntity<Map<String, Object>> first = post(POLICE_OFFICER, report("111-2026-000777"));
    ResponseEntity<Map<String, Object>> again = post(POLICE_OFFICER, report("111-2026-000777"));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("duplicate", true)
        .containsEntry("caseNumber", first.getBody().get("caseNumber"));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention").count())
        .isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void incompleteReportIsRefusedFieldByFieldInVietnamese() {
    Map<String, Object> bad = report("111-2026-000999");
    bad.remove("communeAgency");
    bad.put("harmType", "khac");
    bad.put("reporter", Map.of("phone", "12345"));

    ResponseEntity<Map<String, Object>> refused = post(POLICE_OFFICER, bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("communeAgency", "harmType", "reporter.phone");
    assertThat(refused.getBody().toString()).contains("Thiếu xã/phường", "Số điện thoại người báo tin không hợp lệ");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention").count()).isZero();
  }

  @Test
  void closedCaseIsReopenedByItsCommuneAtTheDetailedAssessmentWithFreshTimeLimits() {
    String instance = (String) post(POLICE_OFFICER, report("111-2026-002000")).getBody().get("processInstanceId");
    String caseNumber = (String) runtimeService.getVariable(instance, "caseNumber");
    String otherCommune = TestAccounts.officer("quang-ngai-tp-ubnd-p-nghia-lo");
    String officer = TestAccounts.officer("quang-ngai-tp-ubnd-p-chanh-lo");
    assertThat(reopen(officer, caseNumber).getStatusCode()).isEqualTo(HttpStatus.CONFLICT); // still open
    var closed = instance(instance);
    closeCase(instance);
    BpmnAwareTests.assertThat(closed).isEnded().hasPassed("EndEvent_CaseClosed");

    assertThat(reopen(otherCommune, caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> reopened = reopen(officer, caseNumber);

    assertThat(reopened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(reopened.getBody()).containsEntry("reopenCount", 1);
    String again = (String) reopened.getBody().get("processInstanceId");
    // Reopened at the detailed assessment: the report was verified and assessed the first time.
    BpmnAwareTests.assertThat(instance(again)).isWaitingAtExactly("Task_DetailedAssessment")
        .hasNotPassed("Task_VerifyAndAssess");
    assertThat(runtimeService.getVariable(again, "childName")).isEqualTo("Nguyễn Văn Thử (giả định)");
    // The model passes the label, not the code, to the referrals of the new plan.
    assertThat(runtimeService.getVariable(again, "harmTypeLabel")).isEqualTo("Có nguy cơ bị xâm hại");
    assertThat(runtimeService.getVariable(again, "reopenedBy")).isEqualTo(officer);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(again).singleResult().getTenantId())
        .isEqualTo("quang-ngai");
  }

  private org.camunda.bpm.engine.runtime.ProcessInstance instance(String id) {
    return BpmnAwareTests.processInstanceQuery().processInstanceId(id).singleResult();
  }

  private ResponseEntity<Map<String, Object>> reopen(String user, String caseNumber) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestAccounts.STAFF_PASSWORD).exchange("/api/cases/" + caseNumber + "/reopen",
        HttpMethod.POST, new HttpEntity<>(Map.of("reason", "Phát hiện nguy cơ mới (kiểm thử)"), headers),
        new ParameterizedTypeReference<>() {});
  }

  private void closeCase(String instance) {
    complete(instance, Map.of("verified", true, "harmType", "nguy_co", "lifeThreatening", false,
        "perpetratorHasAccess", false, "initialAssessment", "x"));
    complete(instance, Map.of("detailedAssessment", "x", "needsMeetingMinutes", "y"));
    complete(instance, Map.of("planContent", "Kế hoạch"));
    complete(instance, Map.of("planApproved", true, "planEndDate", "2026-06-30"));
    complete(instance, Map.of("implementationReport", "z"));
    complete(instance, Map.of("remainingRisk", "thap", "childSafe", true, "reviewNotes", "ổn định"));
    complete(instance, Map.of("closureDecision", "kết thúc"));
  }

  private void complete(String instance, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(), variables);
  }

  @Test
  void officerOfAnIntakePointReportsThroughTheTasklistFormAndKeepsNoChildData() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> form = Map.of("variables", Map.of(
        "source", Map.of("value", "SCHOOL"), "externalReference", Map.of("value", "THCS-2026-07"),
        "receivedAtText", Map.of("value", "2026-04-29T10:15"), "communeAgency", Map.of("value", "binh-dinh-quy-nhon-ubnd-p-ghenh-rang"),
        "harmType", Map.of("value", "bao_luc"), "lifeThreatening", Map.of("value", false),
        "perpetratorHasAccess", Map.of("value", false), "childName", Map.of("value", "Trẻ giả định"),
        "caseSummary", Map.of("value", "Nội dung giả định")));

    ResponseEntity<Map<String, Object>> started = rest.withBasicAuth(POLICE_OFFICER, TestAccounts.STAFF_PASSWORD)
        .exchange("/engine-rest/process-definition/key/CaseReportIntake/submit-form", HttpMethod.POST,
            new HttpEntity<>(form, headers), new ParameterizedTypeReference<>() {});

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    var caseInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention")
        .variableValueEquals("externalReference", "THCS-2026-07").singleResult();
    assertThat(caseInstance.getTenantId()).isEqualTo("binh-dinh");
    BpmnAwareTests.assertThat(caseInstance).isWaitingAtExactly("Task_VerifyAndAssess");
    assertThat(taskService.createTaskQuery().processInstanceId(caseInstance.getId())
        .taskCandidateGroup("binh-dinh-quy-nhon-ubnd-p-ghenh-rang").count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(caseInstance.getId(), "receivedAt"))
        .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-04-29T03:15:00Z")));
    assertThat(runtimeService.getVariable(caseInstance.getId(), "childName")).isEqualTo("Trẻ giả định");

    // The intake point's record keeps the case number and the routing, not the child's data, not even in history.
    String intake = (String) started.getBody().get("id");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(intake).list())
        .extracting(v -> v.getName()).containsOnly("caseNumber", "communeAgency");
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(intake).list())
        .allSatisfy(d -> assertThat(String.valueOf(d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
            ? u.getValue() : ((org.camunda.bpm.engine.history.HistoricFormField) d).getFieldValue()))
            .doesNotContain("Trẻ giả định", "Nội dung giả định"))
        .isNotEmpty();

    // The officer's receipt: the first task in their list names the case number and where the report went.
    var intakeInstance = instance(intake);
    BpmnAwareTests.assertThat(intakeInstance).hasPassed("Task_OpenCase").isWaitingAtExactly("Task_IntakeReceipt");
    var receipt = taskService.createTaskQuery().processInstanceId(intake).taskAssignee(POLICE_OFFICER).singleResult();
    assertThat(receipt.getName()).isEqualTo("Biên nhận tin báo – hồ sơ " + runtimeService.getVariable(
        caseInstance.getId(), "caseNumber"));
    assertThat(runtimeService.getVariables(intake)).containsOnlyKeys("caseNumber", "communeAgency", "communeName",
        "receivedAtText", "intakeOfficer");
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth(POLICE_OFFICER, TestAccounts.STAFF_PASSWORD).exchange("/engine-rest/task/"
        + receipt.getId() + "/complete", HttpMethod.POST, new HttpEntity<>(Map.of(), json), String.class)
        .getStatusCode().value()).isEqualTo(204);
    BpmnAwareTests.assertThat(intakeInstance).isEnded().hasPassed("EndEvent_Transferred");
  }

  @Test
  void unknownCommuneIsRefusedWithAReason() {
    Map<String, Object> bad = report("111-2026-001000");
    bad.put("communeAgency", "quang-ngai-so-y-te");

    ResponseEntity<Map<String, Object>> refused = post(POLICE_OFFICER, bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("quang-ngai-so-y-te");
  }

  @Test
  void wrongIntakeSourceCodeIsRefusedNamingTheFieldAndItsCodes() {
    Map<String, Object> bad = report("111-2026-001001");
    bad.put("source", "hotline_111");

    ResponseEntity<Map<String, Object>> refused = post(POLICE_OFFICER, bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("source", "HOTLINE_111");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count()).isZero();
  }

  @Test
  void anOldCommuneCodeIsTakenAndTheCaseOpensAtTheWardThatTookItOverWithANote() {
    Map<String, Object> report = report("111-2026-002027");
    report.put("communeAgency", "21550"); // phường Nhơn Bình, Bình Định, until 30/6/2025

    ResponseEntity<Map<String, Object>> created = post(POLICE_OFFICER, report);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) created.getBody().get("note")).isEqualTo("Phường Nhơn Bình đã sáp nhập từ 01/07/2025; hồ sơ "
        + "được mở tại Ủy ban nhân dân phường Quy Nhơn Đông, tỉnh Gia Lai.");
    String instance = (String) created.getBody().get("processInstanceId");
    assertThat(runtimeService.getVariable(instance, CaseProcess.COMMUNE_AGENCY.name())).isEqualTo("gia-lai-ubnd-21601");
    assertThat(runtimeService.getVariable(instance, CaseProcess.PROVINCE_ID.name())).isEqualTo("gia-lai");
  }

  @Test
  void aCurrentCommuneCodeNeedsNoNote() {
    Map<String, Object> report = report("111-2026-002028");
    report.put("communeAgency", "21553"); // phường Quy Nhơn Bắc, Gia Lai

    ResponseEntity<Map<String, Object>> created = post(POLICE_OFFICER, report);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().get("note")).isNull();
    assertThat(runtimeService.getVariable((String) created.getBody().get("processInstanceId"),
        CaseProcess.COMMUNE_AGENCY.name())).isEqualTo("gia-lai-ubnd-21553");
  }

  @Test
  void anOldCommuneSplitAmongSeveralIsRefusedNamingThemSoTheIntakePointChooses() {
    Map<String, Object> report = report("111-2026-002029");
    report.put("communeAgency", "21634"); // xã An Nghĩa, Bình Định, divided in 2025

    ResponseEntity<Map<String, Object>> refused = post(POLICE_OFFICER, report);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("Xã An Nghĩa (mã 21634)", "nhiều xã/phường",
        "(mã 21622)", "(mã 21628)");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count()).isZero();
  }

  @Test
  void aCaseIn2026InAFormerBinhDinhWardRunsInGiaLaiWithGiaLaisAgencies() {
    Map<String, Object> report = report("111-2026-002026");
    report.put("communeAgency", "gia-lai-ubnd-21553"); // phường Quy Nhơn Bắc, Bình Định until 30/6/2025

    ResponseEntity<Map<String, Object>> created = post(POLICE_OFFICER, report);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) created.getBody().get("caseNumber")).matches("GIA-LAI-2026-\\d{4}");
    String instance = (String) created.getBody().get("processInstanceId");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getTenantId())
        .isEqualTo("gia-lai");
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_VerifyAndAssess")
        .singleResult().getTenantId()).isEqualTo("gia-lai");
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("gia-lai-ubnd-21553")
        .count()).isOne();
    assertThat(rest.withBasicAuth(TestAccounts.officer("gia-lai-ubnd-21553"), TestAccounts.STAFF_PASSWORD)
        .getForObject("/engine-rest/task?processInstanceId=" + instance, String.class)).contains("Task_VerifyAndAssess");
    assertThat(rest.withBasicAuth(TestAccounts.officer("quang-ngai-tp-ubnd-p-chanh-lo"), TestAccounts.STAFF_PASSWORD)
        .getForObject("/engine-rest/task?processInstanceId=" + instance, String.class)).isEqualTo("[]");
    assertThat(runtimeService.getVariable(instance, CaseProcess.QUICK_REPORT_AGENCY.name())).isEqualTo("gia-lai-so-y-te");
    assertThat(referrals.defaultProvider("gia-lai", "cong_an")).isEqualTo("gia-lai-cong-an-tinh");
    assertThat(referrals.defaultProvider("gia-lai", "giao_duc")).isEqualTo("gia-lai-so-gddt");
    assertThat(registry.agency(referrals.defaultProvider("gia-lai", "tro_giup_phap_ly"))).isPresent();
  }

  @Test
  void laiChausReferralsGoToItsProvincialBodiesNotToDistrictOfficesThatCeasedIn2025() {
    assertThat(referrals.defaultProvider("lai-chau", "cong_an")).isEqualTo("lai-chau-cong-an-tinh");
    assertThat(referrals.defaultProvider("lai-chau", "tro_giup_phap_ly")).isEqualTo("lai-chau-so-tu-phap");
    assertThat(referrals.defaultProvider("lai-chau", "giao_duc")).isEqualTo("lai-chau-so-gddt");
    assertThat(registry.agency("lai-chau-cong-an-tinh")).get().extracting(vn.cpreferrals.agency.Agency::name)
        .isEqualTo("Công an tỉnh Lai Châu");
  }
}
