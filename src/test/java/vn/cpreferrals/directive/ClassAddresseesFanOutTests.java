package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.support.EngineTest;

/**
 * A directive of today's structure addressed to "UBND cấp xã" reaches every commune of the province as its own unit:
 * an assignment each (created in jobs, not in the start's transaction), a contribution each, and a line each in the
 * consolidation.
 */
@EngineTest
class ClassAddresseesFanOutTests {

  static final String NUMBER = "777/KH-UBND";

  @Autowired AgencyRegistry registry;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  String deploymentId;

  @AfterEach
  void tearDown() {
    DirectiveTestSupport.undeploy(repositoryService, deploymentId);
  }

  static DirectiveTable table() throws IOException {
    try (InputStream in = new ClassPathResource("directives/Directive_QuangNgai_2026_DuoiNuocTheoXa.yaml")
        .getInputStream()) {
      return DirectiveTable.read(in);
    }
  }

  @Test
  void everyCommuneOfTodaysQuangNgaiGetsItsOwnAssignmentContributionAndConsolidationLine() throws IOException {
    DirectiveTable table = table();
    List<String> communes = registry.membersOf("quang-ngai-ubnd-cap-xa").stream().map(a -> a.id()).toList();
    String bpmn = new DirectiveBpmnWriter(registry).write(table);
    BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
        bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(communes).hasSize(96).allMatch(id -> id.matches("quang-ngai-ubnd-\\d{5}"));
    // Item 2's lead is one agency, but its 96 coordinators each get a contribution: it starts in a job too.
    assertThat(model.getModelElementsByType(CallActivity.class)).hasSize(96 + 1)
        .filteredOn(CallActivity::isCamundaAsyncBefore).hasSize(96 + 1);
    deploymentId = repositoryService.createDeployment().name("fan-out").addString(table.processId() + ".bpmn", bpmn)
        .deploy().getId();

    DirectiveTestSupport s = new DirectiveTestSupport(runtimeService, taskService, managementService);
    String directive = s.start(table.processId(), 2026, NUMBER).getId();

    assertThat(s.tasks(NUMBER, "Task_PlanImplementation")).as("nothing in the start's transaction").isEmpty();
    assertThat(s.tasks(NUMBER, "Task_Contribute")).isEmpty();
    List<Job> fanOut = managementService.createJobQuery().processInstanceId(directive).messages().list();
    assertThat(fanOut).hasSize(96 + 1);
    fanOut.forEach(job -> managementService.executeJob(job.getId()));

    List<Task> plans = s.tasks(NUMBER, "Task_PlanImplementation");
    assertThat(plans).hasSize(97);
    Set<String> planners = plans.stream().flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream())
        .map(IdentityLink::getGroupId).filter(g -> g != null && g.matches("quang-ngai-ubnd-\\d{5}"))
        .collect(Collectors.toSet());
    assertThat(planners).containsExactlyInAnyOrderElementsOf(communes);
    assertThat(s.tasksOf(NUMBER, "Task_PlanImplementation", "quang-ngai-ubnd-21025")).singleElement()
        .satisfies(t -> assertThat(t.getName()).isEqualTo("Xây dựng kế hoạch thực hiện – Mục 1"));
    assertThat(s.tasksOf(NUMBER, "Task_Contribute", "quang-ngai-ubnd-21025")).extracting(Task::getName)
        .containsExactly("Phối hợp thực hiện – Mục 2");
    assertThat(s.tasks(NUMBER, "Task_Contribute")).hasSize(96 + 96);

    // At the report deadline nobody has reported: the standing agency sees each commune by name, and the totals.
    s.fireTimers(NUMBER, DirectiveProcess.reportDueEventOf("Summer"));
    Task consolidate = taskService.createTaskQuery().processInstanceId(directive)
        .taskDefinitionKey("Task_Consolidate_Summer").singleResult();
    String summary = (String) taskService.getVariable(consolidate.getId(), "consolidationSummary");
    assertThat(summary).contains("Mục 1 (96 đơn vị): đúng hạn 0; trễ hạn 0; chưa báo cáo 96.")
        .containsPattern("Chưa báo cáo: UBND [^,]+, UBND .* và \\d+ đơn vị khác")
        .contains("Mục 2 – Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi: chưa báo cáo")
        .contains("Đúng hạn: 0; trễ hạn: 0; chưa báo cáo: 97.");
    assertThat(summary.length()).isLessThan(4_000);
  }

  @Test
  void aClassWhoseLevelEndedIn2025CannotBeAddressedByADirectiveOfTodaysStructure() throws IOException {
    DirectiveTable table = table();
    DirectiveTable toDistricts = new DirectiveTable(table.processId(), table.name(), table.documentNumber(),
        table.issuedBy(), table.province(), table.standingAgency(), table.source(), table.planWithinDays(),
        table.reports(), List.of(new DirectiveTable.Item("1", "Việc", List.of("quang-ngai-ubnd-cap-huyen"), List.of(),
            "trước 31/08")), List.of(), table.issued());

    assertThat(toDistricts.problems(registry)).singleElement().asString()
        .contains("Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Quảng Ngãi").contains("từ 1/7/2025");
  }

  @Test
  void aDirectiveOfTodaysStructureCannotAddressMuongTesCommunesOf2024() throws IOException {
    DirectiveTable table = table();
    DirectiveTable toMuongTe = new DirectiveTable("Directive_LaiChau_2026_Thu", "Thử", "1/KH-UBND",
        "lai-chau-ubnd-tinh", "lai-chau", "lai-chau-so-y-te", "test", null, table.reports(),
        List.of(new DirectiveTable.Item("1", "Việc", List.of("lai-chau-muong-te-ubnd-cac-xa"),
            List.of("lai-chau-muong-te-ubnd-03469"), "trước 31/08")), List.of(), "2026-03-02");

    assertThat(toMuongTe.problems(registry)).hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("Ủy ban nhân dân các xã, thị trấn huyện Mường Tè").contains("từ 1/7/2025"))
        .anySatisfy(p -> assertThat(p).contains("Ủy ban nhân dân xã Kan Hồ, huyện Mường Tè")
            .contains("không còn tồn tại vào ngày ban hành 02/03/2026"));
  }

  @Test
  void theConsolidationCountsEachUnitOfAClassOnTimeLateOrMissing() {
    List<Map<String, String>> items = List.of(
        Map.of("index", "1", "item", "1", "lead", "UBND phường A"),
        Map.of("index", "2", "item", "1", "lead", "UBND phường B"),
        Map.of("index", "3", "item", "1", "lead", "UBND xã C"),
        Map.of("index", "4", "item", "2", "lead", "Sở Y tế"));
    Map<String, Object> reported = Map.of(
        DirectiveProcess.reportStatusOf("Summer", "1"), "đúng hạn",
        DirectiveProcess.reportStatusOf("Summer", "2"), "trễ hạn",
        DirectiveProcess.reportStatusOf("Summer", "4"), "đúng hạn");

    ReportSummary summary = ReportSummary.of("Summer", items, reported);

    assertThat(summary.text()).contains("Mục 1 (3 đơn vị): đúng hạn 1; trễ hạn 1; chưa báo cáo 1.",
        "  Chưa báo cáo: UBND xã C\n", "  Trễ hạn: UBND phường B\n", "Mục 2 – Sở Y tế: đúng hạn")
        .doesNotContain("UBND phường A");
    assertThat(List.of(summary.onTime(), summary.late(), summary.missing())).containsExactly(2, 1, 1);
  }

  @Test
  void aLongListOfCoordinatingAgenciesNamesTheFirstAndCountsTheRest() {
    List<String> communes = java.util.stream.IntStream.rangeClosed(1, 96)
        .mapToObj(i -> "Ủy ban nhân dân xã Thử Nghiệm Số " + i + ", tỉnh Quảng Ngãi").toList();

    String line = AgencyList.shown(communes);

    assertThat(line.length()).isLessThan(4_000);
    assertThat(line).startsWith("Ủy ban nhân dân xã Thử Nghiệm Số 1, tỉnh Quảng Ngãi; ").matches(".* và \\d+ đơn vị khác");
    assertThat(AgencyList.shown(List.of("Sở Y tế", "Tỉnh đoàn"))).isEqualTo("Sở Y tế; Tỉnh đoàn");
  }
}
