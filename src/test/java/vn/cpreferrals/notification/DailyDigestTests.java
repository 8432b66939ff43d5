package vn.cpreferrals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import vn.cpreferrals.casework.CaseProcess;
import vn.cpreferrals.deadline.PastDeadlines;
import vn.cpreferrals.directive.DirectiveProcess;
import vn.cpreferrals.support.EngineTest;

/**
 * One mail a day per person instead of one per task and stage; the case emergency clock and case escalations at once.
 * A real SMTP server (GreenMail) counts the mails; timers run as the job executor would, with the engine clock moved.
 */
@EngineTest
class DailyDigestTests {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String MAIL_DOMAIN = "@demo.cp-referrals.invalid";
  static final String KH65 = "Directive_QuangNgai_2025_KH65";
  static final String COMMUNE = "quang-ngai-tp-ubnd-p-chanh-lo";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired DailyDigest digest;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationOutbox outbox;
  @Autowired NotificationProperties properties;
  @Autowired ObjectProvider<JavaMailSender> mailSender;

  final List<String> started = new java.util.ArrayList<>();

  @BeforeEach
  void givenAnEmptyOutboxAndMailbox() throws Exception {
    dispatcher.dispatchPending(); // leave nothing from other tests in the outbox
    jdbc.update("UPDATE cp_notification SET status = 'LOGGED' WHERE status = 'PENDING' AND delivery = 'DIGEST'");
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    started.forEach(id -> runtimeService.deleteProcessInstance(id, "test cleanup"));
    started.clear();
  }

  @Test
  void aDirectiveStartedLateSendsOneDigestPerRecipientInsteadOfAMailPerTask() throws Exception {
    // Given plan 65/KH-UBND for 2025 started in February 2026 with its deadlines as given: most tasks are overdue.
    startLateDirective("65/KH-UBND-2025-muon", at(2026, 2, 2, 8, 0));
    int fired = fireDueDeadlineTimers();
    Map<String, Integer> noticesPerRecipient = digestNoticesPerRecipient();
    String leader = "quang-ngai-ubnd-tinh-manager";
    assertThat(fired).as("deadline stages fired").isGreaterThan(50);
    assertThat(noticesPerRecipient.get(leader)).as("notices (once mails) to the UBND tỉnh leader").isGreaterThan(10);
    dispatcher.dispatchPending();
    assertThat(smtp.getReceivedMessages()).as("nothing of a directive is mailed at once").isEmpty();

    // When the digest runs the next morning at 07:00.
    ClockUtil.setCurrentTime(at(2026, 2, 3, 7, 0));
    int composed = digest.composeDue();
    while (dispatcher.dispatchPending() > 0) {
      // send every digest
    }

    // Then each recipient has exactly one mail, listing every open task of theirs.
    assertThat(composed).isEqualTo(noticesPerRecipient.size());
    assertThat(smtp.getReceivedMessages()).hasSize(noticesPerRecipient.size());
    for (String recipient : noticesPerRecipient.keySet()) {
      assertThat(mailsTo(recipient)).as(recipient).hasSize(1);
    }
    MimeMessage leaderMail = mailsTo(leader).get(0);
    String body = ((String) leaderMail.getContent()).replace("\r\n", "\n");
    List<String> leaderTasks = jdbc.queryForList("SELECT DISTINCT task_id FROM cp_notification WHERE recipient = ? "
        + "AND digest_key = ?", String.class, leader, "digest:" + leader + ":2026-02-03");
    assertThat(leaderTasks).hasSizeGreaterThan(10);
    leaderTasks.forEach(id -> assertThat(body).contains("?task=" + id));
    assertThat(leaderMail.getSubject()).startsWith("[Tổng hợp hằng ngày] " + leaderTasks.size() + " việc: "
        + leaderTasks.size() + " đã chuyển cấp");
    assertThat(body).contains("Văn bản 65/KH-UBND-2025-muon\n- ").contains(" · đã chuyển cấp · hạn 31/12/2025 23:59");
  }

  @Test
  void theDigestIsSentOnceEvenIfTwoNodesRunIt() throws Exception {
    startLateDirective("65/KH-UBND-2025-hai-nut", at(2026, 3, 2, 8, 0));
    fireDueDeadlineTimers();
    int recipients = digestNoticesPerRecipient().size();
    ClockUtil.setCurrentTime(at(2026, 3, 3, 7, 0));

    // Two nodes at the same moment, then a third run as after a crash and restart, and a second dispatcher.
    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(digest::composeDue);
    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(digest::composeDue);
    int composed = a.get() + b.get();
    int retried = digest.composeDue();
    NotificationDispatcher secondNode = new NotificationDispatcher(outbox, properties, mailSender);
    int sent = 0;
    for (int round = 0; round < 10; round++) {
      CompletableFuture<Integer> one = CompletableFuture.supplyAsync(dispatcher::dispatchPending);
      CompletableFuture<Integer> two = CompletableFuture.supplyAsync(secondNode::dispatchPending);
      sent += one.get() + two.get();
    }
    // A later run the same day (new notices meanwhile) still sends nobody a second digest that day.
    ClockUtil.setCurrentTime(at(2026, 3, 3, 18, 0));
    int evening = digest.composeDue();

    assertThat(composed).isEqualTo(recipients);
    assertThat(retried).isZero();
    assertThat(evening).isZero();
    assertThat(sent).isEqualTo(recipients);
    assertThat(smtp.getReceivedMessages()).hasSize(recipients);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cp_notification WHERE idempotency_key LIKE ?",
        Integer.class, "digest:%:2026-03-03")).isEqualTo(recipients);
  }

  @Test
  void aCaseEmergencyEscalationIsSentAtOnce() throws Exception {
    // Given a case received at 10:00: verification is due within the 12 emergency hours, at 22:00.
    Date received = at(2026, 4, 6, 10, 0);
    ClockUtil.setCurrentTime(received);
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(CaseProcess.KEY, "QNG-2026-9001", Map.of(
        "caseNumber", "QNG-2026-9001", "receivedAt", received, "communeAgency", COMMUNE, "provinceId", "quang-ngai",
        "intakeSource", "HOTLINE_111", "childName", "Nguyễn Thị Bé Kiểm Thử", "caseSummary", "Tường thuật kiểm thử",
        "reporterPhone", "0900000000"));
    started.add(pi.getId());
    dispatcher.dispatchPending();
    assertThat(mailsTo(COMMUNE + "-officer")).as("the new emergency task, at once").singleElement()
        .satisfies(m -> assertThat(m.getSubject()).startsWith("[Việc mới] Kiểm tra thông tin, đánh giá ban đầu"));

    // When the emergency deadline passes (half-time reminder at 16:00, escalation at 22:00).
    fireDueDeadlineTimersUntil(at(2026, 4, 6, 22, 0));
    dispatcher.dispatchPending(); // no digest run

    // Then the commune's chairman has the escalation at once, with the case number and no child data.
    MimeMessage escalation = mailsTo(COMMUNE + "-manager").stream()
        .filter(m -> subject(m).startsWith("[Quá hạn]")).findFirst().orElseThrow();
    assertThat(subject(escalation)).isEqualTo("[Quá hạn] Kiểm tra thông tin, đánh giá ban đầu (Mẫu 02) – hạn "
        + "06/04/2026 22:00");
    assertThat((String) escalation.getContent()).contains("QNG-2026-9001");
    assertThat(mailsTo(COMMUNE + "-officer")).extracting(DailyDigestTests::subject)
        .anyMatch(s -> s.startsWith("[Nhắc việc]"));
    for (MimeMessage m : smtp.getReceivedMessages()) {
      assertThat(subject(m) + m.getContent()).doesNotContain("Nguyễn Thị Bé", "Tường thuật", "0900000000");
    }
    assertThat(digestNoticesPerRecipient()).as("nothing of the emergency clock waits for the digest").isEmpty();
  }

  private void startLateDirective(String number, Date now) {
    ClockUtil.setCurrentTime(now);
    ProcessInstance directive = runtimeService.startProcessInstanceByKey(KH65, Map.of(
        DirectiveProcess.YEAR.name(), 2025, DirectiveProcess.DIRECTIVE_NUMBER.name(), number, "issuedOn", "2025-01-02",
        PastDeadlines.VARIABLE, PastDeadlines.AS_GIVEN));
    started.add(directive.getId());
    for (List<Job> jobs = messages(directive); !jobs.isEmpty(); jobs = messages(directive)) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private List<Job> messages(ProcessInstance directive) {
    return managementService.createJobQuery().processInstanceId(directive.getId()).messages().list();
  }

  private int fireDueDeadlineTimers() {
    return fireDueDeadlineTimersUntil(ClockUtil.getCurrentTime());
  }

  /** Runs the deadline timers due up to {@code until}, in order, as the job executor would; returns how many ran. */
  private int fireDueDeadlineTimersUntil(Date until) {
    int fired = 0;
    while (true) {
      List<Map<String, Object>> due = jdbc.queryForList("SELECT ID_, DUEDATE_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = "
          + "'cp-task-deadline' AND DUEDATE_ <= ? ORDER BY DUEDATE_", until);
      if (due.isEmpty()) {
        return fired;
      }
      Date at = (Date) due.get(0).get("DUEDATE_");
      if (ClockUtil.getCurrentTime().before(at)) {
        ClockUtil.setCurrentTime(at);
      }
      managementService.executeJob((String) due.get(0).get("ID_"));
      fired++;
    }
  }

  /** DIGEST notices waiting, per recipient. */
  private Map<String, Integer> digestNoticesPerRecipient() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    jdbc.queryForList("SELECT recipient, COUNT(*) AS n FROM cp_notification WHERE status = 'PENDING' "
        + "AND delivery = 'DIGEST' GROUP BY recipient").forEach(r -> counts.put((String) r.get("RECIPIENT"),
        ((Number) r.get("N")).intValue()));
    return counts;
  }

  private List<MimeMessage> mailsTo(String userId) {
    String address = userId + MAIL_DOMAIN;
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
      } catch (Exception e) {
        return false;
      }
    }).toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Date at(int y, int m, int d, int h, int min) {
    return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(NotificationProperties.VIETNAM).toInstant());
  }
}
