package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Models are documentation that runs: every activity and event is named for the people who read it in Cockpit, every
 * element is drawn (or Cockpit and the Modeler show gaps), and ids say what an element is — no Modeler- or
 * generator-made random ids such as {@code Activity_0x1y2z3}.
 */
class ModelLintTests {

  /** Camunda Modeler's {@code Type_7chars} ids with a digit in them, and UUID-like ids of tools. */
  static final Pattern GENERATED_ID = Pattern.compile(
      "^[A-Za-z]+_(?=[0-9a-z]{7}$)[0-9a-z]*[0-9][0-9a-z]*$|[0-9a-f]{8}-[0-9a-f]{4}-|^(sid|id)-");

  static Stream<Path> models() throws IOException {
    return Files.walk(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyModelNamesItsStepsDrawsEveryElementAndUsesMeaningfulIds(Path file) {
    assertThat(problems(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aModelWithAnUnnamedTaskAGeneratedIdAndAnUndrawnFlowIsRejected() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("Lint").startEvent("StartEvent_Go").name("Bắt đầu")
        .userTask("Activity_0x1y2z3").name(" ").endEvent("EndEvent_Done").name("Xong").done();
    SequenceFlow undrawn = model.getModelElementsByType(SequenceFlow.class).iterator().next();
    model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() == undrawn)
        .forEach(e -> e.getParentElement().removeChildElement(e));

    assertThat(problems(model)).contains("unnamed userTask Activity_0x1y2z3", "generated id: Activity_0x1y2z3",
        "not drawn: " + undrawn.getId());
  }

  static List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean mustBeNamed = node instanceof Activity || node instanceof Event;
      if (mustBeNamed && (node.getName() == null || node.getName().isBlank())) {
        problems.add("unnamed " + node.getElementType().getTypeName() + " " + node.getId());
      }
      check(node, drawn, problems);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      check(flow, drawn, problems);
    }
    return problems;
  }

  private static void check(BaseElement element, Set<String> drawn, List<String> problems) {
    if (!drawn.contains(element.getId())) {
      problems.add("not drawn: " + element.getId());
    }
    if (GENERATED_ID.matcher(element.getId()).find()) {
      problems.add("generated id: " + element.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("generatedIds")
  void theLintRecognisesGeneratedIds(String id, boolean generated) {
    assertThat(GENERATED_ID.matcher(id).find()).as(id).isEqualTo(generated);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> generatedIds() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("Activity_0x1y2z3", true),
        org.junit.jupiter.params.provider.Arguments.of("Flow_1ab2cd3", true),
        org.junit.jupiter.params.provider.Arguments.of("sequenceFlow_3f2a1b4c-1234-4abc-9def-0123456789ab", true),
        org.junit.jupiter.params.provider.Arguments.of("sid-5E8B1C2A", true),
        org.junit.jupiter.params.provider.Arguments.of("Task_AssessRisk", false),
        org.junit.jupiter.params.provider.Arguments.of("Flow_ToSplit", false),
        org.junit.jupiter.params.provider.Arguments.of("CallActivity_Item_II_3_Lead2", false),
        org.junit.jupiter.params.provider.Arguments.of("Gateway_Emergency", false));
  }
}
