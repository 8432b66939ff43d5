package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.support.EngineTest;

/**
 * Instances of the models as deployed before they carried typed values (copies in
 * {@code src/test/resources/directives/earlier/}) keep running: their expressions call the compatibility bean
 * {@code directiveSchedule}, their summary tasks give "index|item|lead" lines, and their assignments are given the
 * timing's wording. Remove with {@link LegacyDirectiveSchedule} once no such instance runs.
 */
@EngineTest
class EarlierModelVersionsTests {

  static final String DIRECTIVE = "Directive_QuangNgai_2025_KH65";
  static final String NUMBER = "65/KH-UBND (bản cũ)";

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String deploymentId;
  ProcessInstance directive;

  @BeforeEach
  void deployEarlierVersions() {
    BpmnAwareTests.init(processEngine);
    deploymentId = repositoryService.createDeployment().name("directive-models-before-typed-values")
        .addClasspathResource("directives/earlier/DirectiveAssignment-before-typed-values.bpmn")
        .addClasspathResource("directives/earlier/" + DIRECTIVE + "-before-typed-values.bpmn")
        .deploy().getId();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    // Cascading: the instances started here go with the versions they ran on.
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void aDirectiveOfTheEarlierVersionRunsItsQuartersReportsAndSummaryAsBefore() {
    DirectiveTestSupport s = new DirectiveTestSupport(runtimeService, taskService, managementService);
    directive = s.start(DIRECTIVE, 2025, NUMBER);

    BpmnAwareTests.assertThat(directive).isWaitingAt("CallActivity_Item_II_9_Lead1", "Event_ReportDue_SixMonth");
    // "Quý II, IV năm 2025" parsed at run time by the earlier model; due at each quarter's end.
    assertThat(s.tasksOf(NUMBER, DirectiveProcess.TASK_QUARTER_WORK, "quang-ngai-so-vhttdl"))
        .extracting(Task::getName, Task::getDueDate).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Thực hiện trong Quý 2 – Mục II.9", endOfDay(2025, 6, 30)),
            org.assertj.core.groups.Tuple.tuple("Thực hiện trong Quý 4 – Mục II.9", endOfDay(2025, 12, 31)));
    // Coordinating agencies as "a,b,c", split by the compatibility bean.
    assertThat(s.tasksOf(NUMBER, DirectiveProcess.TASK_CONTRIBUTE, "quang-ngai-so-vhttdl")).extracting(Task::getName)
        .contains("Phối hợp thực hiện – Mục II.3");
    assertThat(s.fireTimers(NUMBER, DirectiveProcess.EVENT_INPUT_REQUEST)).isEqualTo(27);
    List<Task> reports = s.tasks(NUMBER, DirectiveProcess.TASK_SUBMIT_REPORT);
    assertThat(reports).hasSize(27).allSatisfy(t -> {
      assertThat(t.getName()).startsWith("Báo cáo 6 tháng – Mục ");
      assertThat(t.getDueDate()).isEqualTo(DirectiveTestSupport.at(2025, 5, 15, 0));
    });
    taskService.complete(reports.stream().filter(t -> t.getName().endsWith("Mục II.1")).findFirst().orElseThrow()
        .getId(), Map.of("progressNarrative", "Đã triển khai (kiểm thử)", "implementationStatus", "ongoing"));

    s.fireTimers(NUMBER, DirectiveProcess.reportDueEventOf("SixMonth"));
    BpmnAwareTests.assertThat(directive).hasPassed(DirectiveProcess.summarizeTaskOf("SixMonth"))
        .isWaitingAt(DirectiveProcess.consolidateTaskOf("SixMonth"));
    Task consolidate = s.tasks(NUMBER, DirectiveProcess.consolidateTaskOf("SixMonth")).get(0);
    assertThat(consolidate.getDueDate()).isEqualTo(DirectiveTestSupport.at(2025, 5, 22, 0));
    assertThat((String) taskService.getVariable(consolidate.getId(),
        DirectiveProcess.CONSOLIDATION_SUMMARY.name()))
        .contains("Mục II.1 – Sở Y tế tỉnh Quảng Ngãi: đúng hạn")
        .contains("Đúng hạn: 1; trễ hạn: 0; chưa báo cáo: 26.");
  }

  private static Date endOfDay(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atTime(23, 59, 59).atZone(DirectiveTestSupport.VIETNAM)
        .toInstant());
  }
}
