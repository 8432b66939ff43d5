package vn.cpreferrals.engine.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.AuditQuery;
import vn.cpreferrals.metrics.TaskDeadlineMetrics;
import vn.cpreferrals.notification.DailyDigest;
import vn.cpreferrals.notification.NotificationDispatcher;
import vn.cpreferrals.notification.NotificationOutbox;
import vn.cpreferrals.notification.NotificationProperties;
import vn.cpreferrals.support.TestAccounts;

import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.deadline.DeadlineActions;
import vn.cpreferrals.deadline.DeadlinePlan;
import vn.cpreferrals.deadline.DeadlineStage;

/**
 * Nothing slips: scenario tests with the engine clock moved, a real SMTP server (GreenMail) and the deadline timers
 * executed as the job executor would. Run once per database by the subclasses.
 */
abstract class DeadlineEscalationScenario {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String HEALTH = "quang-ngai-so-y-te";
  static final Instant MONDAY_8AM = Instant.parse("2025-05-12T01:00:00Z");
  static final Instant FRIDAY_8AM = MONDAY_8AM.plus(Duration.ofDays(4));

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired DailyDigest digest;
  @Autowired NotificationOutbox outbox;
  @Autowired NotificationProperties notificationProperties;
  @Autowired ObjectProvider<JavaMailSender> mailSender;
  @Autowired DeadlineActions actions;
  @Autowired DeadlineTimers timers;
  @Autowired AuditLog auditLog;
  @Autowired TaskDeadlineMetrics metrics;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  Task task;

  @BeforeEach
  void givenATaskOfSoYTeQuangNgaiDueOnFriday() throws Exception {
    ClockUtil.setCurrentTime(Date.from(MONDAY_8AM));
    dispatcher.dispatchPending(); // leave nothing from other tests in the outbox
    jdbc.update("UPDATE cp_notification SET status = 'LOGGED' WHERE status = 'PENDING' AND delivery = 'DIGEST'");
    smtp.purgeEmailFromAllMailboxes();
    task = startTaskFor(HEALTH, "quang-ngai", FRIDAY_8AM);
  }

  @AfterEach
  void resetClockAndInstances() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey("AgencyTaskFixture").list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  @Test
  void taskWithADueDateGetsRemindersAndEscalationTimersOneAfterTheOther() {
    // One timer waits at a time; each stage, when it fires, plans the next.
    assertThat(timers(task)).extracting(Job::getDuedate)
        .containsExactly(Date.from(MONDAY_8AM.plus(Duration.ofDays(2))));
    assertThat(taskService.getVariableLocal(task.getId(), "cpDueStatus")).isEqualTo("trong hạn");

    List<Date> fired = new java.util.ArrayList<>();
    for (Job next = single(timers(task)); next != null; next = single(timers(task))) {
      fired.add(next.getDuedate());
      ClockUtil.setCurrentTime(next.getDuedate());
      managementService.executeJob(next.getId());
    }

    assertThat(fired).containsExactly(
        Date.from(MONDAY_8AM.plus(Duration.ofDays(2))), Date.from(MONDAY_8AM.plus(Duration.ofDays(3))),
        Date.from(FRIDAY_8AM), Date.from(FRIDAY_8AM.plus(Duration.ofDays(2))));
    assertThat(taskService.getVariableLocal(task.getId(), "cpEscalationLevel")).isEqualTo(2);
  }

  private static Job single(List<Job> jobs) {
    assertThat(jobs).hasSizeLessThanOrEqualTo(1);
    return jobs.isEmpty() ? null : jobs.get(0);
  }

  /** The fixture's task belongs to no case: its reminders and escalations go into the next morning's digest. */
  @Test
  void reminderArrivesInTheNextMorningsDigestBeforeTheDueDate() throws Exception {
    fire(DeadlineStage.REMINDER_HALF_TIME); // Wednesday 8:00
    dispatcher.dispatchPending();
    assertThat(smtp.getReceivedMessages()).as("nothing is mailed at once").isEmpty();

    digestAt("2025-05-15T07:00"); // Thursday

    MimeMessage mail = mailTo(HEALTH + "-officer");
    assertThat(mail.getSubject()).isEqualTo("[Tổng hợp hằng ngày] 1 việc: 1 sắp đến hạn");
    assertThat(((String) mail.getContent())).contains("- Xử lý việc được giao · sắp đến hạn · hạn 16/05/2025 08:00")
        .contains(notificationProperties.taskLink(task.getId()));
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
  }

  @Test
  void atTheDueDateTheLeadershipIsNotifiedAndTheTaskIsMarkedEscalated() throws Exception {
    fire(DeadlineStage.ESCALATION_LEVEL_1);
    digestAt("2025-05-17T07:00"); // the morning after the due date

    assertThat(candidateGroups(task)).contains(HEALTH, HEALTH + "-managers");
    assertThat(taskService.getVariablesLocal(task.getId()))
        .containsEntry("cpEscalationLevel", 1)
        .containsEntry("cpEscalatedTo", HEALTH + "-managers")
        .containsEntry("cpDueStatus", "quá hạn");
    assertThat((String) runtimeService.getVariable(task.getProcessInstanceId(), "cpLastEscalation"))
        .startsWith("Cấp 1").contains("Lãnh đạo Sở Y tế tỉnh Quảng Ngãi");
    assertThat(auditLog.find(new AuditQuery(null, task.getProcessInstanceId(), null, null, null, null, null, null, 0)))
        .extracting(e -> e.action()).contains("ESCALATED");
    assertThat(mailTo(HEALTH + "-manager", "[Tổng hợp hằng ngày] 1 việc: 1 quá hạn").getContent().toString())
        .contains("Xử lý việc được giao · quá hạn · hạn 16/05/2025 08:00");
  }

  @Test
  void afterTheGracePeriodTheNextLevelIsNotified() throws Exception {
    fire(DeadlineStage.ESCALATION_LEVEL_1);
    fire(DeadlineStage.ESCALATION_LEVEL_2);
    digestAt("2025-05-19T07:00"); // Monday after the grace period

    assertThat(candidateGroups(task)).contains("quang-ngai-ubnd-tinh-managers");
    assertThat(taskService.getVariableLocal(task.getId(), "cpEscalationLevel")).isEqualTo(2);
    MimeMessage mail = mailTo("quang-ngai-ubnd-tinh-manager", "[Tổng hợp hằng ngày] 1 việc: 1 đã chuyển cấp");
    assertThat(((String) mail.getContent())).contains("Xử lý việc được giao · đã chuyển cấp");
  }

  @Test
  void noDuplicateMailAfterARetryOrOnASecondNode() throws Exception {
    DeadlineJob reminder = new DeadlineJob(task.getId(), DeadlineStage.REMINDER_HALF_TIME, FRIDAY_8AM.toEpochMilli());
    runHandler(reminder); // the job ran, then its transaction was retried
    runHandler(reminder);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-05-13T00:00:00Z"))); // Tuesday 07:00, digest time
    // Two nodes compose the digest at the same moment (the composer keeps no state of its node), then send it.
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(digest::composeDue);
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(digest::composeDue);
    assertThat(one.get() + two.get() + digest.composeDue()).as("digests composed").isEqualTo(
        (int) identityService.createUserQuery().memberOfGroup(HEALTH).count());
    NotificationDispatcher secondNode = new NotificationDispatcher(outbox, notificationProperties, mailSender);

    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(dispatcher::dispatchPending);
    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(secondNode::dispatchPending);
    int sent = a.get() + b.get();

    long members = identityService.createUserQuery().memberOfGroup(HEALTH).count();
    assertThat(sent).isEqualTo((int) members);
    assertThat(smtp.getReceivedMessages()).hasSize((int) members);
    assertThat(rest.withBasicAuth("admin", TestAccounts.ADMIN_PASSWORD).getForObject("/api/notifications", String.class))
        .contains("\"status\":\"SENT\"").contains(task.getId());
    assertThat(rest.withBasicAuth(HEALTH + "-manager", TestAccounts.STAFF_PASSWORD)
        .getForEntity("/api/notifications", String.class).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void movingTheDeadlineMovesItsTimers() {
    Instant nextFriday = FRIDAY_8AM.plus(Duration.ofDays(7));

    taskService.setDueDate(task.getId(), Date.from(nextFriday));

    // The waiting timer now belongs to the new due date: half-time of Monday 8:00 to next Friday 8:00.
    assertThat(timers(task)).extracting(this::dueOfTimer).containsExactly(nextFriday.toEpochMilli());
    assertThat(timers(task)).extracting(Job::getDuedate)
        .containsExactly(Date.from(MONDAY_8AM.plus(Duration.ofHours(132))));
  }

  private long dueOfTimer(Job job) {
    return DeadlineJob.parse(jdbc.queryForObject("SELECT HANDLER_CFG_ FROM ACT_RU_JOB WHERE ID_ = ?", String.class,
        job.getId())).dueMillis();
  }

  @Test
  void theAgencysLeaderMovesTheDeadlineThroughRestAndTheTimersFollowButAnOfficerMayNot() {
    Instant nextFriday = FRIDAY_8AM.plus(Duration.ofDays(7));

    assertThat(moveDueDate(HEALTH + "-officer", nextFriday)).isEqualTo(403);
    assertThat(moveDueDate(HEALTH + "-manager", nextFriday)).isEqualTo(204);
    assertThat(timers(task)).extracting(this::dueOfTimer).containsExactly(nextFriday.toEpochMilli());
  }

  /** As Tasklist does it: read the task, change its due date, write it back. */
  private int moveDueDate(String user, Instant due) {
    TestRestTemplate as = rest.withBasicAuth(user, TestAccounts.STAFF_PASSWORD);
    Map<?, ?> read = as.getForObject("/engine-rest/task/" + task.getId(), Map.class);
    Map<String, Object> current = new java.util.HashMap<>();
    for (String field : List.of("name", "description", "priority", "assignee", "owner", "delegationState", "followUp",
        "parentTaskId", "caseInstanceId", "tenantId")) {
      current.put(field, read.get(field));
    }
    current.put("due", java.time.OffsetDateTime.ofInstant(due, WorkingDays.VIETNAM)
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")));
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return as.exchange("/engine-rest/task/" + task.getId(), org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(current, headers), String.class).getStatusCode().value();
  }

  @Test
  void completingLateIsStillPossibleAndIsRecordedAsLate() {
    ClockUtil.setCurrentTime(Date.from(FRIDAY_8AM.plus(Duration.ofHours(3))));

    taskService.complete(task.getId());

    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId())
        .variableName("cpDueStatus").singleResult().getValue()).isEqualTo("trễ hạn");
    assertThat(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void sharedFiltersReturnTheRightTasksForAnOfficerAndForAManager() {
    fire(DeadlineStage.ESCALATION_LEVEL_1);
    ClockUtil.setCurrentTime(Date.from(FRIDAY_8AM.plus(Duration.ofHours(1))));

    assertThat(filter("quang-ngai-so-y-te-officer", "Việc chưa nhận của cơ quan")).contains(task.getId());
    assertThat(filter("quang-ngai-so-y-te-officer", "Quá hạn")).contains(task.getId());
    assertThat(filter("quang-ngai-ubnd-tinh-manager", "Đã chuyển cấp đến nhóm của tôi")).doesNotContain(task.getId());
    assertThat(filter("quang-ngai-so-y-te-manager", "Đã chuyển cấp đến nhóm của tôi")).contains(task.getId());
    assertThat(filter("lai-chau-so-y-te-officer", "Quá hạn")).doesNotContain(task.getId());
    taskService.claim(task.getId(), "quang-ngai-so-y-te-officer");
    assertThat(filter("quang-ngai-so-y-te-officer", "Việc của tôi")).containsExactly(task.getId());
  }

  @Test
  void metricsCountOverdueTasksPerAgency() {
    String agency = "cp_tasks_overdue{agency=\"binh-dinh-so-ldtbxh\",province=\"binh-dinh\"}";
    ClockUtil.setCurrentTime(Date.from(MONDAY_8AM.plus(Duration.ofHours(3))));
    metrics.refresh();
    double before = gauge(agency);

    startTaskFor("binh-dinh-so-ldtbxh", "binh-dinh", MONDAY_8AM.plus(Duration.ofHours(2)));
    metrics.refresh();

    assertThat(gauge(agency)).isEqualTo(before + 1);
    assertThat(gauge("cp_tasks_open{agency=\"binh-dinh-so-ldtbxh\",province=\"binh-dinh\"}")).isPositive();
    assertThat(gauge("cp_tasks_overdue{agency=\"binh-dinh-bao-binh-dinh\",province=\"binh-dinh\"}")).isZero();
  }

  private double gauge(String series) {
    // Metrics are for operators: the administrator account reads them.
    String prometheus = rest.withBasicAuth(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
        .getForObject("/actuator/prometheus", String.class);
    return prometheus.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(
        l -> Double.parseDouble(l.substring(series.length() + 1).trim())).findFirst()
        .orElseThrow(() -> new AssertionError("no series " + series));
  }

  private Task startTaskFor(String agency, String province, Instant due) {
    String instance = runtimeService.startProcessInstanceByKey("AgencyTaskFixture",
        Map.of("agencyId", agency, "provinceId", province, "dueDate", Date.from(due))).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private List<Job> timers(Task t) {
    return managementService.createJobQuery().processInstanceId(t.getProcessInstanceId()).timers().list();
  }

  /** Runs the task's timers in order, as the job executor would, up to and including the given stage. */
  private void fire(DeadlineStage stage) {
    while (true) {
      Job job = single(timers(task));
      assertThat(job).as("timer for " + stage).isNotNull();
      String config = jdbc.queryForObject("SELECT HANDLER_CFG_ FROM ACT_RU_JOB WHERE ID_ = ?", String.class,
          job.getId());
      ClockUtil.setCurrentTime(job.getDuedate());
      managementService.executeJob(job.getId());
      if (config.contains("|" + stage.name() + "|")) {
        return;
      }
    }
  }

  /** The daily digest composed at the given Vietnam time (engine clock) and sent. */
  private void digestAt(String vietnamTime) {
    ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.parse(vietnamTime).atZone(WorkingDays.VIETNAM)
        .toInstant()));
    digest.composeDue();
    dispatcher.dispatchPending();
  }

  private void runHandler(DeadlineJob job) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(ctx -> {
          new DeadlineJobHandler(actions, timers).execute(job, null, ctx, "quang-ngai");
          return null;
        });
  }

  private List<String> candidateGroups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private MimeMessage mailTo(String userId) throws Exception {
    return mailTo(userId, "");
  }

  /** The first mail to the user whose subject starts with the prefix (reminders arrive before escalations). */
  private MimeMessage mailTo(String userId, String subjectPrefix) throws Exception {
    String address = userId + "@demo.cp-referrals.invalid";
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> {
          try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))
                && m.getSubject().startsWith(subjectPrefix);
          } catch (Exception e) {
            return false;
          }
        })
        .findFirst().orElseThrow(() -> new AssertionError("no mail '" + subjectPrefix + "…' to " + address));
  }

  private List<String> filter(String userId, String filterName) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(t -> t.getId()).toList();
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return filterService.<Task>list(filterId).stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
