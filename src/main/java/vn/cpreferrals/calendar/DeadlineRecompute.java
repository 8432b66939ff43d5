package vn.cpreferrals.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;

/**
 * After a year of the calendar changed, moves the due dates of open tasks that were counted in working days across the
 * changed days — only when an administrator asks, after a dry run that lists every move. A working-day deadline ends at
 * 23:59:59; it is recounted from the task's creation with the same number of working days, so a deadline counted
 * from an earlier moment (a case's plan, counted from receipt) moves correctly as long as no changed day lies between
 * that moment and the task's creation.
 */
@Service
public class DeadlineRecompute {

  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  public record Move(String taskId, String taskName, String processInstanceId, Date oldDue, Date newDue) {}

  public record Result(int year, boolean applied, List<Move> moves) {}

  private final WorkingDays calendar;
  private final CalendarYears years;
  private final TaskService tasks;
  private final AuditTrail audit;

  DeadlineRecompute(WorkingDays calendar, CalendarYears years, TaskService tasks, AuditTrail audit) {
    this.calendar = calendar;
    this.years = years;
    this.tasks = tasks;
    this.audit = audit;
  }

  public Result dryRun(int year) {
    return new Result(year, false, plan(year).stream().map(Planned::move).toList());
  }

  /** A move together with the task it moves, so that applying it needs no second lookup. */
  private record Planned(Task task, Move move) {}

  private List<Planned> plan(int year) {
    HolidayFile.Year before = years.previous(year).orElse(null);
    if (before == null) {
      return List.of();
    }
    Predicate<LocalDate> wasWorking = oldCalendar(year, before);
    Set<LocalDate> changed = new HashSet<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (wasWorking.test(d) != calendar.isWorkingDay(d)) {
        changed.add(d);
      }
    }
    List<Planned> moves = new ArrayList<>();
    if (changed.isEmpty()) {
      return moves;
    }
    LocalDate firstChanged = changed.stream().min(LocalDate::compareTo).orElseThrow();
    Date from = Date.from(firstChanged.atStartOfDay(WorkingDays.VIETNAM).toInstant());
    for (Task task : tasks.createTaskQuery().active().dueAfter(from).list()) {
      ZonedDateTime due = task.getDueDate().toInstant().atZone(WorkingDays.VIETNAM);
      if (!due.toLocalTime().equals(END_OF_DAY)) {
        continue; // a deadline in clock hours, not in working days
      }
      LocalDate start = task.getCreateTime().toInstant().atZone(WorkingDays.VIETNAM).toLocalDate();
      int n = 0;
      for (LocalDate d = start.plusDays(1); !d.isAfter(due.toLocalDate()); d = d.plusDays(1)) {
        if (wasWorking.test(d)) {
          n++;
        }
      }
      LocalDate newDay = calendar.addWorkingDays(start, n);
      if (!newDay.equals(due.toLocalDate())) {
        moves.add(new Planned(task, new Move(task.getId(), task.getName(), task.getProcessInstanceId(),
            task.getDueDate(), Date.from(newDay.atTime(END_OF_DAY).atZone(WorkingDays.VIETNAM).toInstant()))));
      }
    }
    return moves;
  }

  /** Moves what the dry run lists, one audit entry per task, and closes the change (applying twice moves nothing). */
  @Transactional
  public Result apply(int year, String userId, List<String> groups) {
    List<Planned> plan = plan(year);
    for (Planned planned : plan) {
      Task task = planned.task();
      Move move = planned.move();
      task.setDueDate(move.newDue());
      tasks.saveTask(task);
      audit.record(userId, groups, new AuditEvent(AuditAction.CALENDAR_DEADLINE_MOVED, task.getTenantId(), null,
          task.getProcessInstanceId(), null, task.getId(), task.getName(), "Hạn xử lý " + move.oldDue().toInstant()
              + " → " + move.newDue().toInstant() + " theo lịch năm " + year));
    }
    years.recomputed(year);
    return new Result(year, true, plan.stream().map(Planned::move).toList());
  }

  private Predicate<LocalDate> oldCalendar(int year, HolidayFile.Year before) {
    Map<LocalDate, String> off = new HashMap<>();
    before.daysOff().forEach(p -> WorkingDays.expand(p, off));
    Map<LocalDate, String> worked = new HashMap<>();
    before.workingDays().forEach(p -> WorkingDays.expand(p, worked));
    return d -> {
      if (d.getYear() != year) {
        return calendar.isWorkingDay(d);
      }
      if (worked.containsKey(d)) {
        return true;
      }
      return !HolidayRules.isWeekend(d) && !off.containsKey(d);
    };
  }
}
