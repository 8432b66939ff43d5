package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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
 * One directive's full year with the clock moved forward: plans and contributions, inputs requested before each report
 * deadline, reports on time, late and missing, consolidation by the standing agency and sending to the People's
 * Committee, then the year-end close.
 */
@EngineTest
class DirectiveCycleScenarioTests {

  static final String DIRECTIVE = "Directive_ThanhPhoLaiChau_2024_CongTacTreEm";
  static final String NUMBER = "1015/UBND-LĐTBXH";
  static final String STANDING = "lai-chau-tp-phong-ldtbxh";
  static final Map<String, Object> REPORT = Map.of("progressNarrative", "Đã triển khai (kiểm thử)",
      "implementationStatus", "ongoing", "activitiesHeld", 3);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;

  /** Camunda's process assertions (isEnded, hasPassed) read this engine. */
  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void fullYearCycleRecordsOnTimeLateAndMissingReportsAndEnds() {
    DirectiveTestSupport s = new DirectiveTestSupport(runtimeService, taskService, managementService);
    ProcessInstance directive = s.start(DIRECTIVE, 2024, NUMBER);

    // January: every lead plans, every coordinating agency takes part.
    s.completeAll(s.tasks(NUMBER, "Task_PlanImplementation"), Map.of("planSummary", "Kế hoạch (kiểm thử)"));
    s.completeAll(s.tasks(NUMBER, "Task_Contribute"), Map.of("contributionResult", "Đã phối hợp (kiểm thử)"));

    // Five working days before 30/04 the inputs are requested and the report tasks open, due 30/04. Monday 29/04/2024
    // was a day off in exchange for Saturday 04/05, so the request goes out on Monday 22/04.
    assertThat(s.fireTimers(NUMBER, "Event_InputRequestDue")).isEqualTo(7);
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(DirectiveTestSupport.at(2024, 4, 22, 0));
    List<Task> reports = s.tasks(NUMBER, "Task_SubmitReport");
    assertThat(reports).hasSize(7).allSatisfy(t -> {
      assertThat(t.getName()).startsWith("Báo cáo kết quả 6 tháng – Mục ");
      assertThat(t.getDueDate()).isEqualTo(DirectiveTestSupport.at(2024, 4, 30, 0));
    });
    assertThat(s.tasks(NUMBER, "Task_ProvideReportInput")).extracting(Task::getDueDate)
        .containsOnly(DirectiveTestSupport.at(2024, 4, 25, 0));
    s.completeAll(s.tasks(NUMBER, "Task_ProvideReportInput"), Map.of("reportInput", "Số liệu (kiểm thử)"));

    // Items 1, 2 (both leads), 3, 5 report on time; item 4 reports late; item 6 does not report at all.
    reports.stream().filter(t -> !t.getName().endsWith("Mục 4") && !t.getName().endsWith("Mục 6"))
        .forEach(t -> taskService.complete(t.getId(), REPORT));
    s.fireTimers(NUMBER, "Event_ReportDue_FirstHalf");
    Task consolidate = single(s.tasksOf(NUMBER, "Task_Consolidate_FirstHalf", STANDING));
    assertThat((String) taskService.getVariable(consolidate.getId(), "consolidationSummary"))
        .contains("Mục 1 – Phòng Lao động - Thương binh và Xã hội thành phố Lai Châu: đúng hạn")
        .contains("Mục 4 – Phòng Tài chính - Kế hoạch thành phố Lai Châu: chưa báo cáo")
        .contains("Đúng hạn: 5; trễ hạn: 0; chưa báo cáo: 2.");
    ClockUtil.setCurrentTime(DirectiveTestSupport.at(2024, 5, 2, 9));
    taskService.complete(single(reportOf(s, "Mục 4")).getId(), REPORT);
    taskService.complete(consolidate.getId(), Map.of("consolidatedReport", "Tổng hợp 6 tháng (kiểm thử)"));
    Task send = single(s.tasksOf(NUMBER, "Task_SendReport_FirstHalf", STANDING));
    assertThat(send.getName()).isEqualTo("Gửi Báo cáo kết quả 6 tháng tổng hợp đến UBND thành phố Lai Châu");
    assertThat((String) taskService.getVariable(send.getId(), "consolidationSummary"))
        .contains("Mục 4 – Phòng Tài chính - Kế hoạch thành phố Lai Châu: trễ hạn")
        .contains("Đúng hạn: 5; trễ hạn: 1; chưa báo cáo: 1.");
    taskService.complete(send.getId(), Map.of("sentReportNumber", "45/BC-LĐTBXH", "sentOn", "2024-05-03"));
    // Item 2 has two leads, so item 4 is the fifth assignment.
    assertThat(runtimeService.getVariable(directive.getId(), "reportStatus_FirstHalf_3")).isEqualTo("đúng hạn");
    assertThat(runtimeService.getVariable(directive.getId(), "reportStatus_FirstHalf_5")).isEqualTo("trễ hạn");

    // Item 6 finally reports in June (late); the annual cycle then runs with everyone on time.
    ClockUtil.setCurrentTime(DirectiveTestSupport.at(2024, 6, 3, 9));
    taskService.complete(single(reportOf(s, "Mục 6")).getId(), REPORT);
    assertThat(s.fireTimers(NUMBER, "Event_InputRequestDue")).isEqualTo(7);
    s.completeAll(s.tasks(NUMBER, "Task_ProvideReportInput"), Map.of("reportInput", "Số liệu năm (kiểm thử)"));
    s.completeAll(s.tasks(NUMBER, "Task_SubmitReport"), REPORT);
    s.fireTimers(NUMBER, "Event_ReportDue_Annual");
    taskService.complete(single(s.tasks(NUMBER, "Task_Consolidate_Annual")).getId(),
        Map.of("consolidatedReport", "Tổng hợp năm (kiểm thử)"));
    taskService.complete(single(s.tasks(NUMBER, "Task_SendReport_Annual")).getId(),
        Map.of("sentReportNumber", "120/BC-LĐTBXH", "sentOn", "2024-11-06"));
    assertThat(runtimeService.getVariable(directive.getId(), "reportsOnTime_Annual")).isEqualTo(7);

    // "Thường xuyên trong năm": the assignments stay open until the year ends, then the directive is done.
    BpmnAwareTests.assertThat(directive).isNotEnded().hasPassed(DirectiveProcess.sendReportTaskOf("FirstHalf"),
        DirectiveProcess.sendReportTaskOf("Annual"));
    assertThat(s.fireTimers(NUMBER, DirectiveProcess.EVENT_YEAR_END)).isEqualTo(7);
    BpmnAwareTests.assertThat(directive).isEnded().hasPassed(DirectiveProcess.GATEWAY_JOIN,
        DirectiveProcess.END_EVENT);
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("cpDueStatus")
        .processInstanceIdIn(assignmentIds(directive.getId())).list().stream()
        .filter(v -> v.getTaskId() == null && v.getActivityInstanceId().equals(v.getProcessInstanceId()))
        .toList())
        .hasSize(7)
        .extracting(v -> v.getValue()).containsOnly("đúng hạn", "trễ hạn")
        .filteredOn("trễ hạn"::equals).hasSize(2);
  }

  private List<Task> reportOf(DirectiveTestSupport s, String item) {
    return s.tasks(NUMBER, "Task_SubmitReport").stream().filter(t -> t.getName().endsWith(item)).toList();
  }

  private String[] assignmentIds(String directiveId) {
    return historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(directiveId).list().stream()
        .map(h -> h.getId()).toArray(String[]::new);
  }

  private static Task single(List<Task> tasks) {
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }
}
