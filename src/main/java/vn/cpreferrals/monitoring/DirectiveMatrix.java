package vn.cpreferrals.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;

import vn.cpreferrals.deadline.DueStatus;
import vn.cpreferrals.directive.DirectiveProcess;

/**
 * The view *Chỉ đạo*: for each running directive of the given provinces, one row per item and unit (each assignment)
 * with the assignment's due status and its status for each report; totals per unit. Read from history, so finished
 * assignments count too. Directives carry no child data.
 */
final class DirectiveMatrix {

  /** Shown when a report's deadline has not come yet for the unit. */
  static final String NOT_DUE_YET = "chưa đến hạn";

  /** Instance ids per query, well under the bind parameters a statement may carry. */
  private static final int CHUNK = 1000;

  record Row(String item, String unit, String status, Map<String, String> reports, String assignmentId,
      String openTaskId) {}

  record UnitTotals(String unit, Map<String, Integer> counts) {}

  record Directive(String id, String number, String name, String province, Map<String, String> reports,
      List<Row> rows, List<UnitTotals> totals) {}

  private final RuntimeService runtime;
  private final HistoryService history;
  private final RepositoryService repository;
  private final TaskService tasks;

  DirectiveMatrix(RuntimeService runtime, HistoryService history, RepositoryService repository, TaskService tasks) {
    this.runtime = runtime;
    this.history = history;
    this.repository = repository;
    this.tasks = tasks;
  }

  List<Directive> of(List<String> provinces, String reportFilter) {
    List<Directive> directives = new ArrayList<>();
    if (provinces.isEmpty()) {
      return directives;
    }
    // Only directives: the province's cases are many more instances than its directives.
    String[] keys = repository.createProcessDefinitionQuery()
        .processDefinitionKeyLike(DirectiveProcess.DIRECTIVE_KEY_PREFIX + "%").list().stream()
        .map(ProcessDefinition::getKey).filter(k -> k.startsWith(DirectiveProcess.DIRECTIVE_KEY_PREFIX))
        .distinct().toArray(String[]::new); // "_" of the prefix is a LIKE wildcard: the filter keeps exact matches
    if (keys.length == 0) {
      return directives;
    }
    List<ProcessInstance> roots = runtime.createProcessInstanceQuery().rootProcessInstances()
        .processDefinitionKeyIn(keys).tenantIdIn(provinces.toArray(String[]::new)).orderByProcessInstanceId().asc()
        .list();
    if (roots.isEmpty()) {
      return directives;
    }
    Map<String, Map<String, String>> periodsByModel = new HashMap<>();
    roots.forEach(root -> periodsByModel.computeIfAbsent(root.getProcessDefinitionId(), this::periods));
    Set<String> reportIds = new TreeSet<>();
    periodsByModel.values().forEach(periods -> reportIds.addAll(periods.keySet()));
    List<String> rootNames = new ArrayList<>(List.of(DirectiveProcess.DIRECTIVE_NUMBER.name()));
    reportIds.forEach(id -> rootNames.add(DirectiveProcess.reportsMissingOf(id)));
    Map<String, Map<String, Object>> rootVariables = ownVariables(roots.stream().map(ProcessInstance::getId)
        .toList(), rootNames);
    Map<String, List<String>> assignments = new HashMap<>();
    for (ProcessInstance root : roots) {
      assignments.put(root.getId(), history.createHistoricProcessInstanceQuery().superProcessInstanceId(root.getId())
          .list().stream().map(HistoricProcessInstance::getId).toList());
    }
    List<String> allAssignments = assignments.values().stream().flatMap(List::stream).toList();
    List<String> rowNames = new ArrayList<>(List.of(DirectiveProcess.ITEM_ID.name(),
        DirectiveProcess.LEAD_AGENCY.name(), DirectiveProcess.LEAD_AGENCY_NAME.name(), DueStatus.VARIABLE));
    reportIds.forEach(id -> rowNames.add(DirectiveProcess.reportStatusOf(id)));
    Map<String, Map<String, Object>> byAssignment = ownVariables(allAssignments, rowNames);
    Map<String, String> openTask = new HashMap<>();
    for (List<String> chunk : chunks(allAssignments)) {
      for (Task t : tasks.createTaskQuery().processInstanceIdIn(chunk.toArray(String[]::new)).orderByDueDate().asc()
          .list()) {
        openTask.putIfAbsent(t.getProcessInstanceId(), t.getId());
      }
    }
    for (ProcessInstance root : roots) {
      directives.add(directive(root, periodsByModel.get(root.getProcessDefinitionId()),
          rootVariables.getOrDefault(root.getId(), Map.of()), assignments.get(root.getId()), byAssignment, openTask,
          reportFilter));
    }
    return directives;
  }

  private Directive directive(ProcessInstance root, Map<String, String> periods, Map<String, Object> rootVariables,
      List<String> assignmentIds, Map<String, Map<String, Object>> byAssignment, Map<String, String> openTask,
      String reportFilter) {
    Map<String, String> reportNames = new TreeMap<>(periods);
    List<Row> rows = new ArrayList<>();
    for (String id : assignmentIds) {
      rows.add(row(id, byAssignment.getOrDefault(id, Map.of()), periods.keySet(), rootVariables, openTask.get(id)));
    }
    if (reportFilter != null && !reportFilter.isBlank()) {
      reportNames.keySet().retainAll(List.of(reportFilter));
      rows = rows.stream().map(r -> new Row(r.item(), r.unit(), r.status(), only(r.reports(), reportFilter),
          r.assignmentId(), r.openTaskId())).toList();
    }
    Map<String, String> order = new HashMap<>(); // one sort key per item, not two per comparison
    rows = rows.stream().sorted(Comparator.comparing((Row r) -> order.computeIfAbsent(r.item(),
        DirectiveMatrix::itemOrder)).thenComparing(Row::unit)).toList();
    return new Directive(root.getId(), String.valueOf(rootVariables.get(DirectiveProcess.DIRECTIVE_NUMBER.name())),
        root.getBusinessKey(), root.getTenantId(), reportNames, rows, totals(rows));
  }

  private Row row(String assignmentId, Map<String, Object> v, Set<String> reportIds, Map<String, Object> rootVariables,
      String openTask) {
    Map<String, String> reports = new TreeMap<>();
    for (String reportId : reportIds) {
      Object status = v.get(DirectiveProcess.reportStatusOf(reportId));
      boolean duePassed = rootVariables.containsKey(DirectiveProcess.reportsMissingOf(reportId));
      reports.put(reportId, status != null ? String.valueOf(status)
          : duePassed ? DueStatus.NOT_REPORTED.label() : NOT_DUE_YET);
    }
    Object status = v.get(DueStatus.VARIABLE);
    return new Row(String.valueOf(v.get(DirectiveProcess.ITEM_ID.name())),
        String.valueOf(v.getOrDefault(DirectiveProcess.LEAD_AGENCY_NAME.name(),
            v.get(DirectiveProcess.LEAD_AGENCY.name()))),
        status == null ? DueStatus.OPEN_IN_TIME.label() : String.valueOf(status), reports, assignmentId, openTask);
  }

  /**
   * The report periods of a directive model, id → name, as its consolidation tasks name them (the report downloads
   * read them the same way). Every assignment of a generated directive reports for all of them. The engine caches the
   * model.
   */
  private Map<String, String> periods(String processDefinitionId) {
    String prefix = DirectiveProcess.consolidateTaskOf("");
    Map<String, String> periods = new TreeMap<>();
    for (UserTask task : repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(UserTask.class)) {
      if (task.getId().startsWith(prefix)) {
        String id = task.getId().substring(prefix.length());
        periods.put(id, inputText(task, DirectiveProcess.REPORT_NAME.name()).orElse(id));
      }
    }
    return periods;
  }

  private static java.util.Optional<String> inputText(UserTask task, String name) {
    if (task.getExtensionElements() == null) {
      return java.util.Optional.empty();
    }
    return task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .filter(p -> name.equals(p.getCamundaName()) && p.getValue() == null && p.getTextContent() != null)
        .map(p -> p.getTextContent().trim()).findFirst();
  }

  /**
   * The named variables of each instance itself (those of its root activity instance, whose id is the instance's):
   * not its tasks' own due status, nor a call activity's inputs. Only short values are named here, so no serialized
   * value is read, which would cost one more query per variable.
   */
  private Map<String, Map<String, Object>> ownVariables(List<String> instanceIds, List<String> names) {
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (List<String> chunk : chunks(instanceIds)) {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .activityInstanceIdIn(chunk.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new)).list()) {
        values.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
      }
    }
    return values;
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
    return chunks;
  }

  /** Per unit: how many of its assignments and reports are in each status. */
  private static List<UnitTotals> totals(List<Row> rows) {
    Map<String, Map<String, Integer>> byUnit = new TreeMap<>();
    for (Row r : rows) {
      Map<String, Integer> counts = byUnit.computeIfAbsent(r.unit(), k -> new LinkedHashMap<>());
      counts.merge(r.status(), 1, Integer::sum);
      r.reports().values().forEach(s -> counts.merge("báo cáo " + s, 1, Integer::sum));
    }
    return byUnit.entrySet().stream().map(e -> new UnitTotals(e.getKey(), e.getValue())).toList();
  }

  private static Map<String, String> only(Map<String, String> reports, String reportId) {
    return reports.containsKey(reportId) ? Map.of(reportId, reports.get(reportId)) : Map.of();
  }

  /** "2" before "10", "IV.5" by its parts. */
  private static String itemOrder(String item) {
    StringBuilder key = new StringBuilder();
    for (String part : item.split("[.]")) {
      key.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part).append('.');
    }
    return key.toString();
  }
}
