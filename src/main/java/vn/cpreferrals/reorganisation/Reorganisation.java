package vn.cpreferrals.reorganisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.VariableInstance;
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
  private final MovePlanner planner;

  Reorganisation(Successors successors, AgencyRegistry registry, TaskService tasks, RuntimeService runtime,
      IdentityService identity, AuthorizationService authorizations, AuditTrail audit, JdbcTemplate jdbc,
      AppliedReorganisations applied) {
    this.applied = applied;
    this.planner = new MovePlanner(successors, registry, tasks, runtime, identity);
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
      return new Result(asOf, false, MovePlanner.moves(planner.plan(asOf)), counts, counts,
          successors.unreachable());
    });
  }

  @Transactional
  public Result apply(LocalDate asOf, String userId, List<String> groups) {
    return AsSystem.run(identity, () -> {
      Counts before = counts();
      List<MovePlanner.Planned> plan = planner.plan(asOf);
      moveProvinces(plan);
      for (MovePlanner.Planned planned : plan) {
        perform(planned);
        audit.record(userId, groups, event(planned.move()));
      }
      applied.record(asOf, userId, plan.size());
      return new Result(asOf, true, MovePlanner.moves(plan), before, counts(), successors.unreachable());
    });
  }

  /** All running work of each merged province at once, found by its root instances (the plan's values). */
  private void moveProvinces(List<MovePlanner.Planned> plan) {
    Map<String, List<String>> roots = new LinkedHashMap<>();
    Map<String, String> to = new LinkedHashMap<>();
    for (MovePlanner.Planned p : plan) {
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

  private void perform(MovePlanner.Planned planned) {
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
