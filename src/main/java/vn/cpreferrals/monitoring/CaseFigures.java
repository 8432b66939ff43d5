package vn.cpreferrals.monitoring;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;

import vn.cpreferrals.casework.CaseProcess;
import vn.cpreferrals.casework.ReferralProcess;
import vn.cpreferrals.process.ProcessVariable;

/**
 * The view *Hồ sơ trẻ em*: for the cases received in a period in the given provinces, how many are at each step, how
 * many met or breached each legal limit (12 hours; 5 and 7 working days) and the province's target, and the referrals
 * per service. Counts and case numbers only: nothing here reads a child's identity or narrative (only the stage
 * deadlines, the case number and the referral's service name are read).
 */
final class CaseFigures {

  record Step(String step, long cases, long pastTarget) {}

  record StageLine(String stage, String legalLimit, long within, long breached, long withinTarget,
      List<String> breachedCases) {}

  record ServiceLine(String service, long referred, long accepted, long declined, long delivered) {}

  record View(Date from, Date to, long cases, List<Step> steps, List<StageLine> stages, List<ServiceLine> referrals) {}

  /** One time-limited stage: its legal limit as staff know it, its deadlines and the steps that end it. */
  private record Stage(String name, String limit, CaseProcess.Stage deadlines, List<String> tasks) {}

  private static final List<Stage> STAGES = List.of(
      new Stage("Tiếp nhận, đánh giá ban đầu và can thiệp khẩn cấp", "12 giờ", CaseProcess.EMERGENCY_STAGE,
          List.of(CaseProcess.TASK_VERIFY, CaseProcess.TASK_DECIDE_EMERGENCY)),
      new Stage("Đánh giá chi tiết và xây dựng kế hoạch", "5 ngày làm việc", CaseProcess.PLAN_STAGE,
          List.of(CaseProcess.TASK_DETAILED_ASSESSMENT, CaseProcess.TASK_DRAFT_PLAN)),
      new Stage("Phê duyệt kế hoạch", "7 ngày làm việc", CaseProcess.APPROVAL_STAGE,
          List.of(CaseProcess.TASK_APPROVE_PLAN)));

  private final HistoryService history;
  private final TaskService tasks;

  CaseFigures(HistoryService history, TaskService tasks) {
    this.history = history;
    this.tasks = tasks;
  }

  View of(List<String> provinces, Date from, Date to, Date now) {
    if (provinces.isEmpty()) {
      return new View(from, to, 0, List.of(), List.of(), List.of());
    }
    String[] tenants = provinces.toArray(String[]::new);
    List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseProcess.KEY).tenantIdIn(tenants).startedAfter(from).startedBefore(to).list();
    Set<String> ids = cases.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    Map<String, String> numbers = cases.stream().collect(Collectors.toMap(HistoricProcessInstance::getId,
        c -> c.getBusinessKey() == null ? c.getId() : c.getBusinessKey()));
    return new View(from, to, cases.size(), steps(tenants, ids, now), stages(tenants, ids, numbers, from, now),
        referrals(tenants, from, to));
  }

  /** Open steps of the period's cases: how many cases wait at each, and how many of them past the target. */
  private List<Step> steps(String[] tenants, Set<String> ids, Date now) {
    Map<String, long[]> byStep = new TreeMap<>();
    for (Task task : tasks.createTaskQuery().processDefinitionKey(CaseProcess.KEY).tenantIdIn(tenants).list()) {
      if (ids.contains(task.getProcessInstanceId())) {
        long[] counts = byStep.computeIfAbsent(task.getName(), k -> new long[2]);
        counts[0]++;
        if (task.getDueDate() != null && task.getDueDate().before(now)) {
          counts[1]++;
        }
      }
    }
    return byStep.entrySet().stream().map(e -> new Step(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  private List<StageLine> stages(String[] tenants, Set<String> ids, Map<String, String> numbers, Date from, Date now) {
    List<String> taskKeys = STAGES.stream().flatMap(s -> s.tasks().stream()).toList();
    Map<String, List<HistoricTaskInstance>> stageTasks = new HashMap<>();
    history.createHistoricTaskInstanceQuery().processDefinitionKey(CaseProcess.KEY).tenantIdIn(tenants)
        .startedAfter(from).list().stream().filter(t -> ids.contains(t.getProcessInstanceId())
            && taskKeys.contains(t.getTaskDefinitionKey()))
        .forEach(t -> stageTasks.computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>()).add(t));
    List<String> names = STAGES.stream().flatMap(s -> java.util.stream.Stream.of(s.deadlines().due(),
        s.deadlines().legal())).map(ProcessVariable::name).toList();
    Map<String, Map<String, Date>> deadlines = new HashMap<>();
    if (!ids.isEmpty()) {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(ids.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new)).list()) {
        if (v.getValue() instanceof Date d) {
          deadlines.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), d);
        }
      }
    }
    List<StageLine> lines = new ArrayList<>();
    for (Stage stage : STAGES) {
      long within = 0;
      long breached = 0;
      long withinTarget = 0;
      List<String> breachedCases = new ArrayList<>();
      for (String id : ids) {
        List<HistoricTaskInstance> steps = stageTasks.getOrDefault(id, List.of()).stream()
            .filter(t -> stage.tasks().contains(t.getTaskDefinitionKey())).toList();
        Date legal = deadlines.getOrDefault(id, Map.of()).get(stage.deadlines().legal().name());
        if (steps.isEmpty() || legal == null) {
          continue; // the case has not reached the stage
        }
        boolean open = steps.stream().anyMatch(t -> t.getEndTime() == null);
        Date end = open ? now : steps.stream().map(HistoricTaskInstance::getEndTime).max(Date::compareTo).orElseThrow();
        if (end.after(legal)) {
          breached++;
          breachedCases.add(numbers.get(id));
        } else if (!open) {
          within++;
        }
        Date target = deadlines.get(id).get(stage.deadlines().due().name());
        if (!open && target != null && !end.after(target)) {
          withinTarget++;
        }
      }
      breachedCases.sort(null);
      lines.add(new StageLine(stage.name(), stage.limit(), within, breached, withinTarget, breachedCases));
    }
    return lines;
  }

  /** Per service: referrals sent in the period, accepted (a provider took it), declined (once each), delivered. */
  private List<ServiceLine> referrals(String[] tenants, Date from, Date to) {
    List<HistoricProcessInstance> referrals = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReferralProcess.KEY).tenantIdIn(tenants).startedAfter(from).startedBefore(to).list();
    if (referrals.isEmpty()) {
      return List.of();
    }
    String[] ids = referrals.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, String> service = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableName(ReferralProcess.SERVICE_NAME.name()).list()
        .forEach(v -> service.put(v.getProcessInstanceId(), String.valueOf(v.getValue())));
    Map<String, long[]> byService = new LinkedHashMap<>();
    referrals.forEach(r -> byService.computeIfAbsent(service.getOrDefault(r.getId(), "?"), k -> new long[4])[0]++);
    Set<String> referralIds = Set.of(ids);
    for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .tenantIdIn(tenants).startedAfter(from).list()) {
      if (!referralIds.contains(t.getProcessInstanceId())) {
        continue;
      }
      long[] counts = byService.computeIfAbsent(service.getOrDefault(t.getProcessInstanceId(), "?"), k -> new long[4]);
      if (ReferralProcess.TASK_DELIVER.equals(t.getTaskDefinitionKey())) {
        counts[1]++;
        if (t.getEndTime() != null && "completed".equals(t.getDeleteReason())) {
          counts[3]++;
        }
      } else if (ReferralProcess.TASK_CHOOSE_ANOTHER.equals(t.getTaskDefinitionKey())) {
        counts[2]++;
      }
    }
    return byService.entrySet().stream().map(e -> new ServiceLine(e.getKey(), e.getValue()[0], e.getValue()[1],
        e.getValue()[2], e.getValue()[3])).toList();
  }
}
