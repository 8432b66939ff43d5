package vn.cpreferrals.directive;

import java.util.ArrayList;
import java.util.List;

import vn.cpreferrals.agency.AgencyRegistry;

/**
 * Writes the BPMN model of a directive from its table: one call activity of {@code DirectiveAssignment} per item and
 * lead agency, with lead, coordinating agencies and timing as visible inputs, and one branch per report deadline in
 * which the standing agency consolidates and sends the report. Output is deterministic (same table, same bytes), so a
 * test can tell when a committed model drifts from its table. Layout: one row per assignment or report.
 */
public final class DirectiveBpmnWriter {

  static final int ROW = 110;
  static final int TOP = 60;
  static final int TASK_W = 100;
  static final int TASK_H = 80;
  static final int ITEM_W = 560;
  static final int SPLIT_X = 220;
  static final int LANE_X = 320;
  static final int JOIN_X = 1000;

  private final AgencyRegistry registry;

  public DirectiveBpmnWriter(AgencyRegistry registry) {
    this.registry = registry;
  }

  /** One row of the diagram. */
  private record Assignment(int index, DirectiveTable.Item item, String lead, String elementId) {}

  public String write(DirectiveTable t) {
    List<String> problems = t.problems(registry);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bảng văn bản " + t.processId() + " có lỗi:\n - "
          + String.join("\n - ", problems));
    }
    List<Assignment> assignments = assignments(t);
    int rows = assignments.size() + t.reports().size();
    int midY = TOP + (rows * ROW) / 2;
    StringBuilder x = new StringBuilder();
    StringBuilder di = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<!-- Generated from directives/").append(t.processId()).append(".yaml by GenerateDirectives. ")
        .append("Do not edit: change the table and regenerate. -->\n")
        .append("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" ")
        .append("xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" ")
        .append("xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" ")
        .append("xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" ")
        .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        .append("xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" ")
        .append("id=\"Definitions_").append(t.processId()).append("\" ")
        .append("targetNamespace=\"http://cp-referrals.vn/bpmn/directive\" exporter=\"cp-referrals\" ")
        .append("exporterVersion=\"1\">\n");
    x.append("  <bpmn:process id=\"").append(t.processId()).append("\" name=\"").append(esc(t.name()))
        .append("\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1825D\">\n");
    x.append("    <bpmn:documentation>").append(esc(t.documentNumber() + " – " + t.name() + ". Nguồn: " + t.source()))
        .append("</bpmn:documentation>\n");
    x.append("    <bpmn:extensionElements>\n      <camunda:properties>\n")
        .append("        <camunda:property name=\"province\" value=\"").append(t.province()).append("\"/>\n")
        .append("        <camunda:property name=\"standingAgency\" value=\"").append(t.standingAgency()).append("\"/>\n")
        .append("      </camunda:properties>\n    </bpmn:extensionElements>\n");

    // start → split
    x.append("    <bpmn:startEvent id=\"StartEvent_DirectiveIssued\" name=\"Ban hành văn bản\" ")
        .append("camunda:formRef=\"directiveStart\" camunda:formRefBinding=\"deployment\">\n")
        .append("      <bpmn:extensionElements>\n")
        .append("        <camunda:executionListener delegateExpression=\"${directiveStarted}\" event=\"end\"/>\n")
        .append("      </bpmn:extensionElements>\n")
        .append("      <bpmn:outgoing>Flow_ToSplit</bpmn:outgoing>\n    </bpmn:startEvent>\n");
    x.append("    <bpmn:sequenceFlow id=\"Flow_ToSplit\" sourceRef=\"StartEvent_DirectiveIssued\" ")
        .append("targetRef=\"Gateway_Split\"/>\n");
    x.append("    <bpmn:parallelGateway id=\"Gateway_Split\" name=\"Giao nhiệm vụ\">\n")
        .append("      <bpmn:incoming>Flow_ToSplit</bpmn:incoming>\n");
    List<String> rowStarts = new ArrayList<>();
    assignments.forEach(a -> rowStarts.add(a.elementId()));
    t.reports().forEach(r -> rowStarts.add("Event_ReportDue_" + r.id()));
    rowStarts.forEach(id -> x.append("      <bpmn:outgoing>Flow_To_").append(id).append("</bpmn:outgoing>\n"));
    x.append("    </bpmn:parallelGateway>\n");
    shape(di, "StartEvent_DirectiveIssued", 132, midY - 18, 36, 36);
    shape(di, "Gateway_Split", SPLIT_X - 25, midY - 25, 50, 50);
    edge(di, "Flow_ToSplit", new int[] {168, midY, SPLIT_X - 25, midY});

    List<String> rowEnds = new ArrayList<>();
    int row = 0;
    for (Assignment a : assignments) {
      int y = TOP + row * ROW;
      writeAssignment(x, t, a);
      shape(di, a.elementId(), LANE_X, y, ITEM_W, TASK_H);
      splitEdge(di, "Flow_To_" + a.elementId(), midY, y + TASK_H / 2, LANE_X);
      rowEnds.add(a.elementId());
      joinEdge(di, "Flow_From_" + a.elementId(), LANE_X + ITEM_W, y + TASK_H / 2, midY);
      row++;
    }
    String items = String.join("\n", assignments.stream()
        .map(a -> a.index() + "|" + a.item().id() + "|" + agencyName(a.lead())).toList());
    for (DirectiveTable.Report r : t.reports()) {
      int y = TOP + row * ROW;
      writeReport(x, t, r, items);
      int cy = y + TASK_H / 2;
      shape(di, "Event_ReportDue_" + r.id(), LANE_X + 2, cy - 18, 36, 36);
      shape(di, "Task_Summarize_" + r.id(), LANE_X + 70, y, TASK_W, TASK_H);
      shape(di, "Task_Consolidate_" + r.id(), LANE_X + 200, y, TASK_W, TASK_H);
      shape(di, "Task_FinalSummary_" + r.id(), LANE_X + 320, y, TASK_W, TASK_H);
      shape(di, "Task_SendReport_" + r.id(), LANE_X + 440, y, TASK_W, TASK_H);
      splitEdge(di, "Flow_To_Event_ReportDue_" + r.id(), midY, cy, LANE_X + 2);
      edge(di, "Flow_ToSummarize_" + r.id(), new int[] {LANE_X + 38, cy, LANE_X + 70, cy});
      edge(di, "Flow_ToConsolidate_" + r.id(), new int[] {LANE_X + 170, cy, LANE_X + 200, cy});
      edge(di, "Flow_ToFinalSummary_" + r.id(), new int[] {LANE_X + 300, cy, LANE_X + 320, cy});
      edge(di, "Flow_ToSend_" + r.id(), new int[] {LANE_X + 420, cy, LANE_X + 440, cy});
      joinEdge(di, "Flow_From_Task_SendReport_" + r.id(), LANE_X + 540, cy, midY);
      rowEnds.add("Task_SendReport_" + r.id());
      row++;
    }

    // join → end
    x.append("    <bpmn:parallelGateway id=\"Gateway_Join\">\n");
    rowEnds.forEach(id -> x.append("      <bpmn:incoming>Flow_From_").append(id).append("</bpmn:incoming>\n"));
    x.append("      <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>\n    </bpmn:parallelGateway>\n");
    x.append("    <bpmn:sequenceFlow id=\"Flow_ToEnd\" sourceRef=\"Gateway_Join\" targetRef=\"EndEvent_DirectiveDone\"/>\n");
    x.append("    <bpmn:endEvent id=\"EndEvent_DirectiveDone\" name=\"Hoàn thành văn bản\">\n")
        .append("      <bpmn:incoming>Flow_ToEnd</bpmn:incoming>\n    </bpmn:endEvent>\n");
    x.append("  </bpmn:process>\n");
    shape(di, "Gateway_Join", JOIN_X - 25, midY - 25, 50, 50);
    shape(di, "EndEvent_DirectiveDone", JOIN_X + 80, midY - 18, 36, 36);
    edge(di, "Flow_ToEnd", new int[] {JOIN_X + 25, midY, JOIN_X + 80, midY});

    x.append("  <bpmndi:BPMNDiagram id=\"BPMNDiagram_").append(t.processId()).append("\">\n")
        .append("    <bpmndi:BPMNPlane id=\"BPMNPlane_").append(t.processId()).append("\" bpmnElement=\"")
        .append(t.processId()).append("\">\n").append(di)
        .append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n");
    return x.toString();
  }

  private void writeAssignment(StringBuilder x, DirectiveTable t, Assignment a) {
    DirectiveTable.Item item = a.item();
    String name = "Mục " + item.id() + " – Chủ trì: " + agencyShortName(a.lead()) + " (" + item.timing() + ")";
    x.append("    <bpmn:sequenceFlow id=\"Flow_To_").append(a.elementId()).append("\" sourceRef=\"Gateway_Split\" ")
        .append("targetRef=\"").append(a.elementId()).append("\"/>\n");
    x.append("    <bpmn:callActivity id=\"").append(a.elementId()).append("\" name=\"").append(esc(name))
        .append("\" calledElement=\"DirectiveAssignment\">\n");
    x.append("      <bpmn:documentation>").append(esc(item.title())).append("</bpmn:documentation>\n");
    x.append("      <bpmn:extensionElements>\n        <camunda:inputOutput>\n");
    input(x, "itemId", item.id());
    input(x, "itemIndex", String.valueOf(a.index()));
    input(x, "itemTitle", item.title());
    input(x, "leadAgency", a.lead());
    input(x, "coordinatingAgencies", String.join(",", item.coordinating()));
    input(x, "timing", item.timing());
    input(x, "reportSchedule", t.reportSchedule());
    input(x, "planWithinDays", String.valueOf(t.planWithinDays()));
    x.append("        </camunda:inputOutput>\n")
        .append("        <camunda:in variables=\"all\" local=\"true\"/>\n")
        .append("        <camunda:in source=\"year\" target=\"year\"/>\n")
        .append("        <camunda:in source=\"directiveNumber\" target=\"directiveNumber\"/>\n")
        .append("        <camunda:in businessKey=\"#{execution.processBusinessKey}\"/>\n")
        .append("      </bpmn:extensionElements>\n");
    x.append("      <bpmn:incoming>Flow_To_").append(a.elementId()).append("</bpmn:incoming>\n")
        .append("      <bpmn:outgoing>Flow_From_").append(a.elementId()).append("</bpmn:outgoing>\n")
        .append("    </bpmn:callActivity>\n");
    x.append("    <bpmn:sequenceFlow id=\"Flow_From_").append(a.elementId()).append("\" sourceRef=\"")
        .append(a.elementId()).append("\" targetRef=\"Gateway_Join\"/>\n");
  }

  private void writeReport(StringBuilder x, DirectiveTable t, DirectiveTable.Report r, String items) {
    String standing = t.standingAgency();
    String issuer = agencyShortName(t.issuedBy());
    String due = "${directiveSchedule.dayMonth(year, '" + r.consolidateBy() + "')}";
    String id = r.id();
    x.append("    <bpmn:sequenceFlow id=\"Flow_To_Event_ReportDue_").append(id)
        .append("\" sourceRef=\"Gateway_Split\" targetRef=\"Event_ReportDue_").append(id).append("\"/>\n");
    x.append("    <bpmn:intermediateCatchEvent id=\"Event_ReportDue_").append(id).append("\" name=\"")
        .append(esc("Hạn " + r.name() + " (trước " + r.due() + ")")).append("\">\n")
        .append("      <bpmn:incoming>Flow_To_Event_ReportDue_").append(id).append("</bpmn:incoming>\n")
        .append("      <bpmn:outgoing>Flow_ToSummarize_").append(id).append("</bpmn:outgoing>\n")
        .append("      <bpmn:timerEventDefinition id=\"TimerEventDefinition_ReportDue_").append(id).append("\">\n")
        .append("        <bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${directiveSchedule.dayMonth(year, '")
        .append(r.due()).append("')}</bpmn:timeDate>\n")
        .append("      </bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>\n");
    x.append("    <bpmn:sequenceFlow id=\"Flow_ToSummarize_").append(id).append("\" sourceRef=\"Event_ReportDue_")
        .append(id).append("\" targetRef=\"Task_Summarize_").append(id).append("\"/>\n");
    summaryTask(x, "Task_Summarize_" + id, "Lập danh sách tình trạng " + r.name(), "Flow_ToSummarize_" + id,
        "Flow_ToConsolidate_" + id, id, items);
    x.append("    <bpmn:sequenceFlow id=\"Flow_ToConsolidate_").append(id).append("\" sourceRef=\"Task_Summarize_")
        .append(id).append("\" targetRef=\"Task_Consolidate_").append(id).append("\"/>\n");
    x.append("    <bpmn:userTask id=\"Task_Consolidate_").append(id).append("\" name=\"")
        .append(esc("Tổng hợp " + r.name())).append("\" camunda:candidateGroups=\"").append(standing)
        .append("\" camunda:dueDate=\"").append(due)
        .append("\" camunda:formRef=\"directiveConsolidation\" camunda:formRefBinding=\"deployment\">\n")
        .append("      <bpmn:extensionElements>\n        <camunda:inputOutput>\n");
    input(x, "reportName", r.name());
    input(x, "consolidationSummary", "${consolidationSummary_" + id + "}");
    x.append("        </camunda:inputOutput>\n      </bpmn:extensionElements>\n")
        .append("      <bpmn:incoming>Flow_ToConsolidate_").append(id).append("</bpmn:incoming>\n")
        .append("      <bpmn:outgoing>Flow_ToFinalSummary_").append(id).append("</bpmn:outgoing>\n")
        .append("    </bpmn:userTask>\n");
    x.append("    <bpmn:sequenceFlow id=\"Flow_ToFinalSummary_").append(id).append("\" sourceRef=\"Task_Consolidate_")
        .append(id).append("\" targetRef=\"Task_FinalSummary_").append(id).append("\"/>\n");
    // Reports that arrived late, after the deadline but before consolidation, are counted as late, not missing.
    summaryTask(x, "Task_FinalSummary_" + id, "Chốt tình trạng " + r.name(), "Flow_ToFinalSummary_" + id,
        "Flow_ToSend_" + id, id, items);
    x.append("    <bpmn:sequenceFlow id=\"Flow_ToSend_").append(id).append("\" sourceRef=\"Task_FinalSummary_")
        .append(id).append("\" targetRef=\"Task_SendReport_").append(id).append("\"/>\n");
    x.append("    <bpmn:userTask id=\"Task_SendReport_").append(id).append("\" name=\"")
        .append(esc("Gửi " + r.name() + " tổng hợp đến " + issuer)).append("\" camunda:candidateGroups=\"")
        .append(standing).append("\" camunda:dueDate=\"").append(due)
        .append("\" camunda:formRef=\"directiveSend\" camunda:formRefBinding=\"deployment\">\n")
        .append("      <bpmn:extensionElements>\n        <camunda:inputOutput>\n");
    input(x, "reportName", r.name());
    input(x, "recipientName", String.join("; ", java.util.stream.Stream.concat(
        java.util.stream.Stream.of(agencyName(t.issuedBy())), t.alsoReportTo().stream()).toList()));
    input(x, "consolidationSummary", "${consolidationSummary_" + id + "}");
    x.append("        </camunda:inputOutput>\n      </bpmn:extensionElements>\n")
        .append("      <bpmn:incoming>Flow_ToSend_").append(id).append("</bpmn:incoming>\n")
        .append("      <bpmn:outgoing>Flow_From_Task_SendReport_").append(id).append("</bpmn:outgoing>\n")
        .append("    </bpmn:userTask>\n");
    x.append("    <bpmn:sequenceFlow id=\"Flow_From_Task_SendReport_").append(id)
        .append("\" sourceRef=\"Task_SendReport_").append(id).append("\" targetRef=\"Gateway_Join\"/>\n");
  }

  /** Lists which items reported on time, late or not at all for one report. */
  private static void summaryTask(StringBuilder x, String taskId, String name, String incoming, String outgoing,
      String reportId, String items) {
    x.append("    <bpmn:serviceTask id=\"").append(taskId).append("\" name=\"").append(esc(name))
        .append("\" camunda:delegateExpression=\"${summarizeReports}\">\n")
        .append("      <bpmn:extensionElements>\n        <camunda:inputOutput>\n");
    input(x, "summaryReportId", reportId);
    input(x, "summaryItems", items);
    x.append("        </camunda:inputOutput>\n      </bpmn:extensionElements>\n")
        .append("      <bpmn:incoming>").append(incoming).append("</bpmn:incoming>\n")
        .append("      <bpmn:outgoing>").append(outgoing).append("</bpmn:outgoing>\n")
        .append("    </bpmn:serviceTask>\n");
  }

  private static List<Assignment> assignments(DirectiveTable t) {
    List<Assignment> list = new ArrayList<>();
    int index = 1;
    for (DirectiveTable.Item item : t.items()) {
      String base = "CallActivity_Item_" + item.id().replaceAll("[^A-Za-z0-9]+", "_");
      for (int l = 0; l < item.lead().size(); l++) {
        String id = item.lead().size() == 1 ? base : base + "_Lead" + (l + 1);
        list.add(new Assignment(index++, item, item.lead().get(l), id));
      }
    }
    return list;
  }

  private String agencyName(String id) {
    return registry.nameOf(id);
  }

  private String agencyShortName(String id) {
    return registry.agency(id).map(a -> a.shortName()).orElse(id);
  }

  private static void input(StringBuilder x, String name, String value) {
    x.append("          <camunda:inputParameter name=\"").append(name).append("\">").append(esc(value))
        .append("</camunda:inputParameter>\n");
  }

  private static void shape(StringBuilder di, String id, int x, int y, int w, int h) {
    di.append("      <bpmndi:BPMNShape id=\"").append(id).append("_di\" bpmnElement=\"").append(id).append("\">")
        .append("<dc:Bounds x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\"/></bpmndi:BPMNShape>\n");
  }

  private static void edge(StringBuilder di, String id, int[] points) {
    di.append("      <bpmndi:BPMNEdge id=\"").append(id).append("_di\" bpmnElement=\"").append(id).append("\">");
    for (int i = 0; i < points.length; i += 2) {
      di.append("<di:waypoint x=\"").append(points[i]).append("\" y=\"").append(points[i + 1]).append("\"/>");
    }
    di.append("</bpmndi:BPMNEdge>\n");
  }

  /** From the split gateway, vertically to the row, then right to the row's first element. */
  private static void splitEdge(StringBuilder di, String id, int midY, int rowY, int targetX) {
    int fromY = rowY < midY ? midY - 25 : rowY > midY ? midY + 25 : midY;
    int fromX = rowY == midY ? SPLIT_X + 25 : SPLIT_X;
    if (rowY == midY) {
      edge(di, id, new int[] {fromX, midY, targetX, midY});
    } else {
      edge(di, id, new int[] {fromX, fromY, SPLIT_X, rowY, targetX, rowY});
    }
  }

  /** From the row's last element right to the join's column, then vertically into the join gateway. */
  private static void joinEdge(StringBuilder di, String id, int fromX, int rowY, int midY) {
    if (rowY == midY) {
      edge(di, id, new int[] {fromX, midY, JOIN_X - 25, midY});
    } else {
      int toY = rowY < midY ? midY - 25 : midY + 25;
      edge(di, id, new int[] {fromX, rowY, JOIN_X, rowY, JOIN_X, toY});
    }
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("\n", "&#10;");
  }
}
