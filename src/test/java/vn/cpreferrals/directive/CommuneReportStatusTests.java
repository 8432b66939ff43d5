package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/**
 * The standing agency's question, for a directive that reaches every commune of today's Quảng Ngãi: which communes
 * reported on time, which late, which not at all. Each commune sees only its own assignment.
 */
@EngineTest
class CommuneReportStatusTests {

  static final String NUMBER = "778/KH-UBND";
  static final String CAM_THANH = "quang-ngai-ubnd-21025";
  static final String NGHIA_LO = "quang-ngai-ubnd-21028";

  @Autowired AgencyRegistry registry;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;

  String deploymentId;

  @AfterEach
  void tearDown() {
    DirectiveTestSupport.undeploy(repositoryService, deploymentId);
  }

  @Test
  void theConsolidationAndTheInstanceNameEachCommuneOnTimeLateOrMissingAndEachCommuneSeesOnlyItsOwnWork()
      throws IOException {
    // Given: a directive of today's structure led by "UBND cấp xã", its 96 assignments created by the jobs
    DirectiveTable table = ClassAddresseesFanOutTests.table();
    deploymentId = repositoryService.createDeployment().name("commune-report-status")
        .addString(table.processId() + ".bpmn", new DirectiveBpmnWriter(registry).write(table)).deploy().getId();
    DirectiveTestSupport s = new DirectiveTestSupport(runtimeService, taskService, managementService);
    String directive = s.start(table.processId(), 2026, NUMBER).getId();
    managementService.createJobQuery().processInstanceId(directive).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    // Then: a commune's officer sees its own plan task and none of another commune's
    assertThat(planTasksSeenBy(CAM_THANH)).singleElement().satisfies(t ->
        assertThat(taskService.getIdentityLinksForTask((String) t.get("id"))).anyMatch(l -> CAM_THANH.equals(l.getGroupId())));
    assertThat(planTasksSeenBy(NGHIA_LO)).singleElement().extracting(t -> t.get("id"))
        .isNotEqualTo(planTasksSeenBy(CAM_THANH).get(0).get("id"));

    // When: the report is asked for; Cẩm Thành and Nghĩa Lộ report before the deadline
    s.fireTimers(NUMBER, "Event_InputRequestDue");
    List<Task> reports = s.tasks(NUMBER, "Task_SubmitReport");
    assertThat(reports).hasSize(96 + 1);
    s.completeAll(s.tasksOf(NUMBER, "Task_SubmitReport", CAM_THANH), Map.of());
    s.completeAll(s.tasksOf(NUMBER, "Task_SubmitReport", NGHIA_LO), Map.of());
    // the deadline passes; one more commune reports late, before the standing agency closes the consolidation
    s.fireTimers(NUMBER, DirectiveProcess.reportDueEventOf("Summer"));
    String late = registry.membersOf("quang-ngai-ubnd-cap-xa").get(0).id();
    ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 3_600_000L));
    s.completeAll(s.tasksOf(NUMBER, "Task_SubmitReport", late), Map.of());
    Task consolidate = taskService.createTaskQuery().processInstanceId(directive)
        .taskDefinitionKey(DirectiveProcess.consolidateTaskOf("Summer")).singleResult();
    String atDeadline = (String) taskService.getVariable(consolidate.getId(), "consolidationSummary");
    taskService.complete(consolidate.getId());

    // Then: the consolidation task showed the two on time and the rest missing
    assertThat(atDeadline).contains("Mục 1 (96 đơn vị): đúng hạn 2; trễ hạn 0; chưa báo cáo 94.");
    // and the instance keeps every commune by name with its final status
    Map<String, Object> variables = runtimeService.getVariables(directive);
    assertThat((String) variables.get(DirectiveProcess.consolidationSummaryOf("Summer")))
        .contains("Mục 1 (96 đơn vị): đúng hạn 2; trễ hạn 1; chưa báo cáo 93.",
            "  Trễ hạn: " + registry.agency(late).orElseThrow().shortName() + "\n");
    @SuppressWarnings("unchecked")
    Map<String, String> byUnit = (Map<String, String>) variables.get(DirectiveProcess.reportStatusByUnitOf("Summer"));
    assertThat(byUnit).hasSize(97)
        .containsEntry("Mục 1 – " + registry.agency(CAM_THANH).orElseThrow().shortName(), "đúng hạn")
        .containsEntry("Mục 1 – " + registry.agency(NGHIA_LO).orElseThrow().shortName(), "đúng hạn")
        .containsEntry("Mục 1 – " + registry.agency(late).orElseThrow().shortName(), "trễ hạn")
        .containsEntry("Mục 2 – Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", "chưa báo cáo");
    assertThat(byUnit.values().stream().filter("chưa báo cáo"::equals).count()).isEqualTo(94);
    assertThat(variables).containsEntry(DirectiveProcess.reportsOnTimeOf("Summer"), 2)
        .containsEntry(DirectiveProcess.reportsLateOf("Summer"), 1)
        .containsEntry(DirectiveProcess.reportsMissingOf("Summer"), 94);
  }

  private List<Map<String, Object>> planTasksSeenBy(String commune) {
    return rest.withBasicAuth(TestAccounts.officer(commune), TestAccounts.STAFF_PASSWORD).exchange(
        "/engine-rest/task?taskDefinitionKey=Task_PlanImplementation&processInstanceBusinessKey=" + NUMBER,
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
  }
}
