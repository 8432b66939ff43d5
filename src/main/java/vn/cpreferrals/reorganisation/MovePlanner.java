package vn.cpreferrals.reorganisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.Successors;
import vn.cpreferrals.reorganisation.Reorganisation.Kind;
import vn.cpreferrals.reorganisation.Reorganisation.Move;
import vn.cpreferrals.tenancy.ProvinceRule;

/**
 * What the successor map moves as of a day, found in the work in progress: running instances of merged provinces,
 * open tasks of ended units, variables that name them, their people. Reads only; {@link Reorganisation} applies it.
 */
final class MovePlanner {

  private final Successors successors;
  private final AgencyRegistry registry;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  MovePlanner(Successors successors, AgencyRegistry registry, TaskService tasks, RuntimeService runtime,
      IdentityService identity) {
    this.successors = successors;
    this.registry = registry;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** A move with what applying it writes (a variable's new value). */
  record Planned(Move move, Object value) {
    Planned(Move move) {
      this(move, null);
    }
  }

  static List<Move> moves(List<Planned> plan) {
    return plan.stream().map(Planned::move).toList();
  }

  List<Planned> plan(LocalDate asOf) {
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
    if (identity.isReadOnly()) {
      return moves; // memberships are the directory's (profile ldap): its operators move people there
    }
    groups.forEach((group, m) -> {
      for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        moves.add(new Planned(new Move(Kind.MEMBERSHIP, user.getId(), null, null, m.from(), m.to(), m.basis())));
      }
    });
    return moves;
  }

  private static String root(ProcessInstance instance) {
    return instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId();
  }
}
