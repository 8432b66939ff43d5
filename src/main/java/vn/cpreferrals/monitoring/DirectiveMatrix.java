package vn.cpreferrals.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

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
    for (ProcessInstance root : runtime.createProcessInstanceQuery().rootProcessInstances()
        .processDefinitionKeyIn(keys).tenantIdIn(provinces.toArray(String[]::new)).orderByProcessInstanceId().asc()
        .list()) {
      directives.add(directive(root, reportFilter));
    }
    return directives;
  }

  private Directive directive(ProcessInstance root, String reportFilter) {
    Map<String, Object> rootVariables = values(history.createHistoricVariableInstanceQuery()
        .processInstanceId(root.getId()).list());
    List<String> assignmentIds = history.createHistoricProcessInstanceQuery().superProcessInstanceId(root.getId())
        .list().stream().map(HistoricProcessInstance::getId).toList();
    Map<String, Map<String, Object>> byAssignment = new HashMap<>();
    if (!assignmentIds.isEmpty()) {
      history.createHistoricVariableInstanceQuery().processInstanceIdIn(assignmentIds.toArray(String[]::new)).list()
          .forEach(v -> byAssignment.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
              .put(v.getName(), v.getValue()));
    }
    Map<String, String> openTask = new HashMap<>();
    if (!assignmentIds.isEmpty()) {
      for (Task t : tasks.createTaskQuery().processInstanceIdIn(assignmentIds.toArray(String[]::new))
          .orderByDueDate().asc().list()) {
        openTask.putIfAbsent(t.getProcessInstanceId(), t.getId());
      }
    }
    Map<String, String> reportNames = new TreeMap<>();
    List<Row> rows = new ArrayList<>();
    for (String id : assignmentIds) {
      Map<String, Object> v = byAssignment.getOrDefault(id, Map.of());
      if (v.get(DirectiveProcess.REPORT_NAMES.name()) instanceof Map<?, ?> names) {
        names.forEach((k, n) -> reportNames.put(String.valueOf(k), String.valueOf(n)));
      }
      rows.add(row(id, v, rootVariables, openTask.get(id)));
    }
    if (reportFilter != null && !reportFilter.isBlank()) {
      reportNames.keySet().retainAll(List.of(reportFilter));
      rows = rows.stream().map(r -> new Row(r.item(), r.unit(), r.status(), only(r.reports(), reportFilter),
          r.assignmentId(), r.openTaskId())).toList();
    }
    rows = rows.stream().sorted(Comparator.comparing((Row r) -> itemOrder(r.item())).thenComparing(Row::unit))
        .toList();
    return new Directive(root.getId(), String.valueOf(rootVariables.get(DirectiveProcess.DIRECTIVE_NUMBER.name())),
        root.getBusinessKey(), root.getTenantId(), reportNames, rows, totals(rows));
  }

  private Row row(String assignmentId, Map<String, Object> v, Map<String, Object> rootVariables, String openTask) {
    Map<String, String> reports = new TreeMap<>();
    if (v.get(DirectiveProcess.REPORT_IDS.name()) instanceof List<?> ids) {
      for (Object reportId : ids) {
        Object status = v.get(DirectiveProcess.reportStatusOf(String.valueOf(reportId)));
        boolean duePassed = rootVariables.containsKey(DirectiveProcess.reportsMissingOf(String.valueOf(reportId)));
        reports.put(String.valueOf(reportId), status != null ? String.valueOf(status)
            : duePassed ? DueStatus.NOT_REPORTED.label() : NOT_DUE_YET);
      }
    }
    Object status = v.get(DueStatus.VARIABLE);
    return new Row(String.valueOf(v.get(DirectiveProcess.ITEM_ID.name())),
        String.valueOf(v.getOrDefault(DirectiveProcess.LEAD_AGENCY_NAME.name(),
            v.get(DirectiveProcess.LEAD_AGENCY.name()))),
        status == null ? DueStatus.OPEN_IN_TIME.label() : String.valueOf(status), reports, assignmentId, openTask);
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

  private static Map<String, Object> values(List<HistoricVariableInstance> variables) {
    Map<String, Object> values = new HashMap<>();
    variables.forEach(v -> values.put(v.getName(), v.getValue()));
    return values;
  }
}
