package vn.cpreferrals.directive;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BpmnModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaEntry;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaList;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaMap;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import vn.cpreferrals.agency.AgencyRegistry;

/**
 * Writes the BPMN model of a directive from its table, with the Camunda BPMN model API: one call activity of
 * {@code DirectiveAssignment} per item and lead agency, and one branch per report deadline in which the standing agency
 * consolidates and sends the report. Everything the table says is resolved here, once: the call activities carry the
 * timing as a kind with quarters or a day, the coordinating agencies and the directive's reports as lists and maps, and
 * the directive's own deadlines are days of the year on its start event; while a directive runs nothing parses the
 * table's wording (see {@link DirectiveDelegates}). The wording of the timing stays as a visible input for staff.
 *
 * <p>Part of the application, not only of the build: besides {@link GenerateDirectives}, a directive imported from its
 * text in the running application is turned into a model here and deployed.
 *
 * <p>Output is deterministic (same table, same bytes: every id is given, none generated), so a test can tell when a
 * committed model drifts from its table. {@link DirectiveLayout} places the diagram, one row per assignment or report.
 */
public final class DirectiveBpmnWriter {

  static final String TARGET_NAMESPACE = "http://cp-referrals.vn/bpmn/directive";
  static final String HISTORY_TIME_TO_LIVE = "P1825D";
  static final String FORM_BINDING = "deployment";

  private final AgencyRegistry registry;

  public DirectiveBpmnWriter(AgencyRegistry registry) {
    this.registry = registry;
  }

  /** One row of the diagram for one item and one of its leads. */
  private record Assignment(int index, DirectiveTable.Item item, String lead, String elementId, boolean member) {}

  public String write(DirectiveTable t) {
    List<String> problems = t.problems(registry);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bảng văn bản " + t.processId() + " có lỗi:\n - "
          + String.join("\n - ", problems));
    }
    String xml = Bpmn.convertToString(new Model(t).build());
    // The declaration the model API writes, followed by the notice for whoever opens the file.
    return xml.substring(xml.indexOf("?>") + 2).strip()
        .transform(body -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Generated from directives/"
            + t.processId() + ".yaml by GenerateDirectives. Do not edit: change the table and regenerate. -->\n"
            + body + "\n");
  }

  /** The model of one directive while it is being built. */
  private final class Model {

    private final DirectiveTable t;
    private final List<Assignment> assignments;
    private final DirectiveLayout layout;
    private final BpmnModelInstance model = Bpmn.createEmptyModel();
    private Process process;
    private BpmnPlane plane;
    /** Where each node was placed, for the flows that connect it. */
    private final Map<String, DirectiveLayout.Box> placed = new java.util.HashMap<>();
    /** Per assignment and indicator: the assignment's index and the indicator's model entries. */
    private List<List<Map.Entry<String, String>>> summaryIndicators = List.of();

    Model(DirectiveTable t) {
      this.t = t;
      this.assignments = assignments(t);
      this.layout = new DirectiveLayout(assignments.size() + t.reports().size());
    }

    BpmnModelInstance build() {
      Definitions definitions = element(Definitions.class, "Definitions_" + t.processId());
      definitions.setTargetNamespace(TARGET_NAMESPACE);
      definitions.setExporter("cp-referrals");
      definitions.setExporterVersion("1");
      model.setDefinitions(definitions);
      process = element(Process.class, t.processId());
      process.setName(t.name());
      process.setExecutable(true);
      process.setCamundaHistoryTimeToLiveString(HISTORY_TIME_TO_LIVE);
      definitions.addChildElement(process);
      process.getDocumentations().add(documentation(t.documentNumber() + " – " + t.name() + ". Nguồn: " + t.source()));
      CamundaProperties facts = extension(process, CamundaProperties.class);
      property(facts, DirectiveProcess.PROPERTY_PROVINCE, t.province());
      property(facts, DirectiveProcess.PROPERTY_STANDING_AGENCY, t.standingAgency());
      BpmnDiagram diagram = element(BpmnDiagram.class, "BPMNDiagram_" + t.processId());
      plane = element(BpmnPlane.class, "BPMNPlane_" + t.processId());
      plane.setBpmnElement(process);
      diagram.setBpmnPlane(plane);
      definitions.addChildElement(diagram);

      StartEvent start = node(StartEvent.class, DirectiveProcess.START_EVENT, "Ban hành văn bản", layout.start());
      start.setCamundaFormRef(DirectiveProcess.FORM_START);
      start.setCamundaFormRefBinding(FORM_BINDING);
      CamundaExecutionListener started = extension(start, CamundaExecutionListener.class);
      started.setCamundaDelegateExpression(DirectiveProcess.read(DirectiveProcess.DIRECTIVE_STARTED));
      started.setCamundaEvent("end");
      // The directive's own deadlines, as days of the year: the start listener sets them as dates of the year given.
      CamundaProperties deadlines = extension(start, CamundaProperties.class);
      for (DirectiveTable.Report r : t.reports()) {
        property(deadlines, DirectiveProcess.reportDueOf(r.id()).name(), r.dueDay().toString());
        property(deadlines, DirectiveProcess.consolidateByOf(r.id()).name(), r.consolidateDay().toString());
      }
      ParallelGateway split = node(ParallelGateway.class, DirectiveProcess.GATEWAY_SPLIT, "Giao nhiệm vụ",
          layout.split());
      flow(DirectiveProcess.FLOW_TO_SPLIT, start, split, layout.startToSplit());

      List<FlowNode> rowEnds = new ArrayList<>();
      int row = 0;
      for (Assignment a : assignments) {
        rowEnds.add(assignment(a, split, row++));
      }
      List<Map<String, String>> summaryItems = assignments.stream().map(a -> Map.of(
          DirectiveProcess.SUMMARY_ITEM_INDEX, String.valueOf(a.index()),
          DirectiveProcess.SUMMARY_ITEM_ID, a.item().id(),
          // A unit of a class is one of many lines: its short name ("UBND phường Cẩm Thành") keeps the summary short.
          DirectiveProcess.SUMMARY_ITEM_LEAD, a.member() ? agencyShortName(a.lead()) : registry.nameOf(a.lead())))
          .toList();
      summaryIndicators = assignments.stream().flatMap(a -> a.item().indicators().stream().map(f -> {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        entries.add(Map.entry(DirectiveProcess.SUMMARY_ITEM_INDEX, String.valueOf(a.index())));
        entries.addAll(f.indicator().modelEntries());
        return entries;
      })).toList();
      for (DirectiveTable.Report r : t.reports()) {
        rowEnds.add(report(r, split, row++, summaryItems));
      }

      ParallelGateway join = node(ParallelGateway.class, DirectiveProcess.GATEWAY_JOIN, null, layout.join());
      for (int i = 0; i < rowEnds.size(); i++) {
        flow(DirectiveProcess.flowFromRow(rowEnds.get(i).getId()), rowEnds.get(i), join,
            layout.toJoin(i, bounds(rowEnds.get(i))));
      }
      EndEvent end = node(EndEvent.class, DirectiveProcess.END_EVENT, "Hoàn thành văn bản", layout.end());
      flow(DirectiveProcess.FLOW_TO_END, join, end, layout.joinToEnd());
      return model;
    }

    private CallActivity assignment(Assignment a, ParallelGateway split, int row) {
      DirectiveTable.Item item = a.item();
      Timing timing = item.resolvedTiming();
      CallActivity call = node(CallActivity.class, a.elementId(),
          "Mục " + item.id() + " – Chủ trì: " + agencyShortName(a.lead()) + " (" + item.timing() + ")",
          layout.assignment(row));
      flow(DirectiveProcess.flowToRow(a.elementId()), split, call, layout.fromSplit(row, layout.assignment(row)));
      call.setCalledElement(DirectiveProcess.ASSIGNMENT_KEY);
      if (a.member() || fansOutCoordinators(t, item)) {
        // A class fans out to many units (as leads, or as coordinators, each with a contribution task): each
        // assignment starts in its own job, not all in the start's transaction.
        call.setCamundaAsyncBefore(true);
      }
      call.getDocumentations().add(documentation(item.title()));
      CamundaInputOutput io = extension(call, CamundaInputOutput.class);
      input(io, DirectiveProcess.ITEM_ID.name(), item.id());
      input(io, DirectiveProcess.ITEM_INDEX.name(), String.valueOf(a.index()));
      input(io, DirectiveProcess.ITEM_TITLE.name(), item.title());
      input(io, DirectiveProcess.LEAD_AGENCY.name(), a.lead());
      input(io, DirectiveProcess.COORDINATING_AGENCIES.name(), list(coordinating(t, item)));
      input(io, DirectiveProcess.TIMING.name(), item.timing());
      input(io, DirectiveProcess.TIMING_KIND.name(), timing.kind().name());
      if (timing.kind() == Timing.Kind.QUARTERS) {
        input(io, DirectiveProcess.TIMING_QUARTERS.name(),
            list(timing.quarters().stream().map(String::valueOf).toList()));
      }
      if (timing.kind() == Timing.Kind.DATE) {
        input(io, DirectiveProcess.TIMING_DATE.name(), timing.date().toString());
      }
      input(io, DirectiveProcess.REPORT_IDS.name(), list(t.reports().stream().map(DirectiveTable.Report::id).toList()));
      input(io, DirectiveProcess.REPORT_NAMES.name(), map(t.reports().stream()
          .map(r -> Map.entry(r.id(), r.name())).toList()));
      input(io, DirectiveProcess.REPORT_DUE_DAYS.name(), map(t.reports().stream()
          .map(r -> Map.entry(r.id(), r.dueDay().toString())).toList()));
      input(io, DirectiveProcess.PLAN_WITHIN_DAYS.name(), String.valueOf(t.planWithinDays()));
      if (!item.indicators().isEmpty()) {
        CamundaList indicators = element(CamundaList.class, null);
        item.indicators().forEach(f -> indicators.getValues().add(map(f.indicator().modelEntries())));
        input(io, DirectiveProcess.ITEM_INDICATORS.name(), indicators);
      }
      CamundaIn local = extension(call, CamundaIn.class);
      local.setCamundaVariables("all");
      local.setCamundaLocal(true);
      for (String passed : List.of(DirectiveProcess.YEAR.name(), DirectiveProcess.DIRECTIVE_NUMBER.name())) {
        CamundaIn in = extension(call, CamundaIn.class);
        in.setCamundaSource(passed);
        in.setCamundaTarget(passed);
      }
      extension(call, CamundaIn.class).setCamundaBusinessKey("#{execution.processBusinessKey}");
      return call;
    }

    private UserTask report(DirectiveTable.Report r, ParallelGateway split, int row,
        List<Map<String, String>> summaryItems) {
      String id = r.id();
      String standing = t.standingAgency();
      String consolidateBy = DirectiveProcess.read(DirectiveProcess.consolidateByOf(id));
      String summary = DirectiveProcess.read(DirectiveProcess.consolidationSummaryOf(id));

      IntermediateCatchEvent due = node(IntermediateCatchEvent.class, DirectiveProcess.reportDueEventOf(id),
          "Hạn " + r.name() + " (trước " + r.due() + ")", layout.reportEvent(row));
      flow(DirectiveProcess.flowToRow(due.getId()), split, due, layout.fromSplit(row, layout.reportEvent(row)));
      TimerEventDefinition timer = element(TimerEventDefinition.class, DirectiveProcess.timerOf(id));
      TimeDate date = element(TimeDate.class, null);
      date.setTextContent(DirectiveProcess.read(DirectiveProcess.reportDueOf(id)));
      timer.setTimeDate(date);
      due.getEventDefinitions().add(timer);

      ServiceTask summarize = summaryTask(DirectiveProcess.summarizeTaskOf(id), "Lập danh sách tình trạng " + r.name(),
          layout.reportTask(row, 0), id, summaryItems);
      flow(DirectiveProcess.flowToSummarizeOf(id), due, summarize, layout.between(bounds(due), bounds(summarize)));

      UserTask consolidate = node(UserTask.class, DirectiveProcess.consolidateTaskOf(id), "Tổng hợp " + r.name(),
          layout.reportTask(row, 1));
      assign(consolidate, standing, consolidateBy, DirectiveProcess.FORM_CONSOLIDATION);
      CamundaInputOutput consolidateIo = extension(consolidate, CamundaInputOutput.class);
      input(consolidateIo, DirectiveProcess.REPORT_NAME.name(), r.name());
      input(consolidateIo, DirectiveProcess.CONSOLIDATION_SUMMARY.name(), summary);
      String indicators = DirectiveProcess.read(DirectiveProcess.indicatorSummaryOf(id));
      input(consolidateIo, DirectiveProcess.INDICATOR_SUMMARY.name(), indicators);
      String downloads = DirectiveProcess.read(DirectiveProcess.reportDownloadsOf(id));
      input(consolidateIo, DirectiveProcess.REPORT_DOWNLOADS.name(), downloads);
      flow(DirectiveProcess.flowToConsolidateOf(id), summarize, consolidate,
          layout.between(bounds(summarize), bounds(consolidate)));

      // Reports that arrived late, after the deadline but before consolidation, are counted as late, not missing.
      ServiceTask finalSummary = summaryTask(DirectiveProcess.finalSummaryTaskOf(id), "Chốt tình trạng " + r.name(),
          layout.reportTask(row, 2), id, summaryItems);
      flow(DirectiveProcess.flowToFinalSummaryOf(id), consolidate, finalSummary,
          layout.between(bounds(consolidate), bounds(finalSummary)));

      UserTask send = node(UserTask.class, DirectiveProcess.sendReportTaskOf(id),
          "Gửi " + r.name() + " tổng hợp đến " + agencyShortName(t.issuedBy()), layout.reportTask(row, 3));
      assign(send, standing, consolidateBy, DirectiveProcess.FORM_SEND);
      CamundaInputOutput sendIo = extension(send, CamundaInputOutput.class);
      input(sendIo, DirectiveProcess.REPORT_NAME.name(), r.name());
      input(sendIo, DirectiveProcess.RECIPIENT_NAME.name(), String.join("; ",
          Stream.concat(Stream.of(registry.nameOf(t.issuedBy())), t.alsoReportTo().stream()).toList()));
      input(sendIo, DirectiveProcess.CONSOLIDATION_SUMMARY.name(), summary);
      input(sendIo, DirectiveProcess.INDICATOR_SUMMARY.name(), indicators);
      input(sendIo, DirectiveProcess.REPORT_DOWNLOADS.name(), downloads);
      flow(DirectiveProcess.flowToSendOf(id), finalSummary, send, layout.between(bounds(finalSummary), bounds(send)));
      return send;
    }

    /** Lists which items reported on time, late or not at all for one report. */
    private ServiceTask summaryTask(String taskId, String name, DirectiveLayout.Box box, String reportId,
        List<Map<String, String>> items) {
      ServiceTask task = node(ServiceTask.class, taskId, name, box);
      task.setCamundaDelegateExpression(DirectiveProcess.read(DirectiveProcess.SUMMARIZE_REPORTS));
      CamundaInputOutput io = extension(task, CamundaInputOutput.class);
      input(io, DirectiveProcess.SUMMARY_REPORT_ID.name(), reportId);
      CamundaList list = element(CamundaList.class, null);
      items.forEach(item -> list.getValues().add(map(List.of(
          Map.entry(DirectiveProcess.SUMMARY_ITEM_INDEX, item.get(DirectiveProcess.SUMMARY_ITEM_INDEX)),
          Map.entry(DirectiveProcess.SUMMARY_ITEM_ID, item.get(DirectiveProcess.SUMMARY_ITEM_ID)),
          Map.entry(DirectiveProcess.SUMMARY_ITEM_LEAD, item.get(DirectiveProcess.SUMMARY_ITEM_LEAD))))));
      input(io, DirectiveProcess.SUMMARY_ITEMS.name(), list);
      if (!summaryIndicators.isEmpty()) {
        CamundaList indicators = element(CamundaList.class, null);
        summaryIndicators.forEach(entries -> indicators.getValues().add(map(entries)));
        input(io, DirectiveProcess.SUMMARY_INDICATORS.name(), indicators);
      }
      return task;
    }

    private void assign(UserTask task, String group, String dueDate, String form) {
      task.setCamundaCandidateGroups(group);
      task.setCamundaDueDate(dueDate);
      task.setCamundaFormRef(form);
      task.setCamundaFormRefBinding(FORM_BINDING);
    }

    /** A flow node with its name and its shape. */
    private <T extends FlowNode> T node(Class<T> type, String id, String name, DirectiveLayout.Box box) {
      T node = element(type, id);
      if (name != null) {
        node.setName(name);
      }
      process.addChildElement(node);
      BpmnShape shape = element(BpmnShape.class, id + "_di");
      shape.setBpmnElement(node);
      Bounds bounds = element(Bounds.class, null);
      bounds.setX(box.x());
      bounds.setY(box.y());
      bounds.setWidth(box.width());
      bounds.setHeight(box.height());
      shape.setBounds(bounds);
      plane.addChildElement(shape);
      placed.put(id, box);
      return node;
    }

    /** A sequence flow, recorded on both ends, with its edge. */
    private SequenceFlow flow(String id, FlowNode source, FlowNode target, List<DirectiveLayout.Point> points) {
      SequenceFlow flow = element(SequenceFlow.class, id);
      process.addChildElement(flow);
      flow.setSource(source);
      flow.setTarget(target);
      source.getOutgoing().add(flow);
      target.getIncoming().add(flow);
      BpmnEdge edge = element(BpmnEdge.class, id + "_di");
      edge.setBpmnElement(flow);
      for (DirectiveLayout.Point p : points) {
        Waypoint waypoint = element(Waypoint.class, null);
        waypoint.setX(p.x());
        waypoint.setY(p.y());
        edge.getWaypoints().add(waypoint);
      }
      plane.addChildElement(edge);
      return flow;
    }

    private DirectiveLayout.Box bounds(FlowNode node) {
      return placed.get(node.getId());
    }

    private Documentation documentation(String text) {
      Documentation documentation = element(Documentation.class, null);
      documentation.setTextContent(text);
      return documentation;
    }

    private <T extends ModelElementInstance> T extension(BaseElement element, Class<T> type) {
      ExtensionElements extensions = element.getExtensionElements();
      if (extensions == null) {
        extensions = element(ExtensionElements.class, null);
        element.setExtensionElements(extensions);
      }
      if (type == CamundaInputOutput.class || type == CamundaProperties.class) {
        T existing = extensions.getElementsQuery().filterByType(type).list().stream().findFirst().orElse(null);
        if (existing != null) {
          return existing;
        }
      }
      T extension = element(type, null);
      extensions.addChildElement(extension);
      return extension;
    }

    private void property(CamundaProperties properties, String name, String value) {
      CamundaProperty property = element(CamundaProperty.class, null);
      property.setCamundaName(name);
      property.setCamundaValue(value);
      properties.getCamundaProperties().add(property);
    }

    private void input(CamundaInputOutput io, String name, Object value) {
      CamundaInputParameter parameter = element(CamundaInputParameter.class, null);
      parameter.setCamundaName(name);
      if (value instanceof BpmnModelElementInstance structured) {
        parameter.setValue(structured);
      } else {
        parameter.setTextContent(String.valueOf(value));
      }
      io.getCamundaInputParameters().add(parameter);
    }

    private CamundaList list(List<String> values) {
      CamundaList list = element(CamundaList.class, null);
      for (String v : values) {
        CamundaValue value = element(CamundaValue.class, null);
        value.setTextContent(v);
        list.getValues().add(value);
      }
      return list;
    }

    private CamundaMap map(List<Map.Entry<String, String>> entries) {
      CamundaMap map = element(CamundaMap.class, null);
      for (Map.Entry<String, String> e : entries) {
        CamundaEntry entry = element(CamundaEntry.class, null);
        entry.setCamundaKey(e.getKey());
        entry.setTextContent(e.getValue());
        map.getCamundaEntries().add(entry);
      }
      return map;
    }

    /**
     * A new element with the given id, or none: the model API gives new elements random ids, which would make the
     * output differ on every run.
     */
    private <T extends ModelElementInstance> T element(Class<T> type, String id) {
      T element = model.newInstance(type);
      if (id != null) {
        element.setAttributeValue("id", id, true);
      } else if (element.getAttributeValue("id") != null) {
        element.removeAttribute("id");
      }
      return element;
    }
  }

  /**
   * One assignment per item and lead; a class of units ("UBND cấp xã") leads as each unit it stood for on the day of
   * issue (today's communes from 1/7/2025, a district's communes of that day before), every one with its own call
   * activity, tasks, deadlines and report status.
   */
  private List<Assignment> assignments(DirectiveTable t) {
    List<Assignment> list = new ArrayList<>();
    int index = 1;
    for (DirectiveTable.Item item : t.items()) {
      for (int l = 0; l < item.lead().size(); l++) {
        String lead = item.lead().get(l);
        String elementId = DirectiveProcess.callActivityOf(item.id(), l + 1, item.lead().size());
        List<vn.cpreferrals.agency.Agency> members = t.membersOf(registry, lead);
        if (members.isEmpty()) {
          list.add(new Assignment(index++, item, lead, elementId, false));
        }
        for (vn.cpreferrals.agency.Agency member : members) {
          list.add(new Assignment(index++, item, member.id(), DirectiveProcess.memberCallActivityOf(elementId,
              member.id()), true));
        }
      }
    }
    return list;
  }

  private boolean fansOutCoordinators(DirectiveTable t, DirectiveTable.Item item) {
    return item.coordinating().stream().anyMatch(c -> !t.membersOf(registry, c).isEmpty());
  }

  /** Coordinating agencies, a class standing for each unit it stood for on the day of issue. */
  private List<String> coordinating(DirectiveTable t, DirectiveTable.Item item) {
    List<String> agencies = new ArrayList<>();
    for (String coordinator : item.coordinating()) {
      List<vn.cpreferrals.agency.Agency> members = t.membersOf(registry, coordinator);
      if (members.isEmpty()) {
        agencies.add(coordinator);
      } else {
        members.forEach(m -> agencies.add(m.id()));
      }
    }
    return agencies;
  }

  private String agencyShortName(String id) {
    return registry.agency(id).map(a -> a.shortName()).orElse(id);
  }
}
