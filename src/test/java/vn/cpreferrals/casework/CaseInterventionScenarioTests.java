package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.support.EngineTest;

/** The statutory support and intervention path (NĐ 56/2017, Chương III) with the engine clock moved. */
@EngineTest
class CaseInterventionScenarioTests {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String COMMUNE = "quang-ngai-tp-ubnd-p-chanh-lo";
  static final String CHAIRMAN = COMMUNE + "-managers";

  @Autowired RuntimeService runtimeService;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;

  /** Camunda's process assertions (isWaitingAt, hasPassed) read this engine. */
  @BeforeEach
  void processAssertionsOnThisEngine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention").list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  static Date at(int y, int m, int d, int h, int min) {
    return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(VIETNAM).toInstant());
  }

  static Date endOf(int y, int m, int d) {
    return Date.from(LocalDateTime.of(y, m, d, 23, 59, 59).atZone(VIETNAM).toInstant());
  }

  ProcessInstance receive(Date receivedAt, String caseNumber) {
    ClockUtil.setCurrentTime(receivedAt);
    return runtimeService.startProcessInstanceByKey("CaseIntervention", caseNumber, Map.of(
        "caseNumber", caseNumber, "receivedAt", receivedAt, "communeAgency", COMMUNE, "provinceId", "quang-ngai",
        "intakeSource", "HOTLINE_111"));
  }

  Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** The quick report runs as a process of its own, called by the case. */
  Task quickReportTask(ProcessInstance pi) {
    ProcessInstance report = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("CaseQuickReport").singleResult();
    return report == null ? null : task(report, "Task_ReceiveQuickReport");
  }

  List<String> groups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  Map<String, Object> verified(String harmType, boolean lifeThreatening, boolean access) {
    return Map.of("verified", true, "harmType", harmType, "lifeThreatening", lifeThreatening,
        "perpetratorHasAccess", access, "initialAssessment", "Đánh giá ban đầu (kiểm thử)");
  }

  @Test
  void routineCaseFromIntakeToClosureWithPlanDeadlinesAcrossTheApril2026Holidays() {
    // Received Wednesday 29/4/2026: 30/4 and 1/5 are holidays and 2–3/5 a weekend.
    ProcessInstance pi = receive(at(2026, 4, 29, 10, 15), "QNG-2026-0001");

    Task verify = task(pi, "Task_VerifyAndAssess");
    assertThat(groups(verify)).containsExactly(COMMUNE);
    assertThat(verify.getDueDate()).isEqualTo(at(2026, 4, 29, 22, 15));
    taskService.complete(verify.getId(), verified("nguy_co", false, false));

    assertThat(runtimeService.getVariable(pi.getId(), "emergency")).isEqualTo(false);
    assertThat(runtimeService.getVariable(pi.getId(), "servicesToConsider")).isEqualTo("giao_duc");
    Task assessment = task(pi, "Task_DetailedAssessment");
    assertThat(assessment.getDueDate()).isEqualTo(endOf(2026, 5, 8)); // 5 working days: 4–8/5
    taskService.complete(assessment.getId(), Map.of("detailedAssessment", "Mẫu 03 (kiểm thử)",
        "needsMeetingMinutes", "Biên bản (kiểm thử)"));
    taskService.complete(task(pi, "Task_DraftPlan").getId(), Map.of("planContent", "Kế hoạch (kiểm thử)"));

    Task approve = task(pi, "Task_ApprovePlan");
    assertThat(groups(approve)).containsExactly(CHAIRMAN);
    assertThat(approve.getDueDate()).isEqualTo(endOf(2026, 5, 12)); // 7 working days: 4–8/5, 11–12/5
    taskService.complete(approve.getId(), Map.of("planApproved", false, "approvalNote", "Bổ sung (kiểm thử)"));
    taskService.complete(task(pi, "Task_DraftPlan").getId(), Map.of("planContent", "Kế hoạch sửa (kiểm thử)"));
    taskService.complete(task(pi, "Task_ApprovePlan").getId(), Map.of("planApproved", true,
        "planEndDate", "2026-06-30"));

    Task implement = task(pi, "Task_ImplementPlan");
    assertThat(implement.getDueDate()).isEqualTo(Date.from(java.time.LocalDate.of(2026, 6, 30)
        .atStartOfDay(VIETNAM).toInstant()));
    ClockUtil.setCurrentTime(at(2026, 6, 30, 9, 0));
    taskService.complete(implement.getId(), Map.of("implementationReport", "Đã thực hiện (kiểm thử)"));
    Task review = task(pi, "Task_ReviewPlan");
    // Counted as the task starts and set on it when created, so the deadline timers are planned for it.
    assertThat(review.getDueDate()).isEqualTo(endOf(2026, 7, 14)).isEqualTo(runtimeService.getVariable(pi.getId(),
        "reviewDue")); // 10 working days after the plan's end
    assertThat(taskService.getVariableLocal(review.getId(), "cpDueStatus")).isEqualTo("trong hạn");
    ClockUtil.setCurrentTime(at(2026, 7, 6, 9, 0)); // Monday
    taskService.complete(review.getId(), Map.of("remainingRisk", "thap", "childSafe", true,
        "reviewNotes", "Ổn định (kiểm thử)"));
    Task closure = task(pi, "Task_ApproveClosure");
    assertThat(groups(closure)).containsExactly(CHAIRMAN);
    assertThat(closure.getDueDate()).isEqualTo(endOf(2026, 7, 8)); // 2 working days from the review
    assertThat(taskService.getVariableLocal(closure.getId(), "cpDueStatus")).isEqualTo("trong hạn");
    taskService.complete(closure.getId(), Map.of("closureDecision", "Kết thúc (kiểm thử)"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Task_VerifyAndAssess", "Task_DetailedAssessment",
        "Task_DraftPlan", "Task_ApprovePlan", "Task_ImplementPlan", "Task_ReviewPlan", "Task_ApproveClosure",
        "EndEvent_CaseClosed");
    assertThat(pi.getTenantId()).isEqualTo("quang-ngai");
    assertThat(pi.getBusinessKey()).isEqualTo("QNG-2026-0001");
  }

  @Test
  void seriousDangerGoesToTheChairmanWithinTwelveHoursAndLatenessIsRecorded() {
    ProcessInstance onTime = receive(at(2026, 3, 2, 20, 0), "QNG-2026-0002");
    taskService.complete(task(onTime, "Task_VerifyAndAssess").getId(), verified("xam_hai_tinh_duc", false, true));
    Task emergency = task(onTime, "Task_DecideEmergencyMeasures");
    assertThat(groups(emergency)).containsExactly(CHAIRMAN);
    assertThat(emergency.getDueDate()).isEqualTo(at(2026, 3, 3, 8, 0)); // 12 clock hours, night included
    ClockUtil.setCurrentTime(at(2026, 3, 3, 6, 30));
    taskService.complete(emergency.getId(), Map.of("emergencyMeasure", "tam_thoi_cach_ly", "separationDays", 15,
        "emergencyArrangement", "Nơi tạm trú an toàn (kiểm thử)"));

    ProcessInstance late = receive(at(2026, 3, 2, 20, 0), "QNG-2026-0003");
    taskService.complete(task(late, "Task_VerifyAndAssess").getId(), verified("bao_luc", true, false));
    Task lateEmergency = task(late, "Task_DecideEmergencyMeasures");
    ClockUtil.setCurrentTime(at(2026, 3, 3, 9, 0));
    taskService.complete(lateEmergency.getId(), Map.of("emergencyMeasure", "can_thiep_khan_cap",
        "emergencyArrangement", "Đưa trẻ đến cơ sở y tế (kiểm thử)"));

    // Serious cases are reported quickly to the province's standing agency (Quảng Ngãi: 6 hours in the test profile).
    Task quickReport = quickReportTask(onTime);
    assertThat(groups(quickReport)).containsExactly("quang-ngai-so-y-te");
    assertThat(quickReport.getDueDate()).isEqualTo(at(2026, 3, 3, 2, 0));
    assertThat(taskService.getVariable(quickReport.getId(), "harmType")).isEqualTo("Xâm hại tình dục");
    assertThat(dueStatusOf(emergency)).isEqualTo("đúng hạn");
    assertThat(dueStatusOf(lateEmergency)).isEqualTo("trễ hạn");
    assertThat(runtimeService.getVariable(onTime.getId(), "emergencyLegalLimitMet")).isEqualTo(true);
    assertThat(runtimeService.getVariable(late.getId(), "emergencyLegalLimitMet")).isEqualTo(false);
    BpmnAwareTests.assertThat(onTime).hasPassed("Task_DecideEmergencyMeasures").isWaitingAtExactly(
        "Task_DetailedAssessment", "CallActivity_QuickReport", "Event_SeparationEnding");
    BpmnAwareTests.assertThat(late).hasPassed("Task_DecideEmergencyMeasures").isWaitingAtExactly(
        "Task_DetailedAssessment", "CallActivity_QuickReport");
  }

  @Test
  void theRiskIsDecidedByTheDecisionTablesDeployedWithTheModelOneBusinessRuleTaskEach() {
    ProcessInstance pi = receive(at(2026, 6, 1, 9, 0), "QNG-2026-0013");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), verified("xam_hai_tinh_duc", false, true));

    BpmnAwareTests.assertThat(pi).hasPassedInOrder("Task_DecideUrgency", "Task_DecideEmergency",
        "Task_DecideServices", "Task_RecordRiskAssessment").isWaitingAt("Task_DecideEmergencyMeasures");
    assertThat(runtimeService.getVariables(pi.getId())).containsEntry("urgency", "khẩn cấp")
        .containsEntry("emergency", true).containsEntry("servicesToConsider", "cong_an,y_te,tam_ly,tro_giup_phap_ly");
    String deployment = processEngine.getRepositoryService().getProcessDefinition(pi.getProcessDefinitionId())
        .getDeploymentId();
    var decided = historyService.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId()).list();
    assertThat(decided).extracting(d -> d.getDecisionDefinitionKey()).containsExactlyInAnyOrder(
        CaseProcess.DECISION_URGENCY, CaseProcess.DECISION_EMERGENCY, CaseProcess.DECISION_SERVICES_TO_CONSIDER,
        "Decision_RequiredServices");
    assertThat(decided).allSatisfy(d -> assertThat(processEngine.getRepositoryService()
        .getDecisionDefinition(d.getDecisionDefinitionId()).getDeploymentId()).isEqualTo(deployment));
  }

  @Test
  void provinceWithTighterLocalTargetsShowsBothTheTargetAndTheLegalCeiling() {
    // Lai Châu aims at 8 hours and 3 working days (test profile); the law allows 12 hours and 5 working days.
    ClockUtil.setCurrentTime(at(2026, 4, 29, 10, 15));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("CaseIntervention", "LCU-2026-0001", Map.of(
        "caseNumber", "LCU-2026-0001", "receivedAt", at(2026, 4, 29, 10, 15),
        "communeAgency", "lai-chau-tp-ubnd-p-tan-phong", "provinceId", "lai-chau", "intakeSource", "HOTLINE_111"));

    Task verify = task(pi, "Task_VerifyAndAssess");
    assertThat(verify.getDueDate()).isEqualTo(at(2026, 4, 29, 18, 15));
    assertThat(verify.getDescription())
        .isEqualTo("Hạn mục tiêu của tỉnh: 29/04/2026 18:15 · Hạn tối đa theo luật: 29/04/2026 22:15");
    assertThat(taskService.getVariable(verify.getId(), "emergencyDeadlineNote")).isEqualTo(verify.getDescription());
    taskService.complete(verify.getId(), verified("nguy_co", false, false));

    Task assessment = task(pi, "Task_DetailedAssessment");
    assertThat(assessment.getDueDate()).isEqualTo(endOf(2026, 5, 6)); // 3 working days: 4–6/5
    assertThat(assessment.getDescription())
        .isEqualTo("Hạn mục tiêu của tỉnh: 06/05/2026 23:59 · Hạn tối đa theo luật: 08/05/2026 23:59");
    // Approval has no local target in Lai Châu: one date, the legal one.
    assertThat(runtimeService.getVariable(pi.getId(), "approvalDeadlineNote"))
        .isEqualTo("Hạn theo luật: 12/05/2026 23:59");
  }

  @Test
  void provinceWithoutLocalTargetsShowsOnlyTheLegalCeiling() {
    ProcessInstance pi = receive(at(2026, 4, 29, 10, 15), "QNG-2026-0010");

    assertThat(task(pi, "Task_VerifyAndAssess").getDescription()).isEqualTo("Hạn theo luật: 29/04/2026 22:15");
  }

  @Test
  void temporarySeparationIsReviewedBeforeItEndsAndCanBeExtendedThenEnded() {
    ProcessInstance pi = receive(at(2026, 3, 2, 20, 0), "QNG-2026-0011");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), verified("xam_hai_tinh_duc", false, true));
    ClockUtil.setCurrentTime(at(2026, 3, 3, 6, 0));
    taskService.complete(task(pi, "Task_DecideEmergencyMeasures").getId(), Map.of(
        "emergencyMeasure", "tam_thoi_cach_ly", "separationDays", 10,
        "emergencyArrangement", "Nơi tạm trú an toàn (kiểm thử)"));

    assertThat(runtimeService.getVariable(pi.getId(), "emergencyLegalLimitMet")).isEqualTo(true);
    assertThat(runtimeService.getVariable(pi.getId(), "separationEndsAt")).isEqualTo(at(2026, 3, 13, 6, 0));
    // The case goes on meanwhile.
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DetailedAssessment", "Event_SeparationEnding");
    var notice = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Event_SeparationEnding")
        .singleResult();
    assertThat(notice.getDuedate()).isEqualTo(at(2026, 3, 11, 6, 0)) // two days before the end
        .isEqualTo(runtimeService.getVariable(pi.getId(), "separationNoticeAt"));

    ClockUtil.setCurrentTime(notice.getDuedate());
    managementService.executeJob(notice.getId());
    Task review = task(pi, "Task_ReviewSeparation");
    assertThat(groups(review)).containsExactly(CHAIRMAN);
    assertThat(review.getDueDate()).isEqualTo(at(2026, 3, 13, 6, 0));
    assertThat(taskService.getVariable(review.getId(), "separationEndsAtText")).isEqualTo("13/03/2026 06:00");
    assertThat(review.getDescription()).isEqualTo("Thời hạn tạm thời cách ly kết thúc lúc 13/03/2026 06:00");
    taskService.complete(review.getId(), Map.of("extendSeparation", true, "extensionDays", 15,
        "separationDecision", "Quyết định gia hạn (kiểm thử)"));

    assertThat(runtimeService.getVariable(pi.getId(), "separationEndsAt")).isEqualTo(at(2026, 3, 28, 6, 0));
    assertThat(runtimeService.getVariable(pi.getId(), "separationExtensions")).isEqualTo(1);
    var secondNotice = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_SeparationEnding").singleResult();
    assertThat(secondNotice.getDuedate()).isEqualTo(at(2026, 3, 26, 6, 0));
    assertThat(runtimeService.getVariable(pi.getId(), "separationEndsAtText")).isEqualTo("28/03/2026 06:00");
    ClockUtil.setCurrentTime(secondNotice.getDuedate());
    managementService.executeJob(secondNotice.getId());
    taskService.complete(task(pi, "Task_ReviewSeparation").getId(), Map.of("extendSeparation", false,
        "separationDecision", "Chấm dứt, gia đình đã an toàn (kiểm thử)"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_ExtendSeparation", "EndEvent_SeparationEnded")
        .isWaitingAt("Task_DetailedAssessment")
        .isNotWaitingAt("Event_SeparationEnding", "Task_ReviewSeparation");
  }

  @Test
  void aSeparationReviewWithoutAnAnswerToExtendEndsTheSeparation() {
    ProcessInstance pi = receive(at(2026, 3, 2, 20, 0), "QNG-2026-0014");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), verified("bo_roi", false, false));
    taskService.complete(task(pi, "Task_DecideEmergencyMeasures").getId(), Map.of(
        "emergencyMeasure", "tam_thoi_cach_ly", "separationDays", 3, "emergencyArrangement", "Nơi tạm trú (kiểm thử)"));
    var notice = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Event_SeparationEnding")
        .singleResult();
    ClockUtil.setCurrentTime(notice.getDuedate());
    managementService.executeJob(notice.getId());

    taskService.complete(task(pi, "Task_ReviewSeparation").getId(), Map.of("separationDecision", "Chấm dứt (kiểm thử)"));

    BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_SeparationEnded").hasNotPassed("Task_ExtendSeparation");
    assertThat(runtimeService.getVariable(pi.getId(), "extendSeparation")).isEqualTo(false);
  }

  @Test
  void separationLongerThanTheLegalLimitIsRefused() {
    ProcessInstance pi = receive(at(2026, 3, 2, 20, 0), "QNG-2026-0012");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), verified("bao_luc", true, true));
    String decision = task(pi, "Task_DecideEmergencyMeasures").getId();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(decision, Map.of(
        "emergencyMeasure", "tam_thoi_cach_ly", "separationDays", 30, "emergencyArrangement", "x")))
        .hasMessageContaining("từ 1 đến 15 ngày");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_DecideEmergencyMeasures").hasNotPassed("Gateway_Separation");
  }

  @Test
  void referralsGoToTheDefaultProvidersADeclinedOneIsReRoutedAndTheCommuneImplementsMeanwhile() {
    ProcessInstance pi = receive(at(2026, 6, 1, 9, 0), "QNG-2026-0008");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), verified("bao_luc", false, false));
    taskService.complete(task(pi, "Task_DetailedAssessment").getId(), Map.of("detailedAssessment", "x",
        "needsMeetingMinutes", "y"));
    taskService.complete(task(pi, "Task_DraftPlan").getId(), Map.of("planContent", "Kế hoạch",
        "referralServices", org.camunda.spin.Spin.JSON("[\"cong_an\",\"tam_ly\"]")));
    taskService.complete(task(pi, "Task_ApprovePlan").getId(), Map.of("planApproved", true,
        "planEndDate", "2026-07-15"));

    Task police = referralTask("Task_RespondToReferral", "quang-ngai-cong-an-tinh");
    Task psychology = referralTask("Task_RespondToReferral", "quang-ngai-so-y-te");
    // The commune organises the plan at once; it reads where each referral stands as providers answer.
    BpmnAwareTests.assertThat(pi).isWaitingAt("CallActivity_Referrals", "Task_ImplementPlan");
    assertThat(runtimeService.getVariable(pi.getId(), "referralStatusText")).isEqualTo(
        "• Công an: điều tra, bảo vệ an toàn cho trẻ — đã gửi, chờ tiếp nhận: Công an tỉnh Quảng Ngãi\n"
        + "• Hỗ trợ tâm lý — đã gửi, chờ tiếp nhận: Sở Y tế tỉnh Quảng Ngãi");
    assertThat(police.getName()).isEqualTo("Tiếp nhận yêu cầu: Công an: điều tra, bảo vệ an toàn cho trẻ – hồ sơ QNG-2026-0008");
    assertThat(police.getDueDate()).isEqualTo(endOf(2026, 6, 2)); // 1 working day
    assertThat(psychology.getDueDate()).isEqualTo(endOf(2026, 6, 3)); // 2 working days
    assertThat(runtimeService.getVariable(pi.getId(), "referralsToSend")).isEqualTo(List.of("cong_an", "tam_ly"));
    assertThat(taskService.getVariable(police.getId(), "harmTypeLabel")).isEqualTo("Bạo lực");
    assertThat(taskService.getVariables(police.getId())).doesNotContainKeys("childName", "caseSummary");

    taskService.complete(psychology.getId(), Map.of("referralAccepted", false, "declineReason", "Không có chuyên viên"));
    assertThat(runtimeService.getVariable(pi.getId(), "referral_tam_ly")).isEqualTo("bị từ chối: Sở Y tế tỉnh Quảng Ngãi");

    // The commune chooses in the browser's form from the agencies of the province that offer the service.
    Task choose = referralTask("Task_ChooseAnotherProvider", COMMUNE);
    String choices = taskService.getVariableLocal(choose.getId(), "providerChoices").toString();
    assertThat(choices).contains("quang-ngai-so-gddt").doesNotContain("\"quang-ngai-so-y-te\"")
        .doesNotContain("quang-ngai-tp-ubnd-p-");
    assertThat(taskService.getVariable(choose.getId(), "declinedProviderName")).isEqualTo("Sở Y tế tỉnh Quảng Ngãi");
    var officer = rest.withBasicAuth(COMMUNE + "-officer", vn.cpreferrals.support.TestAccounts.STAFF_PASSWORD);
    for (String refused : List.of("khong-ton-tai", "lai-chau-so-y-te", "quang-ngai-so-y-te")) {
      var answer = officer.postForEntity("/engine-rest/task/" + choose.getId() + "/complete", Map.of("variables",
          Map.of("newProviderAgency", Map.of("value", refused))), String.class);
      assertThat(answer.getStatusCode().value()).as(refused).isEqualTo(400);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseReferral")
        .variableValueEquals("providerAgency", "quang-ngai-so-y-te").count()).isEqualTo(1);
    assertThat(officer.postForEntity("/engine-rest/task/" + choose.getId() + "/complete", Map.of("variables",
        Map.of("newProviderAgency", Map.of("value", "quang-ngai-so-gddt"))), String.class).getStatusCode().value())
        .isEqualTo(204);

    // The new provider's form starts empty: no "Từ chối" and no other agency's reason.
    Task retry = referralTask("Task_RespondToReferral", "quang-ngai-so-gddt");
    assertThat(retry.getDueDate()).isEqualTo(endOf(2026, 6, 3));
    assertThat(taskService.getVariables(retry.getId())).doesNotContainKeys("referralAccepted", "declineReason");
    taskService.complete(retry.getId(), Map.of("referralAccepted", true));
    assertThat(referralTask("Task_DeliverService", "quang-ngai-so-gddt").getDueDate())
        .isEqualTo(endOf(2026, 6, 15)); // 10 working days
    taskService.complete(police.getId(), Map.of("referralAccepted", true));
    taskService.complete(referralTask("Task_DeliverService", "quang-ngai-so-gddt").getId(),
        Map.of("serviceOutcome", "Đã tư vấn tâm lý (kiểm thử)"));
    taskService.complete(task(pi, "Task_ImplementPlan").getId(), Map.of("implementationReport", "Đã thực hiện"));
    // The review waits for the slowest provider.
    BpmnAwareTests.assertThat(pi).hasPassed("Task_ImplementPlan").isWaitingAt("CallActivity_Referrals")
        .hasNotPassed("Task_ReviewPlan");
    taskService.complete(referralTask("Task_DeliverService", "quang-ngai-cong-an-tinh").getId(),
        Map.of("serviceOutcome", "Đã bảo vệ an toàn (kiểm thử)"));

    assertThat(runtimeService.getVariable(pi.getId(), "referral_tam_ly")).isEqualTo("đã cung cấp: Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi");
    // The commune reads what each provider did on its implementation form; the chairman approved services by name.
    assertThat(runtimeService.getVariable(pi.getId(), "referralServicesText"))
        .isEqualTo("Công an: điều tra, bảo vệ an toàn cho trẻ; Hỗ trợ tâm lý");
    assertThat(runtimeService.getVariable(pi.getId(), "referralResults").toString())
        .contains("Hỗ trợ tâm lý — Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi").contains("Đã tư vấn tâm lý (kiểm thử)")
        .contains("Công an: điều tra, bảo vệ an toàn cho trẻ — ").contains("Đã bảo vệ an toàn (kiểm thử)");
    assertThat(runtimeService.getVariable(pi.getId(), "referral_cong_an")).isEqualTo("đã cung cấp: Công an tỉnh Quảng Ngãi");
    assertThat(runtimeService.getVariable(pi.getId(), "referralStatusText").toString())
        .contains("Hỗ trợ tâm lý — đã cung cấp: Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi");
    BpmnAwareTests.assertThat(pi).hasPassed("CallActivity_Referrals", "Gateway_ServicesDone")
        .isWaitingAt("Task_ReviewPlan");
  }

  @Test
  void officersTaskCardsNameTheCaseTheCommuneAndTheProviderButNotTheChild() {
    ProcessInstance pi = receive(at(2026, 6, 1, 9, 0), "QNG-2026-0031");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), verified("bao_luc", false, false));
    taskService.complete(task(pi, "Task_DetailedAssessment").getId(), Map.of("detailedAssessment", "x",
        "needsMeetingMinutes", "y"));
    taskService.complete(task(pi, "Task_DraftPlan").getId(), Map.of("planContent", "Kế hoạch",
        "referralServices", org.camunda.spin.Spin.JSON("[\"cong_an\"]")));
    taskService.complete(task(pi, "Task_ApprovePlan").getId(), Map.of("planApproved", true,
        "planEndDate", "2026-07-15"));
    String unclaimed = processEngine.getFilterService().createFilterQuery()
        .filterName("Việc chưa nhận của cơ quan").singleResult().getId();

    Map<String, Map<String, Object>> commune = cards(COMMUNE + "-officer", unclaimed);
    Map<String, Map<String, Object>> police = cards("quang-ngai-cong-an-tinh-officer", unclaimed);

    assertThat(commune.get(task(pi, "Task_ImplementPlan").getId())).containsEntry("caseNumber", "QNG-2026-0031")
        .containsEntry("communeName", "Ủy ban nhân dân phường Chánh Lộ, thành phố Quảng Ngãi")
        .doesNotContainKey("agencyName");
    Task referral = referralTask("Task_RespondToReferral", "quang-ngai-cong-an-tinh");
    assertThat(police.get(referral.getId())).containsEntry("caseNumber", "QNG-2026-0031")
        .containsEntry("agencyName", "Công an tỉnh Quảng Ngãi");
    assertThat(police.values()).allSatisfy(v -> assertThat(v).doesNotContainKeys("childName", "caseSummary"));
  }

  /** The variables each task card of a shared filter shows, as Tasklist asks for them. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> cards(String user, String filterId) {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(org.springframework.http.MediaType.parseMediaType("application/hal+json")));
    Map<String, Object> body = rest.withBasicAuth(user, vn.cpreferrals.support.TestAccounts.STAFF_PASSWORD)
        .exchange("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=200",
            org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>("{}", headers),
            Map.class).getBody();
    Map<String, Map<String, Object>> cards = new java.util.HashMap<>();
    for (Map<String, Object> t : (List<Map<String, Object>>) ((Map<String, Object>) body.get("_embedded")).get("task")) {
      Map<String, Object> values = new java.util.HashMap<>();
      var embedded = (Map<String, Object>) t.get("_embedded");
      for (Map<String, Object> v : (List<Map<String, Object>>) embedded.getOrDefault("variable", List.of())) {
        values.put((String) v.get("name"), v.get("value"));
      }
      cards.put((String) t.get("id"), values);
    }
    return cards;
  }

  private Task referralTask(String key, String group) {
    return taskService.createTaskQuery().processDefinitionKey("CaseReferral").taskDefinitionKey(key)
        .taskCandidateGroup(group).singleResult();
  }

  @Test
  void caseReceivedInAugust2026CountsTheSwappedSaturdayAsAWorkingDay() {
    // Thursday 20/8/2026: Friday 21 and the swapped Saturday 22/8 are working days, Monday 31/8 is not.
    ProcessInstance pi = receive(at(2026, 8, 20, 9, 0), "QNG-2026-0820");

    assertThat(runtimeService.getVariable(pi.getId(), "planDue")).isEqualTo(endOfDay(2026, 8, 26));
    assertThat(runtimeService.getVariable(pi.getId(), "approvalDue")).isEqualTo(endOfDay(2026, 8, 28));
  }

  @Test
  void caseReceivedJustBeforeTet2027SkipsTheDerivedTetHolidayWithoutAnyOperatorAction() {
    // No notice for 2027 yet: Tết Đinh Mùi (mùng 1 = Saturday 6/2/2027) is derived — 5/2 and 8–9/2 off, 10–11/2 in
    // lieu of the weekend. Received Wednesday 3/2: Thursday 4/2 is day 1, then 12, 15, 16, 17/2.
    ProcessInstance pi = receive(at(2027, 2, 3, 14, 0), "QNG-2027-0203");

    assertThat(runtimeService.getVariable(pi.getId(), "planDue")).isEqualTo(endOfDay(2027, 2, 17));
  }

  static Date endOfDay(int y, int m, int d) {
    return Date.from(java.time.LocalDate.of(y, m, d).atTime(23, 59, 59).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
        .toInstant());
  }

  @Test
  void laiChauAsksAQuickReportOfEveryAbuseCaseButNotOfARiskOnlyReport() {
    ClockUtil.setCurrentTime(at(2026, 6, 1, 9, 0));
    ProcessInstance abuse = runtimeService.startProcessInstanceByKey("CaseIntervention", "LCU-2026-0601",
        Map.of("caseNumber", "LCU-2026-0601", "receivedAt", at(2026, 6, 1, 9, 0),
            "communeAgency", "lai-chau-muong-te-ubnd-xa-bum-nua", "provinceId", "lai-chau", "intakeSource", "COMMUNE"));
    ProcessInstance risk = runtimeService.startProcessInstanceByKey("CaseIntervention", "LCU-2026-0602",
        Map.of("caseNumber", "LCU-2026-0602", "receivedAt", at(2026, 6, 1, 9, 0),
            "communeAgency", "lai-chau-muong-te-ubnd-xa-bum-nua", "provinceId", "lai-chau", "intakeSource", "COMMUNE"));

    taskService.complete(task(abuse, "Task_VerifyAndAssess").getId(), verified("bao_luc", false, false));
    taskService.complete(task(risk, "Task_VerifyAndAssess").getId(), verified("nguy_co", false, false));

    BpmnAwareTests.assertThat(abuse).isWaitingAtExactly("CallActivity_RoutineQuickReport", "Task_DetailedAssessment");
    assertThat(groups(quickReportTask(abuse))).containsExactly("lai-chau-so-y-te");
    BpmnAwareTests.assertThat(risk).isWaitingAtExactly("Task_DetailedAssessment")
        .hasNotPassed("CallActivity_RoutineQuickReport");
  }

  @Test
  void theCommuneDecidesWithTheReportsFactsInFrontOfIt() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("CaseIntervention", "QNG-2026-FACT", Map.of(
        "caseNumber", "QNG-2026-FACT", "receivedAt", at(2026, 6, 1, 12, 40), "communeAgency", COMMUNE,
        "provinceId", "quang-ngai", "intakeSource", "SCHOOL", "childName", "Trẻ Giả Định B",
        "caseSummary", "Nội dung giả định của tin báo"));
    String verify = task(pi, "Task_VerifyAndAssess").getId();

    var form = rest.withBasicAuth(COMMUNE + "-officer", vn.cpreferrals.support.TestAccounts.STAFF_PASSWORD)
        .getForEntity("/engine-rest/task/" + verify + "/form-variables", String.class).getBody();

    assertThat(form).contains("01/06/2026 12:40").contains("Nhà trường").contains("Trẻ Giả Định B")
        .contains("Nội dung giả định của tin báo");
    taskService.complete(verify, verified("bao_luc", true, true));
    assertThat(runtimeService.getVariable(pi.getId(), "harmTypeLabel")).isEqualTo("Bạo lực");
    assertThat(runtimeService.getVariable(pi.getId(), "servicesToConsiderText").toString()).doesNotContain("_");
  }

  @Test
  void routineCaseHasNoQuickReport() {
    ProcessInstance pi = receive(at(2026, 6, 1, 9, 0), "QNG-2026-0007");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), verified("nguy_co", false, false));

    BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_DetailedAssessment")
        .hasNotPassed("CallActivity_QuickReport", "CallActivity_RoutineQuickReport");
  }

  @Test
  void reviewFindingTheChildStillAtRiskLoopsBackToANewPlan() {
    ProcessInstance pi = receive(at(2026, 6, 1, 9, 0), "QNG-2026-0004");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), verified("bao_luc", false, false));
    taskService.complete(task(pi, "Task_DetailedAssessment").getId(), Map.of("detailedAssessment", "x",
        "needsMeetingMinutes", "y"));
    taskService.complete(task(pi, "Task_DraftPlan").getId(), Map.of("planContent", "Kế hoạch 1"));
    taskService.complete(task(pi, "Task_ApprovePlan").getId(), Map.of("planApproved", true,
        "planEndDate", "2026-07-15"));
    taskService.complete(task(pi, "Task_ImplementPlan").getId(), Map.of("implementationReport", "z"));
    ClockUtil.setCurrentTime(at(2026, 7, 20, 9, 0)); // Monday
    taskService.complete(task(pi, "Task_ReviewPlan").getId(), Map.of("remainingRisk", "cao", "childSafe", false,
        "reviewNotes", "Còn nguy cơ (kiểm thử)"));

    BpmnAwareTests.assertThat(pi).hasPassed("Task_StartNewPlanCycle").isWaitingAtExactly("Task_DetailedAssessment");
    Task newAssessment = task(pi, "Task_DetailedAssessment");
    assertThat(newAssessment.getDueDate()).isEqualTo(endOf(2026, 7, 27)); // 5 working days after 20/7
    assertThat(runtimeService.getVariable(pi.getId(), "planCycle")).isEqualTo(2);
  }

  @Test
  void unfoundedReportEndsWithoutAPlan() {
    ProcessInstance pi = receive(at(2026, 6, 1, 9, 0), "QNG-2026-0005");
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), Map.of("verified", false, "harmType", "nguy_co",
        "lifeThreatening", false, "perpetratorHasAccess", false, "initialAssessment", "Không xác thực (kiểm thử)"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("EndEvent_ReportUnfounded")
        .hasNotPassed("Task_DecideUrgency", "Task_DetailedAssessment");
  }

  @Test
  void officersOfAnotherCommuneOrProvinceCannotSeeTheCase() {
    ProcessInstance pi = receive(at(2026, 6, 1, 9, 0), "QNG-2026-0006");
    String taskId = task(pi, "Task_VerifyAndAssess").getId();

    assertThat(visibleTo("quang-ngai-tp-ubnd-p-chanh-lo-officer", taskId)).isTrue();
    assertThat(visibleTo("quang-ngai-tp-ubnd-p-nghia-lo-officer", taskId)).isFalse();
    assertThat(visibleTo("lai-chau-tp-ubnd-p-tan-phong-officer", taskId)).isFalse();
  }

  private boolean visibleTo(String userId, String taskId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> g.getId()).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(t -> t.getId()).toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return taskService.createTaskQuery().taskId(taskId).count() == 1;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Object dueStatusOf(Task t) {
    return historyService.createHistoricVariableInstanceQuery().taskIdIn(t.getId()).variableName("cpDueStatus")
        .singleResult().getValue();
  }
}
