package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.process.EngineClock;
import vn.cpreferrals.support.EngineTest;

/**
 * Cases started before the decisions and computed values moved out of the models' expressions still run on the
 * earlier model versions, whose expressions call {@code assessRisk}, {@code caseDeadlines}, {@code caseReferrals} and
 * {@code caseLabels}. A copy of those versions (src/test/resources/earlier-models) runs here against today's beans.
 */
@EngineTest
class EarlierCaseModelVersionsTests {

  static final String EARLIER_CASE = "CaseInterventionBeforeDecisions";
  static final String EARLIER_REFERRAL = "CaseReferralBeforeDecisions";
  static final String COMMUNE = "quang-ngai-tp-ubnd-p-chanh-lo";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngine processEngine;
  @Autowired CaseDeadlines deadlines;
  @Autowired ReferralServices referrals;

  String deployment;

  @BeforeEach
  void deployTheEarlierVersions() {
    BpmnAwareTests.init(processEngine);
    deployment = repositoryService.createDeployment().name("earlier-case-models")
        .addClasspathResource("earlier-models/" + EARLIER_CASE + ".bpmn")
        .addClasspathResource("earlier-models/" + EARLIER_REFERRAL + ".bpmn").deploy().getId();
  }

  @AfterEach
  void removeThem() {
    repositoryService.deleteDeployment(deployment, true);
  }

  ProcessInstance receive(String caseNumber) {
    return runtimeService.startProcessInstanceByKey(EARLIER_CASE, caseNumber, Map.of("caseNumber", caseNumber,
        "receivedAt", EngineClock.now(), "communeAgency", COMMUNE, "provinceId", "quang-ngai",
        "intakeSource", "HOTLINE_111"));
  }

  Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  void verify(ProcessInstance pi, String harmType, boolean lifeThreatening, boolean access) {
    taskService.complete(task(pi, "Task_VerifyAndAssess").getId(), Map.of("verified", true, "harmType", harmType,
        "lifeThreatening", lifeThreatening, "perpetratorHasAccess", access, "initialAssessment", "Kiểm thử"));
  }

  @Test
  void anEmergencyWithASeparationRunsOnTheEarlierVersion() {
    ProcessInstance pi = receive("QNG-2026-E001");
    verify(pi, "xam_hai_tinh_duc", false, true);

    // assessRisk evaluates the split decisions itself.
    BpmnAwareTests.assertThat(pi).hasPassed("Task_AssessRisk").isWaitingAt("Task_DecideEmergencyMeasures",
        "CallActivity_QuickReport");
    assertThat(runtimeService.getVariables(pi.getId())).containsEntry("urgency", "khẩn cấp")
        .containsEntry("emergency", true).containsEntry("servicesToConsider", "cong_an,y_te,tam_ly,tro_giup_phap_ly")
        .containsEntry("harmTypeLabel", "Xâm hại tình dục");
    ProcessInstance report = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult();
    assertThat(runtimeService.getVariable(report.getId(), "harmType")).isEqualTo("Xâm hại tình dục");

    taskService.complete(task(pi, "Task_DecideEmergencyMeasures").getId(), Map.of(
        "emergencyMeasure", "tam_thoi_cach_ly", "separationDays", 10, "emergencyArrangement", "Kiểm thử"));
    assertThat(runtimeService.getVariable(pi.getId(), "emergencyLegalLimitMet")).isEqualTo(true);
    Date end = (Date) runtimeService.getVariable(pi.getId(), "separationEndsAt");
    var notice = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Event_SeparationEnding")
        .singleResult();
    assertThat(notice.getDuedate()).isEqualTo(deadlines.separationNoticeAt(end));

    managementService.executeJob(notice.getId());
    Task review = task(pi, "Task_ReviewSeparation");
    assertThat(review.getDescription()).isEqualTo("Thời hạn tạm thời cách ly kết thúc lúc " + deadlines.shown(end));
    assertThat(taskService.getVariableLocal(review.getId(), "separationEndsAtText")).isEqualTo(deadlines.shown(end));
    taskService.complete(review.getId(), Map.of("separationDecision", "Chấm dứt (kiểm thử)"));
    BpmnAwareTests.assertThat(pi).hasPassed("EndEvent_SeparationEnded");
  }

  @Test
  void aRoutineCaseWithReferralsRunsOnTheEarlierVersionsToClosure() {
    ProcessInstance pi = receive("QNG-2026-E002");
    verify(pi, "bao_luc", false, false);
    BpmnAwareTests.assertThat(pi).hasPassed("Task_AssessRisk").isWaitingAt("Task_DetailedAssessment");
    taskService.complete(task(pi, "Task_DetailedAssessment").getId(), Map.of("detailedAssessment", "x",
        "needsMeetingMinutes", "y"));
    taskService.complete(task(pi, "Task_DraftPlan").getId(), Map.of("planContent", "Kế hoạch",
        "referralServices", Spin.JSON("[\"cong_an\"]")));
    assertThat(runtimeService.getVariable(pi.getId(), "referralServicesText"))
        .isEqualTo("Công an: điều tra, bảo vệ an toàn cho trẻ");
    taskService.complete(task(pi, "Task_ApprovePlan").getId(), Map.of("planApproved", true,
        "planEndDate", "2026-07-15"));

    ProcessInstance referral = runtimeService.createProcessInstanceQuery().processDefinitionKey(EARLIER_REFERRAL)
        .superProcessInstanceId(pi.getId()).singleResult();
    assertThat(runtimeService.getVariables(referral.getId())).containsEntry("service", "cong_an")
        .containsEntry("providerAgency", "quang-ngai-cong-an-tinh").containsEntry("harmTypeLabel", "Bạo lực");
    Task answer = task(referral, "Task_RespondToReferral");
    assertThat(answer.getDueDate()).isEqualTo(referrals.answerDue("cong_an"));
    taskService.complete(answer.getId(), Map.of("referralAccepted", true));
    Task deliver = task(referral, "Task_DeliverService");
    assertThat(deliver.getDueDate()).isEqualTo(referrals.deliverDue("cong_an"));
    taskService.complete(deliver.getId(), Map.of("serviceOutcome", "Kiểm thử"));
    taskService.complete(task(pi, "Task_ImplementPlan").getId(), Map.of("implementationReport", "z"));

    Task review = task(pi, "Task_ReviewPlan");
    assertThat(review.getDueDate()).isEqualTo(deadlines.reviewDue("2026-07-15"));
    taskService.complete(review.getId(), Map.of("remainingRisk", "thap", "childSafe", true, "reviewNotes", "x"));
    Task closure = task(pi, "Task_ApproveClosure");
    assertThat(closure.getDueDate()).isEqualTo(deadlines.closureDue());
    taskService.complete(closure.getId(), Map.of("closureDecision", "Kết thúc (kiểm thử)"));
    BpmnAwareTests.assertThat(pi).isEnded();
  }
}
