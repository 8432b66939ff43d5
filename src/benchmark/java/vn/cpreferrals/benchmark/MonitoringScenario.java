package vn.cpreferrals.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.casework.CaseIntake;
import vn.cpreferrals.casework.CaseProcess;
import vn.cpreferrals.casework.CaseReport;
import vn.cpreferrals.casework.ReferralProcess;
import vn.cpreferrals.directive.DirectiveProcess;

/**
 * The data of section 11: most of a year of one province's work (Quảng Ngãi), made by the engine itself with its clock
 * moved forward, as the project's scenario tests move it. The seed directive {@value #DIRECTIVE} is started
 * {@code directives} times on 6 January; plan, report, input, quarter and consolidation tasks are completed on time,
 * late or never; {@code cases} reports arrive through the intake service ({@link CaseIntake#open}, what
 * {@code POST /api/cases} calls) at random times over the last {@code caseDays} days, at random communes of the
 * province, and move on through verification, emergency measures, quick reports, assessment, plan, approval,
 * referrals, implementation, review and closure, each step on time, late or not yet. The application's job executor
 * runs every job (reminders, escalations, report and input timers) as the clock passes its due date, in parallel with
 * the steps, as in production; the clock waits when the job executor falls more than {@link #JOB_LAG} behind.
 *
 * <p>Steps are completed through the engine's Java API without a signed-in user (as the scenario tests and the
 * intake do), so no form is validated; the values are the forms' required fields with invented content. No child's
 * name, narrative or contact detail is printed: progress lines give counts only.
 */
final class MonitoringScenario {

  static final String PROVINCE = "quang-ngai";
  static final String DIRECTIVE = "Directive_QuangNgai_2025_KH65";
  static final ZoneId VIETNAM = WorkingDays.VIETNAM;

  private static final long MINUTE = 60_000L;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;
  /** How far (engine time) the job executor may fall behind the steps before they wait for it. */
  static final long JOB_LAG = 2 * HOUR;
  /** How often (engine time) the steps ask whether the job executor is behind. */
  private static final long LAG_CHECK = 15 * MINUTE;
  /**
   * The clock jumps at most this far while jobs run: a job's lock lasts {@link #LOCK_TIME_MILLIS} of engine time, so
   * a longer jump would let the job executor take a job it is still running.
   */
  private static final long LONGEST_JUMP = 5 * DAY;
  /** The lock time the application runs with in this section (engine time, see {@link #LONGEST_JUMP}). */
  static final int LOCK_TIME_MILLIS = (int) (10 * DAY);
  private static final Set<String> CASE_KEYS = Set.of(CaseProcess.KEY, CaseProcess.QUICK_REPORT_KEY,
      ReferralProcess.KEY, CaseProcess.INTAKE_KEY);
  private static final List<String> HARM_TYPES = List.of("bao_luc", "xam_hai_tinh_duc", "bo_roi", "nguy_co",
      "nguy_co", "bao_luc", "boc_lot_lao_dong", "mua_ban");
  private static final List<String> SERVICES = List.of("tam_ly", "y_te", "cong_an", "giao_duc", "tro_giup_phap_ly",
      "bao_tro_xa_hoi");
  private static final Pattern CHOICE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

  /** What was made, for the section's note. */
  record Outcome(int year, int directivesStarted, int casesOpened, long jobsRun, long jobFailures,
      Map<String, Integer> completed, Map<String, Integer> failures, double seconds) {}

  private record Event(long at, long seq, String label, Runnable action) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final org.camunda.bpm.engine.HistoryService history;
  private final org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor;
  private final RepositoryService repository;
  private final CaseIntake intake;
  private final List<String> communes;
  private final Random random;
  private final PriorityQueue<Event> agenda = new PriorityQueue<>(
      Comparator.comparingLong(Event::at).thenComparingLong(Event::seq));
  private final Set<String> planned = new HashSet<>();
  private final Map<String, String> definitionKeys = new HashMap<>();
  private final Map<String, Integer> completed = new TreeMap<>();
  private final Map<String, Integer> failures = new TreeMap<>();
  private long sequence;
  private long clock;
  private long end;
  private long lastSweep;
  private long waitedForJobs;
  private long lagCheckedUpTo;
  private int directivesStarted;
  private int casesOpened;

  MonitoringScenario(ProcessEngine engine, AgencyRegistry registry, CaseIntake intake, long seed) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.history = engine.getHistoryService();
    this.jobExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getJobExecutor();
    this.repository = engine.getRepositoryService();
    this.intake = intake;
    // Today's communes of the province (People's Committees with an official commune code), where cases happen.
    this.communes = registry.agenciesIn(PROVINCE).stream()
        .filter(a -> a.level() == AgencyLevel.COMMUNE && a.kind() == AgencyKind.PEOPLES_COMMITTEE
            && a.id().matches(".*-ubnd-\\d{5}"))
        .map(a -> a.id()).sorted().toList();
    if (communes.isEmpty()) {
      throw new IllegalStateException("No commune of " + PROVINCE + " in the registry");
    }
    this.random = new Random(seed);
  }

  int communes() {
    return communes.size();
  }

  /**
   * Plays the year up to {@code until} (a real instant, normally now), then puts the engine clock back to real time
   * and runs what fell due meanwhile.
   */
  Outcome run(int directives, int cases, int caseDays, long until) {
    long t0 = System.nanoTime();
    end = until;
    ZonedDateTime now = Instant.ofEpochMilli(until).atZone(VIETNAM);
    // A year whose six-month report has passed, so report statuses exist: this year from June, else the last one.
    int year = now.getMonthValue() >= 6 ? now.getYear() : now.getYear() - 1;
    long start = LocalDate.of(year, 1, 6).atTime(8, 0).atZone(VIETNAM).toInstant().toEpochMilli();
    clock = start;
    ClockUtil.setCurrentTime(new Date(clock));
    try {
      for (int i = 0; i < directives; i++) {
        int n = i + 1;
        at(start + i * 10 * MINUTE, "start directive", () -> startDirective(year, n));
      }
      lastSweep = start - 1;
      at(LocalDate.of(year, 1, 7).atTime(7, 30).atZone(VIETNAM).toInstant().toEpochMilli(), "sweep", this::sweep);
      long firstReceipt = Math.max(start + DAY, until - caseDays * DAY);
      for (int i = 0; i < cases; i++) {
        int n = i + 1;
        at(firstReceipt + (long) (random.nextDouble() * (until - HOUR - firstReceipt)), "open case", () -> openCase(n));
      }
      long events = 0;
      long shown = System.nanoTime();
      while (!agenda.isEmpty()) {
        Event e = agenda.poll();
        if (e.at() > end) {
          continue; // falls after today: the work is still waiting there
        }
        advanceTo(e.at());
        perform(e);
        events++;
        if (System.nanoTime() - shown > 30_000_000_000L) {
          shown = System.nanoTime();
          System.out.printf("  monitoring data: %s, %d events, %d directives, %d cases, %.0f s (%.0f s waiting for"
              + " jobs)%n", Instant.ofEpochMilli(clock).atZone(VIETNAM).toLocalDate(), events, directivesStarted,
              casesOpened, (System.nanoTime() - t0) / 1e9, waitedForJobs / 1e9);
        }
      }
      advanceTo(end);
      settle(clock);
    } finally {
      ClockUtil.reset();
    }
    settle(System.currentTimeMillis());
    long jobsRun = history.createHistoricJobLogQuery().successLog().count();
    long jobFailures = history.createHistoricJobLogQuery().failureLog().count();
    return new Outcome(year, directivesStarted, casesOpened, jobsRun, jobFailures, completed, failures,
        (System.nanoTime() - t0) / 1e9);
  }

  /** A step, tried again when it met a job of the same instance (as a person would click again). */
  private void perform(Event e) {
    for (int attempt = 1; ; attempt++) {
      try {
        e.action().run();
        return;
      } catch (org.camunda.bpm.engine.OptimisticLockingException ex) {
        if (attempt == 5) {
          failures.merge(e.label() + ": " + ex.getClass().getSimpleName(), 1, Integer::sum);
          return;
        }
        failures.merge("(tried again) " + e.label(), 1, Integer::sum);
        pause(50L * attempt);
      } catch (RuntimeException ex) {
        failures.merge(e.label() + ": " + ex.getClass().getSimpleName(), 1, Integer::sum);
        return;
      }
    }
  }

  // ---- the clock and the jobs

  private void at(long when, String label, Runnable action) {
    agenda.add(new Event(when, sequence++, label, action));
  }

  /**
   * Moves the clock to {@code t}. The job executor runs what falls due meanwhile; the steps wait while it is more than
   * {@link #JOB_LAG} behind, and a long jump waits until it is done, in steps of at most {@link #LONGEST_JUMP}.
   */
  private void advanceTo(long t) {
    while (t - clock > LONGEST_JUMP) {
      settle(clock);
      setClock(clock + LONGEST_JUMP);
    }
    setClock(t);
    if (t - JOB_LAG - lagCheckedUpTo >= LAG_CHECK) { // not a query per step: steps come minutes apart
      waitForJobsDueBefore(t - JOB_LAG);
      lagCheckedUpTo = t - JOB_LAG;
    }
  }

  private void setClock(long t) {
    if (t > clock) {
      clock = t;
      ClockUtil.setCurrentTime(new Date(clock));
      if (jobExecutor != null) {
        jobExecutor.jobWasAdded(); // jobs may have fallen due: no need to wait for the next acquisition round
      }
    }
  }

  /** Waits until the job executor has run every job due by {@code t}. */
  private void settle(long t) {
    waitForJobsDueBefore(t + 1);
  }

  private void waitForJobsDueBefore(long t) {
    long since = System.nanoTime();
    Date before = new Date(t);
    while (management.createJobQuery().withRetriesLeft().active().duedateLowerThan(before).count() > 0) {
      if (System.nanoTime() - since > 120_000_000_000L) {
        failures.merge("jobs still due after two minutes", 1, Integer::sum);
        break;
      }
      pause(5);
    }
    waitedForJobs += System.nanoTime() - since;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long randomBetween(long from, long to) {
    return to <= from ? from : from + (long) (random.nextDouble() * (to - from));
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  // ---- directives

  private void startDirective(int year, int n) {
    String number = String.format("%d/KH-UBND-BENCH", 900 + n);
    runtime.startProcessInstanceByKey(DIRECTIVE, Map.of(DirectiveProcess.YEAR.name(), year,
        DirectiveProcess.DIRECTIVE_NUMBER.name(), number, "issuedOn", year + "-01-05"));
    directivesStarted++;
  }

  /** Once a day: the directive tasks created since yesterday (by a start or a timer) get their fate. */
  private void sweep() {
    List<Task> fresh = tasks.createTaskQuery().tenantIdIn(PROVINCE).taskCreatedAfter(new Date(lastSweep)).list();
    lastSweep = clock - 1;
    for (Task task : fresh) {
      if (!CASE_KEYS.contains(keyOf(task)) && planned.add(task.getId())) {
        planDirectiveTask(task);
      }
    }
    if (clock + DAY <= end) {
      at(clock + DAY, "sweep", this::sweep);
    }
  }

  private String keyOf(Task task) {
    return definitionKeys.computeIfAbsent(task.getProcessDefinitionId(),
        id -> repository.getProcessDefinition(id).getKey());
  }

  private void planDirectiveTask(Task task) {
    long created = task.getCreateTime().getTime();
    long due = task.getDueDate() == null ? created + 30 * DAY : task.getDueDate().getTime();
    String key = task.getTaskDefinitionKey();
    Map<String, Object> v = new HashMap<>();
    long when;
    if (key.equals(DirectiveProcess.TASK_PLAN)) {
      if (!chance(0.85)) {
        return;
      }
      when = onTimeOrLate(created, due, 0.7, 30 * DAY);
      v.put("planSummary", "Kế hoạch thực hiện giả định (đo hiệu năng)");
    } else if (key.equals(DirectiveProcess.TASK_CONTRIBUTE)) {
      if (!chance(0.15)) {
        return;
      }
      when = randomBetween(created + 20 * DAY, due);
      v.put("contributionResult", "Kết quả phối hợp giả định");
    } else if (key.equals(DirectiveProcess.TASK_QUARTER_WORK) || key.equals(DirectiveProcess.TASK_COMPLETE_BY_DATE)) {
      if (!chance(0.8)) {
        return;
      }
      when = randomBetween(due - 20 * DAY, due + 15 * DAY);
      v.put("periodResult", "Kết quả trong kỳ giả định");
    } else if (key.equals(DirectiveProcess.TASK_PROVIDE_REPORT_INPUT)) {
      if (!chance(0.85)) {
        return;
      }
      when = onTimeOrLate(created, due, 0.8, 10 * DAY);
      v.put("reportInput", "Thông tin giả định cho báo cáo");
      v.put("reportInputActivities", random.nextInt(12));
    } else if (key.equals(DirectiveProcess.TASK_SUBMIT_REPORT)) {
      if (!chance(0.85)) {
        return; // not reported: "chưa báo cáo" once the directive's report deadline passes
      }
      when = onTimeOrLate(created, due, 0.65, 25 * DAY);
      v.put("progressNarrative", "Báo cáo giả định (đo hiệu năng)");
      v.put("implementationStatus", chance(0.7) ? "ongoing" : "done");
      v.put("activitiesHeld", 1 + random.nextInt(20));
      v.put("childrenReached", random.nextInt(500));
    } else if (key.startsWith("Task_Consolidate_")) {
      if (!chance(0.9)) {
        return;
      }
      when = onTimeOrLate(created, due, 0.8, 10 * DAY);
      v.put("consolidatedReport", "Báo cáo tổng hợp giả định");
    } else if (key.startsWith("Task_SendReport_")) {
      if (!chance(0.9)) {
        return;
      }
      when = randomBetween(created + HOUR, created + 2 * DAY);
      v.put("sentReportNumber", "BENCH/BC-SYT");
      v.put("sentOn", new Date(when));
    } else {
      failures.merge("unplanned directive task " + key, 1, Integer::sum);
      return;
    }
    String id = task.getId();
    at(when, "complete " + key, () -> complete(id, key, v, null));
  }

  /** On time (before the due date) with probability {@code p} when there is time for it, else up to {@code late} late. */
  private long onTimeOrLate(long created, long due, double p, long late) {
    if (due - created > 4 * HOUR && chance(p)) {
      return randomBetween(created + HOUR, due - HOUR);
    }
    return randomBetween(Math.max(created, due) + HOUR, Math.max(created, due) + late);
  }

  private void complete(String taskId, String key, Map<String, Object> variables, String caseInstance) {
    try {
      tasks.complete(taskId, variables);
    } catch (org.camunda.bpm.engine.exception.NullValueException | org.camunda.bpm.engine.exception.NotFoundException
        gone) {
      completed.merge("(gone before done) " + key, 1, Integer::sum); // the case was closed or the cycle moved on
      return;
    }
    completed.merge(key, 1, Integer::sum);
    if (caseInstance != null) {
      follow(caseInstance);
    }
  }

  // ---- cases

  private void openCase(int n) {
    String commune = communes.get(random.nextInt(communes.size()));
    OffsetDateTime received = OffsetDateTime.ofInstant(Instant.ofEpochMilli(clock), VIETNAM);
    CaseReport.IntakeSource[] sources = CaseReport.IntakeSource.values();
    // Invented people: a made-up name and number, never printed.
    CaseReport report = new CaseReport(String.format("BENCH-%06d", n), sources[random.nextInt(sources.length)],
        received, commune, HARM_TYPES.get(random.nextInt(HARM_TYPES.size())), chance(0.1), chance(0.35),
        new CaseReport.Child("Trẻ Giả Định " + n, received.toLocalDate().minusYears(3 + random.nextInt(14)),
            chance(0.5) ? "nam" : "nu"),
        "Nội dung giả định (đo hiệu năng)", new CaseReport.Reporter("Người Báo Tin Giả Định",
            String.format("09%08d", random.nextInt(100_000_000))));
    CaseIntake.Opened opened = intake.open(report, "bench-intake");
    casesOpened++;
    follow(opened.processInstanceId());
  }

  /** Plans every new task of the case and of the processes it called (quick report, referrals). */
  private void follow(String caseInstance) {
    List<String> instances = new ArrayList<>(List.of(caseInstance));
    runtime.createProcessInstanceQuery().superProcessInstanceId(caseInstance).list()
        .forEach(p -> instances.add(p.getId()));
    for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()) {
      if (planned.add(task.getId())) {
        planCaseTask(task, caseInstance);
      }
    }
  }

  private void planCaseTask(Task task, String caseInstance) {
    String key = task.getTaskDefinitionKey();
    long now = clock;
    Map<String, Object> v = new HashMap<>();
    long when;
    switch (key) {
      case CaseProcess.TASK_VERIFY -> {
        if (!chance(0.93)) {
          return;
        }
        double r = random.nextDouble();
        // Most within the 12 hours, some past them, a few days late.
        when = now + (r < 0.8 ? randomBetween(HOUR / 2, 11 * HOUR) : r < 0.95 ? randomBetween(12 * HOUR, 36 * HOUR)
            : randomBetween(2 * DAY, 6 * DAY));
        boolean verified = chance(0.95);
        v.put("verified", verified);
        v.put("harmType", HARM_TYPES.get(random.nextInt(HARM_TYPES.size())));
        v.put("lifeThreatening", chance(0.08));
        v.put("perpetratorHasAccess", chance(0.3));
        v.put("initialAssessment", "Đánh giá ban đầu giả định");
      }
      case CaseProcess.TASK_DECIDE_EMERGENCY -> {
        if (!chance(0.95)) {
          return;
        }
        when = now + (chance(0.85) ? randomBetween(HOUR / 2, 8 * HOUR) : randomBetween(8 * HOUR, 30 * HOUR));
        v.put("emergencyMeasure", "can_thiep_khan_cap");
        v.put("emergencyArrangement", "Biện pháp khẩn cấp giả định");
      }
      case "Task_ReceiveQuickReport" -> {
        if (!chance(0.8)) {
          return;
        }
        when = now + randomBetween(HOUR, 30 * HOUR);
        v.put("quickReportNotes", "Đã nhận báo cáo nhanh (giả định)");
      }
      case CaseProcess.TASK_DETAILED_ASSESSMENT -> {
        if (!chance(0.85)) {
          return;
        }
        when = now + randomBetween(DAY, 9 * DAY);
        v.put("detailedAssessment", "Đánh giá chi tiết giả định");
        v.put("needsMeetingMinutes", "Biên bản họp giả định");
      }
      case CaseProcess.TASK_DRAFT_PLAN -> {
        if (!chance(0.9)) {
          return;
        }
        when = now + randomBetween(HOUR * 4, 4 * DAY);
        List<String> chosen = new ArrayList<>(SERVICES);
        java.util.Collections.shuffle(chosen, random);
        v.put("planContent", "Kế hoạch hỗ trợ giả định");
        v.put("referralServices", org.camunda.spin.Spin.JSON(chosen.subList(0, 1 + random.nextInt(2))));
      }
      case CaseProcess.TASK_APPROVE_PLAN -> {
        if (!chance(0.85)) {
          return;
        }
        when = now + randomBetween(HOUR * 4, 6 * DAY);
        boolean approved = chance(0.92);
        v.put("planApproved", approved);
        if (approved) {
          v.put("planEndDate", Instant.ofEpochMilli(when).atZone(VIETNAM).toLocalDate()
              .plusDays(30 + random.nextInt(30)).toString());
        } else {
          v.put("approvalNote", "Đề nghị bổ sung (giả định)");
        }
      }
      case ReferralProcess.TASK_RESPOND -> {
        if (!chance(0.9)) {
          return;
        }
        when = now + randomBetween(2 * HOUR, 3 * DAY);
        boolean accepted = chance(0.85);
        v.put("referralAccepted", accepted);
        if (!accepted) {
          v.put("declineReason", "Không có chuyên viên (giả định)");
        }
      }
      case ReferralProcess.TASK_CHOOSE_ANOTHER -> {
        Matcher m = CHOICE.matcher(String.valueOf(tasks.getVariableLocal(task.getId(),
            ReferralProcess.PROVIDER_CHOICES.name())));
        if (!m.find() || !chance(0.9)) {
          return;
        }
        when = now + randomBetween(HOUR, 2 * DAY);
        v.put("newProviderAgency", m.group(1));
      }
      case ReferralProcess.TASK_DELIVER -> {
        if (!chance(0.7)) {
          return;
        }
        when = now + randomBetween(DAY, 12 * DAY);
        v.put("serviceOutcome", "Đã cung cấp dịch vụ (giả định)");
      }
      case "Task_ImplementPlan" -> {
        if (!chance(0.6)) {
          return;
        }
        long planEnd = task.getDueDate() == null ? now + 30 * DAY : task.getDueDate().getTime();
        when = randomBetween(planEnd - 5 * DAY, planEnd + 5 * DAY);
        v.put("implementationReport", "Đã thực hiện kế hoạch (giả định)");
      }
      case "Task_ReviewPlan" -> {
        if (!chance(0.7)) {
          return;
        }
        when = now + randomBetween(DAY, 10 * DAY);
        v.put("remainingRisk", "thap");
        v.put("childSafe", chance(0.85));
        v.put("reviewNotes", "Rà soát giả định");
      }
      case "Task_ApproveClosure" -> {
        if (!chance(0.9)) {
          return;
        }
        when = now + randomBetween(2 * HOUR, 3 * DAY);
        v.put("closureDecision", "Kết thúc hồ sơ (giả định)");
      }
      default -> {
        return; // e.g. the intake officer's receipt: left as it is
      }
    }
    String id = task.getId();
    at(Math.max(when, now), "complete " + key, () -> complete(id, key, v, caseInstance));
  }

  /** The directives' and cases' instance ids, for counting. */
  List<ProcessInstance> runningDirectives() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(DIRECTIVE).list();
  }
}
