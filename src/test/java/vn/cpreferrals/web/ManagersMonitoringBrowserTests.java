package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.casework.CaseIntake;
import vn.cpreferrals.casework.CaseReport;
import vn.cpreferrals.directive.DirectiveBpmnWriter;
import vn.cpreferrals.directive.DirectiveProcess;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.support.DirectiveTimers;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;
import vn.cpreferrals.support.WebappSession;

/**
 * A provincial manager opens "Giám sát công tác trẻ em" in Cockpit: which units of a directive reported on time, late
 * or not at all; which agencies have the oldest overdue work; which cases breached the 12-hour limit. Another
 * province's manager sees none of it, an officer is refused, and no answer holds a child's name. Screenshots:
 * target/screenshots/monitoring-*.png.
 */
@EngineTest
class ManagersMonitoringBrowserTests {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String NUMBER = "779/KH-UBND";
  static final String MANAGER = TestAccounts.manager("quang-ngai-so-y-te");
  static final String CHILD = "Trẻ Thử Giám Sát";
  static final String API = "/camunda/api/cockpit/plugin/cpMonitoring/default";

  @LocalServerPort int port;
  @Autowired AgencyRegistry registry;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseIntake intake;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  String deploymentId;
  String directive;
  final List<String> cases = new ArrayList<>();

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    cases.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test cleanup", true, true, true, false));
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true, true, true);
    }
  }

  @Test
  void aProvincialManagerSeesDirectivesOverdueWorkAndCaseLimitsOfTheProvinceAndNobodyElseDoes() throws Exception {
    // Given: a directive whose six-month report came in on time (Sở Y tế, Công an), late (Sở GD&ĐT), not at all
    givenADirectiveWithReportsOnTimeLateAndMissing();
    // and two cases received on 20/6 at 8:00: one verified within the hour, one still open 28 hours later
    ClockUtil.setCurrentTime(at(2026, 6, 20, 8));
    CaseIntake.Opened quick = open("REF-MON-1");
    CaseIntake.Opened slow = open("REF-MON-2");
    ClockUtil.setCurrentTime(at(2026, 6, 20, 9));
    Task verify = taskService.createTaskQuery().processInstanceId(quick.processInstanceId())
        .taskDefinitionKey("Task_VerifyAndAssess").singleResult();
    taskService.complete(verify.getId(), Map.of("verified", true, "harmType", "bao_luc", "lifeThreatening", false,
        "perpetratorHasAccess", false, "initialAssessment", "Đánh giá giả định"));
    ClockUtil.setCurrentTime(at(2026, 6, 21, 12));
    long chanhLoOverdue = taskService.createTaskQuery().taskCandidateGroup("quang-ngai-tp-ubnd-p-chanh-lo")
        .dueBefore(ClockUtil.getCurrentTime()).count();

    try (Browser browser = Browser.open()) {
      // When: the manager of the standing agency opens the page from Cockpit's menu
      String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/#";
      browser.go(cockpit + "/dashboard");
      browser.login(MANAGER, TestAccounts.STAFF_PASSWORD);
      browser.click(By.id("cp-monitoring-menu"));
      browser.waitForText("Giám sát công tác trẻ em");
      try {
        browser.wait.until(d -> !d.findElements(By.cssSelector("section[data-directive='" + NUMBER + "']")).isEmpty());
      } catch (org.openqa.selenium.TimeoutException e) {
        browser.screenshot("monitoring-00-loi");
        throw new AssertionError(browser.bodyText(), e);
      }

      // Then: the directive's matrix names each unit with its status for the report
      String matrix = browser.driver.findElement(By.cssSelector("section[data-directive='" + NUMBER + "'] table"))
          .getText();
      assertThat(matrix).contains("Sở Y tế tỉnh Quảng Ngãi", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
          "Công an tỉnh Quảng Ngãi", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi");
      // its late report does not make the assignment late: due 31/08, it is still within its time (the view once
      // showed the status of the assignment's last task instead)
      assertThat(rowOf(browser, "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"))
          .contains("Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi trong hạn chưa đến hạn trễ hạn");
      assertThat(rowOf(browser, "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi")).contains("chưa báo cáo");
      assertThat(rowOf(browser, "Sở Y tế tỉnh Quảng Ngãi")).contains("đúng hạn");
      assertThat(browser.bodyText()).contains("Bảng tổng hợp (XLSX)", "Dự thảo báo cáo (DOCX)");
      assertThat(browser.driver.findElements(By.xpath("//section[@data-directive='" + NUMBER + "']//th")))
          .extracting(org.openqa.selenium.WebElement::getText).contains("Báo cáo 6 tháng", "Báo cáo năm");
      browser.screenshot("monitoring-01-chi-dao");

      // the overdue work per agency, oldest first, with the counts the engine has
      browser.click(By.xpath("//ul[contains(@class,'cp-tabs')]//a[contains(., 'Việc quá hạn theo cơ quan')]"));
      browser.visible(By.id("cp-overdue-agencies"));
      String chanhLo = browser.driver.findElement(By.xpath("//table[@id='cp-overdue-agencies']//tr[td[1]"
          + "[starts-with(., 'Ủy ban nhân dân phường Chánh Lộ')]]")).getText();
      assertThat(chanhLo).contains(" " + chanhLoOverdue + " ");
      assertThat(browser.driver.findElement(By.id("cp-overdue-tasks")).getText())
          .contains("Kiểm tra thông tin, đánh giá ban đầu (Mẫu 02)");
      browser.screenshot("monitoring-02-qua-han-theo-co-quan");

      // the cases of the quarter: two received, one beyond the 12-hour limit, named by its number only
      browser.click(By.xpath("//ul[contains(@class,'cp-tabs')]//a[contains(., 'Hồ sơ trẻ em')]"));
      browser.visible(By.id("cp-case-stages"));
      // (other tests of this engine may have left cases of the quarter behind: count what the engine has)
      long received = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("CaseIntervention")
          .tenantIdIn("quang-ngai").startedAfter(at(2026, 4, 1, 0)).startedBefore(at(2026, 6, 22, 0)).count();
      assertThat(received).isGreaterThanOrEqualTo(2);
      assertThat(browser.driver.findElement(By.id("cp-case-count")).getText())
          .isEqualTo("Số hồ sơ tiếp nhận trong kỳ: " + received);
      String emergency = browser.driver.findElement(By.xpath("//table[@id='cp-case-stages']//tr[td[2]='12 giờ']"))
          .getText();
      assertThat(emergency).contains(slow.caseNumber()).doesNotContain(quick.caseNumber());
      assertThat(browser.bodyText()).doesNotContain(CHILD);
      browser.screenshot("monitoring-03-ho-so-tre-em");
    }

    // The server answers the same way, and to nobody else
    WebappSession manager = WebappSession.login(port, "cockpit", MANAGER, TestAccounts.STAFF_PASSWORD);
    for (String view : List.of("/directives", "/overdue", "/cases")) {
      var answer = manager.get(API + view);
      assertThat(answer.statusCode()).as(view).isEqualTo(200);
      assertThat(answer.body()).as(view).doesNotContain(CHILD, "Nội dung giả định", "0912");
    }
    var workbook = manager.get(API + "/directives/" + directive + "/reports/SixMonth/workbook");
    assertThat(workbook.statusCode()).isEqualTo(200);
    assertThat(workbook.headers().firstValue("Content-Disposition")).get().asString().contains(".xlsx");

    WebappSession laiChau = WebappSession.login(port, "cockpit", TestAccounts.manager("lai-chau-so-y-te"),
        TestAccounts.STAFF_PASSWORD);
    assertThat(laiChau.get(API + "/directives").body()).doesNotContain(NUMBER, directive);
    assertThat(laiChau.get(API + "/cases?from=2026-06-01&to=2026-06-30").body()).doesNotContain(slow.caseNumber())
        .contains("\"cases\":0");
    assertThat(laiChau.get(API + "/directives/" + directive + "/reports/SixMonth/workbook").statusCode())
        .isEqualTo(404);

    WebappSession officer = WebappSession.login(port, "tasklist", TestAccounts.officer("quang-ngai-so-y-te"),
        TestAccounts.STAFF_PASSWORD);
    var refused = officer.get(API + "/directives");
    assertThat(refused.statusCode()).isIn(401, 403);
  }

  private String rowOf(Browser browser, String unit) {
    return browser.driver.findElement(By.xpath("//section[@data-directive='" + NUMBER + "']//table//tr[td[2]='"
        + unit + "']")).getText();
  }

  private void givenADirectiveWithReportsOnTimeLateAndMissing() throws Exception {
    DirectiveTable table;
    try (InputStream in = new ClassPathResource("directives/Directive_QuangNgai_2026_BaoCaoTongHop.yaml")
        .getInputStream()) {
      table = DirectiveTable.read(in);
    }
    deploymentId = repositoryService.createDeployment().name("monitoring")
        .addString(table.processId() + ".bpmn", new DirectiveBpmnWriter(registry).write(table)).deploy().getId();
    ClockUtil.setCurrentTime(at(2026, 1, 2, 8));
    directive = runtimeService.startProcessInstanceByKey(table.processId(), Map.of(DirectiveProcess.YEAR.name(), 2026,
        DirectiveProcess.DIRECTIVE_NUMBER.name(), NUMBER)).getId();
    fireTimers(DirectiveProcess.EVENT_INPUT_REQUEST);
    submit("quang-ngai-so-y-te");
    submit("quang-ngai-cong-an-tinh");
    fireTimers(DirectiveProcess.reportDueEventOf("SixMonth"));
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 3_600_000L));
    submit("quang-ngai-so-gddt");
  }

  private void submit(String lead) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(NUMBER)
        .taskDefinitionKey(DirectiveProcess.TASK_SUBMIT_REPORT).taskCandidateGroup(lead).singleResult();
    taskService.complete(task.getId(), Map.of("progressNarrative", "Báo cáo giả định", "implementationStatus",
        "ongoing"));
  }

  private void fireTimers(String activityId) {
    DirectiveTimers.fire(runtimeService, managementService, directive, activityId);
  }

  private CaseIntake.Opened open(String reference) {
    CaseIntake.Opened opened = intake.open(new CaseReport(reference, CaseReport.IntakeSource.HOTLINE_111,
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), VIETNAM), "quang-ngai-tp-ubnd-p-chanh-lo",
        "bao_luc", false, true, new CaseReport.Child(CHILD, null, null), "Nội dung giả định",
        new CaseReport.Reporter("Người báo tin giả định", "0912345678")), "test");
    cases.add(opened.processInstanceId());
    return opened;
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(LocalDate.of(year, month, day).atTime(hour, 0).atZone(VIETNAM).toInstant());
  }
}
