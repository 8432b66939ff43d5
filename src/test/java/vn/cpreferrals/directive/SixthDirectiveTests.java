package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.support.EngineTest;

/** A new directive written only as a table becomes a running process without any code change. */
@EngineTest
class SixthDirectiveTests {

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

  @Test
  void directiveWrittenOnlyAsATableRuns() throws IOException {
    DirectiveTable table;
    try (InputStream in = new ClassPathResource("directives/Directive_QuangNgai_2025_PhongChongDuoiNuoc.yaml")
        .getInputStream()) {
      table = DirectiveTable.read(in);
    }
    String bpmn = new DirectiveBpmnWriter(registry).write(table);
    deploymentId = repositoryService.createDeployment().name("sixth-directive")
        .addString(table.processId() + ".bpmn", bpmn).deploy().getId();

    DirectiveTestSupport s = new DirectiveTestSupport(runtimeService, taskService, managementService);
    s.start(table.processId(), 2025, "999/UBND-KGVX");

    assertThat(s.tasksOf("999/UBND-KGVX", "Task_CompleteByDate", "quang-ngai-so-vhttdl")).singleElement()
        .satisfies(t -> assertThat(t.getDueDate()).isEqualTo(DirectiveTestSupport.at(2025, 8, 31, 0)));
    assertThat(s.tasksOf("999/UBND-KGVX", "Task_Contribute", "quang-ngai-tinh-doan")).hasSize(1);
    assertThat(s.tasksOf("999/UBND-KGVX", "Task_QuarterWork", "quang-ngai-ubnd-cap-xa")).extracting(Task::getName)
        .containsExactlyInAnyOrder("Thực hiện trong Quý 2 – Mục 2", "Thực hiện trong Quý 3 – Mục 2");
    assertThat(s.tasksOf("999/UBND-KGVX", "Task_PlanImplementation", "quang-ngai-so-vhttdl")).singleElement()
        .satisfies(t -> assertThat(t.getDueDate()).isEqualTo(DirectiveTestSupport.at(2025, 1, 12, 8)));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(table.processId()).singleResult()
        .getTenantId()).isEqualTo("quang-ngai");
  }
}
