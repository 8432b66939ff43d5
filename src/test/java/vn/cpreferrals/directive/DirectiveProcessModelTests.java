package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

import vn.cpreferrals.process.ProcessVariable;

/**
 * {@link DirectiveProcess} names what the BPMN files define and use: a renamed element or variable breaks here, not
 * in production. And the current models only read variables: nothing calls the compatibility bean any more.
 */
class DirectiveProcessModelTests {

  static final Path ASSIGNMENT = Path.of("bpmn", "DirectiveAssignment.bpmn");

  /** What DirectiveAssignment is given by every call activity of a generated directive. */
  static final List<ProcessVariable<?>> ASSIGNMENT_INPUTS = List.of(DirectiveProcess.ITEM_ID,
      DirectiveProcess.ITEM_INDEX, DirectiveProcess.ITEM_TITLE, DirectiveProcess.LEAD_AGENCY,
      DirectiveProcess.COORDINATING_AGENCIES, DirectiveProcess.TIMING, DirectiveProcess.TIMING_KIND,
      DirectiveProcess.REPORT_IDS, DirectiveProcess.REPORT_NAMES, DirectiveProcess.REPORT_DUE_DAYS,
      DirectiveProcess.PLAN_WITHIN_DAYS);

  @Test
  void assignmentModelHasTheKeyAndElementsTheCodeNames() {
    BpmnModelInstance model = Bpmn.readModelFromFile(ASSIGNMENT.toFile());

    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
        .containsExactly(DirectiveProcess.ASSIGNMENT_KEY);
    for (String id : List.of(DirectiveProcess.TASK_PLAN, DirectiveProcess.TASK_CONTRIBUTE,
        DirectiveProcess.REPORT_CYCLE, DirectiveProcess.EVENT_INPUT_REQUEST, DirectiveProcess.TASK_PROVIDE_REPORT_INPUT,
        DirectiveProcess.TASK_SUBMIT_REPORT, DirectiveProcess.TASK_QUARTER_WORK,
        DirectiveProcess.TASK_COMPLETE_BY_DATE, DirectiveProcess.EVENT_YEAR_END)) {
      assertThat((BaseElement) model.getModelElementById(id)).as(id).isNotNull();
    }
    assertThat(model.getModelElementsByType(MultiInstanceLoopCharacteristics.class))
        .extracting(MultiInstanceLoopCharacteristics::getCamundaCollection,
            MultiInstanceLoopCharacteristics::getCamundaElementVariable)
        .contains(
            org.assertj.core.groups.Tuple.tuple(read(DirectiveProcess.REPORT_IDS), DirectiveProcess.REPORT_ID.name()),
            org.assertj.core.groups.Tuple.tuple(read(DirectiveProcess.TIMING_QUARTERS),
                DirectiveProcess.QUARTER.name()));
    assertThat(model.getModelElementsByType(MultiInstanceLoopCharacteristics.class))
        .extracting(MultiInstanceLoopCharacteristics::getCamundaCollection)
        .contains(read(DirectiveProcess.COORDINATING_AGENCIES));
  }

  @Test
  void assignmentModelReadsTheVariablesTheDelegatesSet() throws IOException {
    String xml = Files.readString(ASSIGNMENT, StandardCharsets.UTF_8);

    for (ProcessVariable<?> v : List.of(DirectiveProcess.ASSIGNMENT_END, DirectiveProcess.PLAN_DUE,
        DirectiveProcess.QUARTER_END, DirectiveProcess.REPORT_DUE, DirectiveProcess.INPUT_REQUEST_AT,
        DirectiveProcess.INPUT_DUE, DirectiveProcess.REPORT_NAME, DirectiveProcess.LEAD_AGENCY,
        DirectiveProcess.ITEM_ID)) {
      assertThat(xml).as(v.name()).contains(read(v));
    }
    assertThat(xml).contains("${" + DirectiveProcess.TIMING_KIND.name() + " == '" + Timing.Kind.QUARTERS + "'}");
  }

  @Test
  void everyGeneratedDirectiveHasTheElementsAndInputsTheCodeNames() throws IOException {
    for (Path table : GenerateDirectives.tables()) {
      DirectiveTable directive = DirectiveModelDriftTests.read(table);
      File file = GenerateDirectives.MODELS.resolve(directive.processId() + ".bpmn").toFile();
      BpmnModelInstance model = Bpmn.readModelFromFile(file);

      assertThat(directive.processId()).startsWith(DirectiveProcess.DIRECTIVE_KEY_PREFIX);
      Stream.of(DirectiveProcess.START_EVENT, DirectiveProcess.GATEWAY_SPLIT, DirectiveProcess.GATEWAY_JOIN,
          DirectiveProcess.END_EVENT, DirectiveProcess.FLOW_TO_SPLIT, DirectiveProcess.FLOW_TO_END)
          .forEach(id -> assertThat((BaseElement) model.getModelElementById(id)).as(file + " " + id).isNotNull());
      StartEvent start = model.getModelElementById(DirectiveProcess.START_EVENT);
      assertThat(start.getExtensionElements().getElementsQuery().filterByType(
          org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).singleResult().getCamundaProperties())
          .extracting(CamundaProperty::getCamundaName)
          .containsExactlyElementsOf(directive.reports().stream().flatMap(r -> Stream.of(
              DirectiveProcess.reportDueOf(r.id()).name(), DirectiveProcess.consolidateByOf(r.id()).name())).toList());
      for (DirectiveTable.Report r : directive.reports()) {
        Stream.of(DirectiveProcess.reportDueEventOf(r.id()), DirectiveProcess.summarizeTaskOf(r.id()),
            DirectiveProcess.consolidateTaskOf(r.id()), DirectiveProcess.finalSummaryTaskOf(r.id()),
            DirectiveProcess.sendReportTaskOf(r.id()))
            .forEach(id -> assertThat((BaseElement) model.getModelElementById(id)).as(file + " " + id).isNotNull());
      }
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        assertThat(call.getCalledElement()).isEqualTo(DirectiveProcess.ASSIGNMENT_KEY);
        assertThat(call.getId()).startsWith("CallActivity_Item_");
        assertThat(call.getExtensionElements().getElementsQuery()
            .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).singleResult()
            .getCamundaInputParameters()).extracting(CamundaInputParameter::getCamundaName)
            .as(call.getId())
            .containsAll(ASSIGNMENT_INPUTS.stream().map(ProcessVariable::name).toList())
            .allMatch(name -> ASSIGNMENT_INPUTS.stream().anyMatch(v -> v.name().equals(name))
                || name.equals(DirectiveProcess.TIMING_QUARTERS.name())
                || name.equals(DirectiveProcess.TIMING_DATE.name())
                || name.equals(DirectiveProcess.ITEM_INDICATORS.name()));
      }
    }
  }

  @Test
  void currentModelsNoLongerCallTheCompatibilityBean() throws IOException {
    List<Path> models = Stream.concat(Stream.of(ASSIGNMENT), Files.list(GenerateDirectives.MODELS)).toList();

    assertThat(models).hasSize(6).allSatisfy(model -> assertThat(Files.readString(model, StandardCharsets.UTF_8))
        .as(model.toString()).doesNotContain(DirectiveProcess.LEGACY_SCHEDULE_BEAN + "."));
  }

  @Test
  void formsShowTheVariablesTheDirectiveCodeSets() throws IOException {
    String plan = Files.readString(Path.of("forms", "directive", "directivePlan.form"), StandardCharsets.UTF_8);
    String send = Files.readString(Path.of("forms", "directive", "directiveSend.form"), StandardCharsets.UTF_8);
    String start = Files.readString(Path.of("forms", "directive", "directiveStart.form"), StandardCharsets.UTF_8);

    for (ProcessVariable<?> v : List.of(DirectiveProcess.LEAD_AGENCY_NAME, DirectiveProcess.COORDINATING_AGENCY_NAMES,
        DirectiveProcess.TIMING, DirectiveProcess.ITEM_TITLE, DirectiveProcess.ITEM_ID)) {
      assertThat(plan).as(v.name()).contains("\"" + v.name() + "\"");
    }
    String report = Files.readString(Path.of("forms", "directive", "directiveReport.form"), StandardCharsets.UTF_8);
    String consolidate = Files.readString(Path.of("forms", "directive", "directiveConsolidation.form"),
        StandardCharsets.UTF_8);
    for (int slot = 1; slot <= DirectiveProcess.INDICATOR_SLOTS; slot++) {
      assertThat(report).contains("\"" + DirectiveProcess.indicatorValueOf(slot) + "\"",
          DirectiveProcess.INDICATOR_FIGURES.name() + "[" + slot + "]." + DirectiveProcess.FIGURE_NAME,
          DirectiveProcess.INDICATOR_FIGURES.name() + "[" + slot + "]." + DirectiveProcess.FIGURE_TARGET);
    }
    assertThat(report).doesNotContain("\"" + DirectiveProcess.indicatorValueOf(DirectiveProcess.INDICATOR_SLOTS + 1)
        + "\"");
    assertThat(consolidate).contains("\"" + DirectiveProcess.INDICATOR_SUMMARY.name() + "\"");
    for (ProcessVariable<?> v : List.of(DirectiveProcess.REPORT_NAME, DirectiveProcess.RECIPIENT_NAME,
        DirectiveProcess.CONSOLIDATION_SUMMARY, DirectiveProcess.INDICATOR_SUMMARY)) {
      assertThat(send).as(v.name()).contains("\"" + v.name() + "\"");
    }
    assertThat(start).contains("\"" + DirectiveProcess.YEAR.name() + "\"",
        "\"" + DirectiveProcess.DIRECTIVE_NUMBER.name() + "\"");
  }

  private static String read(ProcessVariable<?> variable) {
    return DirectiveProcess.read(variable);
  }
}
