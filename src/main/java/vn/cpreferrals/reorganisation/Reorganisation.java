package vn.cpreferrals.reorganisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.Successors;
import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.process.AsSystem;
import vn.cpreferrals.tenancy.ProvinceRule;

/**
 * Applies the successor map (registry/successors.yaml) to the work in progress, as of a day: open tasks of a unit that
 * ended go to its successor (candidate group and its task grant; escalation follows because it reads the candidate
 * group), variables that name the unit name the successor (so steps not yet reached go there too), running work of a
 * merged province moves to the province that absorbed it, and the unit's people become members of the successor.
 * A dry run lists every move; applying writes one audit entry per move, all in one transaction; applying again finds
 * nothing left to move. History keeps what was recorded at the time (old group ids and names).
 */
@Service
public class Reorganisation {

  /** Kinds of move, as staff and operators read them. */
  public enum Kind {
    TASK("Công việc"),
    VARIABLE("Dữ liệu quy trình"),
    PROVINCE("Quy trình chuyển tỉnh"),
    MEMBERSHIP("Thành viên cơ quan");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One move. {@code subject} is a task, instance or user id; {@code name} what staff read (a task name, a variable
   * name); {@code basis} why, in Vietnamese.
   */
  public record Move(Kind kind, String subject, String name, String processInstanceId, String from, String to,
      String basis) {}

  /** Open tasks and running instances per province, so that before and after can be compared. */
  public record Counts(Map<String, Long> openTasks, Map<String, Long> runningInstances) {
    public long totalOpenTasks() {
      return openTasks.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalRunningInstances() {
      return runningInstances.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public record Result(LocalDate asOf, boolean applied, List<Move> moves, Counts before, Counts after,
      List<String> unreachable) {}

  private final Successors successors;
  private final AgencyRegistry registry;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final AuditTrail audit;
  private final TenantMove tenantMove;
  private final AppliedReorganisations applied;

  Reorganisation(Successors successors, AgencyRegistry registry, TaskService tasks, RuntimeService runtime,
      IdentityService identity, AuthorizationService authorizations, AuditTrail audit, JdbcTemplate jdbc,
      AppliedReorganisations applied) {
    this.applied = applied;
    this.successors = successors;
    this.registry = registry;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.authorizations = authorizations;
    this.audit = audit;
    this.tenantMove = new TenantMove(jdbc);
  }

  public Result dryRun(LocalDate asOf) {
    return AsSystem.run(identity, () -> {
      Counts counts = counts();
      return new Result(asOf, false, moves(plan(asOf)), counts, counts, successors.unreachable());
    });
  }

  @Transactional
  public Result apply(LocalDate asOf, String userId, List<String> groups) {
    return AsSystem.run(identity, () -> {
      Counts before = counts();
      List<Planned> plan = plan(asOf);
      moveProvinces(plan);
      for (Planned planned : plan) {
        perform(planned);
        audit.record(userId, groups, event(planned.move()));
      }
      applied.record(asOf, userId, plan.size());
      return new Result(asOf, true, moves(plan), before, counts(), successors.unreachable());
    });
  }

  /** A move with what applying it writes (a variable's new value). */
  private record Planned(Move move, Object value) {
    Planned(Move move) {
      this(move, null);
    }
  }

  private static List<Move> moves(List<Planned> plan) {
    return plan.stream().map(Planned::move).toList();
  }

  private List<Planned> plan(LocalDate asOf) {
    Map<String, Successors.Move> groups = groupMoves(asOf);
    List<Planned> plan = new ArrayList<>();
    plan.addAll(provinceMoves(asOf));
    plan.addAll(taskMoves(groups));
    plan.addAll(variableMoves(groups, asOf));
    plan.addAll(membershipMoves(groups));
    return plan;
  }

  /** Staff and leadership group of every unit that has ended, to those of its successor. */
  private Map<String, Successors.Move> groupMoves(LocalDate asOf) {
    Map<String, Successors.Move> groups = new LinkedHashMap<>();
    for (Successors.Move m : successors.movesOn(asOf)) {
      groups.put(m.from(), m);
      groups.put(m.from() + Agency.MANAGER_GROUP_SUFFIX, new Successors.Move(m.from() + Agency.MANAGER_GROUP_SUFFIX,
          m.to() + Agency.MANAGER_GROUP_SUFFIX, m.effective(), m.basis()));
    }
    return groups;
  }

  private List<Planned> provinceMoves(LocalDate asOf) {
    List<Planned> moves = new ArrayList<>();
    for (Successors.Move p : successors.provinceMovesOn(asOf)) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().tenantIdIn(p.from())
          .orderByProcessInstanceId().asc().list()) {
        moves.add(new Planned(new Move(Kind.PROVINCE, instance.getId(), instance.getBusinessKey(), instance.getId(),
            p.from(), p.to(), p.basis()), root(instance)));
      }
    }
    return moves;
  }

  private List<Planned> taskMoves(Map<String, Successors.Move> groups) {
    List<Planned> moves = new ArrayList<>();
    if (groups.isEmpty()) {
      return moves;
    }
    List<Task> open = tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(groups.keySet()))
        .includeAssignedTasks().orderByTaskId().asc().list();
    for (Task task : open) {
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        Successors.Move m = groups.get(link.getGroupId());
        if (m != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          moves.add(new Planned(new Move(Kind.TASK, task.getId(), task.getName(), task.getProcessInstanceId(),
              m.from(), m.to(), m.basis())));
        }
      }
    }
    return moves;
  }

  /**
   * Variables of running instances that name an ended unit (alone, in a list or as a map value; by id, or by its full
   * name as forms show it), and the province variable of moved instances.
   */
  private List<Planned> variableMoves(Map<String, Successors.Move> groups, LocalDate asOf) {
    List<Planned> moves = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    groups.values().forEach(m -> registry.agency(m.from()).ifPresent(old -> registry.agency(m.to())
        .ifPresent(now -> names.put(old.name(), now.name()))));
    List<String> provinces = new ArrayList<>();
    groups.keySet().forEach(g -> registry.agency(g).ifPresent(a -> provinces.add(a.province())));
    successors.provinceMovesOn(asOf).forEach(p -> provinces.add(p.from()));
    if (provinces.isEmpty()) {
      return moves;
    }
    for (VariableInstance v : runtime.createVariableInstanceQuery().tenantIdIn(provinces.stream().distinct()
        .toArray(String[]::new)).orderByVariableName().asc().list()) {
      Object renamed = renamed(v.getValue(), groups);
      String basis = "Dữ liệu nêu tên đơn vị đã kết thúc";
      if (renamed == null && v.getValue() instanceof String name && names.containsKey(name)) {
        moves.add(new Planned(new Move(Kind.VARIABLE, v.getId(), v.getName(), v.getProcessInstanceId(), name,
            names.get(name), basis), names.get(name)));
        continue;
      }
      if (ProvinceRule.PROVINCE_VARIABLE.equals(v.getName()) && v.getValue() instanceof String province) {
        Optional<Successors.Move> p = successors.provinceSuccessorOf(province, asOf);
        renamed = p.isPresent() ? p.get().to() : null;
        basis = p.map(Successors.Move::basis).orElse(basis);
      }
      if (renamed != null) {
        // Only the unit ids are shown, never the rest of a value (a map may hold other data of the case).
        List<String> named = namedUnits(v.getValue(), groups);
        String from = named.isEmpty() ? String.valueOf(v.getValue()) : String.join(", ", named);
        String to = named.isEmpty() ? String.valueOf(renamed)
            : String.join(", ", named.stream().map(n -> groups.get(n).to()).toList());
        moves.add(new Planned(new Move(Kind.VARIABLE, v.getId(), v.getName(), v.getProcessInstanceId(), from, to,
            basis), renamed));
      }
    }
    return moves;
  }

  private static List<String> namedUnits(Object value, Map<String, Successors.Move> groups) {
    Collection<?> parts = value instanceof Collection<?> c ? c : value instanceof Map<?, ?> m ? m.values()
        : List.of(value);
    return parts.stream().filter(groups::containsKey).map(String.class::cast).distinct().toList();
  }

  /** The value with every ended unit replaced by its successor; null when it names none. */
  private static Object renamed(Object value, Map<String, Successors.Move> groups) {
    if (value instanceof String s) {
      return groups.containsKey(s) ? groups.get(s).to() : null;
    }
    if (value instanceof List<?> list && list.stream().anyMatch(groups::containsKey)) {
      return new ArrayList<>(list.stream().map(e -> groups.containsKey(e) ? groups.get(e).to() : e).toList());
    }
    if (value instanceof Map<?, ?> map && map.values().stream().anyMatch(groups::containsKey)) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, e) -> copy.put(k, groups.containsKey(e) ? groups.get(e).to() : e));
      return copy;
    }
    return null;
  }

  private List<Planned> membershipMoves(Map<String, Successors.Move> groups) {
    List<Planned> moves = new ArrayList<>();
    groups.forEach((group, m) -> {
      for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        moves.add(new Planned(new Move(Kind.MEMBERSHIP, user.getId(), null, null, m.from(), m.to(), m.basis())));
      }
    });
    return moves;
  }

  /** All running work of each merged province at once, found by its root instances (the plan's values). */
  private void moveProvinces(List<Planned> plan) {
    Map<String, List<String>> roots = new LinkedHashMap<>();
    Map<String, String> to = new LinkedHashMap<>();
    for (Planned p : plan) {
      if (p.move().kind() == Kind.PROVINCE) {
        List<String> list = roots.computeIfAbsent(p.move().from(), k -> new ArrayList<>());
        if (!list.contains((String) p.value())) {
          list.add((String) p.value());
        }
        to.put(p.move().from(), p.move().to());
      }
    }
    roots.forEach((from, ids) -> tenantMove.move(from, to.get(from), ids));
  }

  private static String root(ProcessInstance instance) {
    return instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId();
  }

  private void perform(Planned planned) {
    Move move = planned.move();
    switch (move.kind()) {
      case PROVINCE -> {
        // moved with the whole province by moveProvinces
      }
      case TASK -> {
        tasks.addCandidateGroup(move.subject(), move.to());
        tasks.deleteCandidateGroup(move.subject(), move.from());
        // The engine grants a candidate group the task but never revokes it: revoke the old unit's grant here.
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(move.subject())
            .groupIdIn(move.from()).list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
      }
      case VARIABLE -> {
        VariableInstance v = runtime.createVariableInstanceQuery().variableId(move.subject()).singleResult();
        if (v.getTaskId() != null) {
          tasks.setVariableLocal(v.getTaskId(), v.getName(), planned.value());
        } else {
          runtime.setVariableLocal(v.getExecutionId(), v.getName(), planned.value());
        }
      }
      case MEMBERSHIP -> {
        if (identity.createGroupQuery().groupId(move.to()).count() > 0) {
          if (identity.createUserQuery().userId(move.subject()).memberOfGroup(move.to()).count() == 0) {
            identity.createMembership(move.subject(), move.to());
          }
          identity.deleteMembership(move.subject(), move.from());
        }
      }
    }
  }

  private AuditEvent event(Move move) {
    String province = move.kind() == Kind.PROVINCE ? move.to()
        : registry.agency(move.to()).map(Agency::province).orElse(null);
    String details = move.kind().label() + ": " + move.from() + " → " + move.to()
        + (move.basis() == null ? "" : " (" + move.basis() + ")");
    return new AuditEvent(AuditAction.REORGANISED, province, null, move.processInstanceId(), null,
        move.kind() == Kind.TASK ? move.subject() : null, move.kind() == Kind.VARIABLE ? move.name() : move.subject(),
        details);
  }

  private Counts counts() {
    Map<String, Long> open = new TreeMap<>();
    Map<String, Long> running = new TreeMap<>();
    for (String province : provinceIds()) {
      open.put(province, tasks.createTaskQuery().tenantIdIn(province).count());
      running.put(province, runtime.createProcessInstanceQuery().tenantIdIn(province).count());
    }
    open.put("", tasks.createTaskQuery().withoutTenantId().count());
    running.put("", runtime.createProcessInstanceQuery().withoutTenantId().count());
    return new Counts(open, running);
  }

  private Collection<String> provinceIds() {
    return registry.provinces().stream().map(vn.cpreferrals.agency.Province::id).toList();
  }
}
