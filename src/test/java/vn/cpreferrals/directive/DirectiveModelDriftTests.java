package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.RegistryFiles;

/** Committed directive models are exactly what their tables generate, and every generated model is valid BPMN. */
class DirectiveModelDriftTests {

  static AgencyRegistry registry() throws IOException {
    return RegistryFiles.read(new ClassPathResource("registry/agencies.yaml"));
  }

  @Test
  void everyCommittedDirectiveModelMatchesItsTable() throws IOException {
    List<Path> tables = GenerateDirectives.tables();

    assertThat(tables).hasSize(5);
    for (Path table : tables) {
      DirectiveTable directive = read(table);
      Path committed = GenerateDirectives.MODELS.resolve(directive.processId() + ".bpmn");
      assertThat(committed).as("model of " + table).exists();
      String generated = new DirectiveBpmnWriter(GenerateDirectives.registryFor(directive)).write(directive);
      CommittedModels.assertSameModel(generated, Files.readString(committed, StandardCharsets.UTF_8),
          committed + " drifted from " + table + ": run GenerateDirectives");
    }
  }

  @Test
  void generatedModelsAreValidAndEveryElementHasAShape() throws IOException {
    AgencyRegistry registry = registry();
    DirectiveBpmnWriter writer = new DirectiveBpmnWriter(registry);
    for (Path table : GenerateDirectives.tables()) {
      DirectiveTable directive = read(table);
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(
          writer.write(directive).getBytes(StandardCharsets.UTF_8)));
      Bpmn.validateModel(model);
      // One call activity per lead; a class as each unit it stood for on the day of issue (the 2024 seed of Mường Tè).
      int leads = directive.items().stream().flatMap(i -> i.lead().stream())
          .mapToInt(lead -> Math.max(1, directive.membersOf(registry, lead).size())).sum();
      assertThat(model.getModelElementsByType(CallActivity.class)).as(directive.processId()).hasSize(leads);
      List<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
          .map(s -> s.getBpmnElement().getId()).toList();
      assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(
          n -> assertThat(shaped).as("shape of " + n.getId()).contains(n.getId()));
    }
  }

  @Test
  void aTableNamingAnAgencyOfAnotherProvinceIsRefusedWithAClearMessage() throws IOException {
    DirectiveTable broken = new DirectiveTable("Directive_Test_2025_1", "Thử", "1/KH", "quang-ngai-ubnd-tinh",
        "quang-ngai", "quang-ngai-so-y-te", "test", null,
        List.of(new DirectiveTable.Report("Annual", "Báo cáo năm", "15/11", "22/11")),
        List.of(new DirectiveTable.Item("1", "Việc", List.of("lai-chau-so-y-te"), List.of(), "sớm")), null, null);

    assertThatThrownBy(() -> new DirectiveBpmnWriter(registry()).write(broken))
        .hasMessageContaining("lai-chau-so-y-te' thuộc tỉnh khác")
        .hasMessageContaining("Không hiểu thời gian");
  }

  static DirectiveTable read(Path table) throws IOException {
    try (InputStream in = Files.newInputStream(table)) {
      return DirectiveTable.read(in);
    }
  }
}
