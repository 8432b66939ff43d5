package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaList;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** What the generator writes into a model: resolved values, the same bytes every time. */
class DirectiveBpmnWriterTests {

  @Test
  void timingsAreWrittenAsKindQuartersAndDayWithTheWordingKeptForStaff() throws IOException {
    DirectiveTable table = sixth();
    BpmnModelInstance model = model(table);

    Map<String, String> byDate = inputs(model, "CallActivity_Item_1");
    assertThat(byDate).containsEntry(DirectiveProcess.TIMING.name(), "trước 31/08")
        .containsEntry(DirectiveProcess.TIMING_KIND.name(), "DATE")
        .containsEntry(DirectiveProcess.TIMING_DATE.name(), "--08-31")
        .doesNotContainKey(DirectiveProcess.TIMING_QUARTERS.name());
    assertThat(listInput(model, "CallActivity_Item_1", DirectiveProcess.COORDINATING_AGENCIES.name()))
        .containsExactly("quang-ngai-so-gddt", "quang-ngai-tinh-doan");
    assertThat(inputs(model, "CallActivity_Item_2")).containsEntry(DirectiveProcess.TIMING_KIND.name(), "QUARTERS");
    assertThat(listInput(model, "CallActivity_Item_2", DirectiveProcess.TIMING_QUARTERS.name()))
        .containsExactly("2", "3");
    assertThat(listInput(model, "CallActivity_Item_2", DirectiveProcess.COORDINATING_AGENCIES.name())).isEmpty();
    assertThat(listInput(model, "CallActivity_Item_2", DirectiveProcess.REPORT_IDS.name())).containsExactly("Summer");
  }

  @Test
  void sameTableSameBytesAndNoGeneratedIds() throws IOException {
    DirectiveBpmnWriter writer = new DirectiveBpmnWriter(DirectiveModelDriftTests.registry());
    String first = writer.write(sixth());

    assertThat(writer.write(sixth())).isEqualTo(first);
    assertThat(first).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Generated from directives/")
        .contains("Do not edit").doesNotContainPattern("id=\"[A-Za-z]+_[0-9a-f]{7,}");
  }

  private static DirectiveTable sixth() throws IOException {
    try (InputStream in = new ClassPathResource("directives/Directive_QuangNgai_2025_PhongChongDuoiNuoc.yaml")
        .getInputStream()) {
      return DirectiveTable.read(in);
    }
  }

  private static BpmnModelInstance model(DirectiveTable table) throws IOException {
    String xml = new DirectiveBpmnWriter(DirectiveModelDriftTests.registry()).write(table);
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<CamundaInputParameter> parameters(BpmnModelInstance model, String callActivity) {
    CallActivity call = model.getModelElementById(callActivity);
    return List.copyOf(call.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class)
        .singleResult().getCamundaInputParameters());
  }

  /** The plain-text inputs of a call activity. */
  private static Map<String, String> inputs(BpmnModelInstance model, String callActivity) {
    return parameters(model, callActivity).stream().filter(p -> p.getValue() == null)
        .collect(Collectors.toMap(CamundaInputParameter::getCamundaName, CamundaInputParameter::getTextContent));
  }

  private static List<String> listInput(BpmnModelInstance model, String callActivity, String name) {
    CamundaList list = parameters(model, callActivity).stream().filter(p -> p.getCamundaName().equals(name))
        .findFirst().orElseThrow().getValue();
    return list.getValues().stream().map(v -> v.getTextContent()).toList();
  }
}
