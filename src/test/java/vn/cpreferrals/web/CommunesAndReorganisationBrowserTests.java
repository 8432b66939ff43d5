package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.casework.CaseIntake;
import vn.cpreferrals.casework.CaseReport;
import vn.cpreferrals.directive.DirectiveProcess;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.reorganisation.Reorganisation;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;
import vn.cpreferrals.support.TestDirectives;

/**
 * Real units in the browser: the standing agency reads which communes of a commune-wide directive have not reported,
 * and Gia Lai's leadership finds in Cockpit a case of a former Bình Định ward once the administrator has moved it.
 * Screenshots: target/screenshots/units-*.png.
 */
@EngineTest
class CommunesAndReorganisationBrowserTests {

  static final String NUMBER = "779/KH-UBND";

  @LocalServerPort int port;
  @Autowired AgencyRegistry registry;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CaseIntake intake;
  @Autowired Reorganisation reorganisation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theStandingAgencyReadsInTasklistWhichCommunesHaveNotReported() throws Exception {
    DirectiveTable table = TestDirectives.table("Directive_QuangNgai_2026_DuoiNuocTheoXa");
    String deployment = TestDirectives.deploy(repositoryService, registry, table, "units-browser", true);
    try (Browser browser = Browser.open()) {
      ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2026, 3, 2).atTime(8, 0)
          .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
      String directive = runtimeService.startProcessInstanceByKey(table.processId(), Map.of("year", 2026,
          "directiveNumber", NUMBER, "issuedOn", "2026-03-02")).getId();
      managementService.createJobQuery().processInstanceId(directive).messages().list()
          .forEach(job -> managementService.executeJob(job.getId()));
      fire("Event_InputRequestDue");
      String camThanh = "quang-ngai-ubnd-21025";
      taskService.createTaskQuery().processInstanceBusinessKey(NUMBER).taskDefinitionKey("Task_SubmitReport")
          .taskCandidateGroup(camThanh).list().forEach(t -> taskService.complete(t.getId()));
      fire(DirectiveProcess.reportDueEventOf("Summer"));
      ClockUtil.reset();

      CaseForms forms = new CaseForms(browser, port);
      forms.login(TestAccounts.officer("quang-ngai-so-y-te"));
      forms.open("Việc chưa nhận của cơ quan", NUMBER, "Tổng hợp Báo cáo kết quả dịp hè");
      String summary = forms.shown("Tình trạng báo cáo của các mục");
      assertThat(summary).contains("Mục 1 (96 đơn vị): đúng hạn 1; trễ hạn 0; chưa báo cáo 95.", "Chưa báo cáo: UBND",
          "Mục 2 – Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi: chưa báo cáo")
          .doesNotContain(registry.agency(camThanh).orElseThrow().shortName() + ",");
      forms.assertClean();
      browser.screenshot("units-01-tong-hop-theo-xa");

      // The period's workbook downloads from the task, with Tasklist's own login.
      org.openqa.selenium.WebElement workbook = browser.visible(By.linkText("Bảng tổng hợp (XLSX)"));
      assertThat(workbook.getAttribute("href")).endsWith("/camunda/api/tasklist/plugin/cpReports/default/directives/"
          + directive + "/reports/Summer/workbook");
      assertThat(browser.driver.findElement(By.partialLinkText("Dự thảo báo cáo")).getAttribute("href"))
          .endsWith("/reports/Summer/document");
      Object answer = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
          + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
          + " + r.headers.get('content-type')));", workbook.getAttribute("href"));
      assertThat(answer).asString().startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml");
      browser.driver.executeScript("arguments[0].scrollIntoView()", workbook);
      browser.screenshot("units-04-tai-bao-cao-tu-cong-viec");
    } finally {
      ClockUtil.reset();
      repositoryService.deleteDeployment(deployment, true, true, true);
    }
  }

  @Test
  void giaLaisLeadershipFindsAMovedBinhDinhCaseInCockpit() throws Exception {
    CaseIntake.Opened opened = intake.open(new CaseReport("UNITS-BD-" + System.nanoTime(),
        CaseReport.IntakeSource.HOTLINE_111, OffsetDateTime.now().minusHours(1), "binh-dinh-quy-nhon-ubnd-p-nhon-binh",
        "bao_luc", false, true, new CaseReport.Child("Trẻ giả định", null, null), "Nội dung giả định", null), "test");
    Reorganisation.Result applied = null;
    try (Browser browser = Browser.open()) {
      String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/#";
      String page = cockpit + "/process-instance/" + opened.processInstanceId() + "/runtime";
      browser.go(page);
      browser.login(TestAccounts.manager("gia-lai-ubnd-21601"), TestAccounts.STAFF_PASSWORD);
      browser.waitForText("Không có tiến trình đang chạy nào có ID " + opened.processInstanceId());
      assertThat(browser.bodyText()).doesNotContain(opened.caseNumber());
      browser.screenshot("units-02-truoc-khi-chuyen-giao");

      applied = reorganisation.apply(LocalDate.of(2025, 7, 1), TestAccounts.ADMIN, List.of("camunda-admin"));

      browser.go(cockpit + "/processes");
      browser.go(page);
      browser.waitForText(opened.caseNumber());
      browser.waitForText("Kiểm tra thông tin, đánh giá ban đầu (Mẫu 02)");
      // Counts and numbers only: the child's name is not on the instance page (tenant ids are hidden from staff).
      assertThat(browser.bodyText()).doesNotContain("Trẻ giả định", "Nội dung giả định");
      browser.screenshot("units-03-sau-khi-chuyen-giao");
    } finally {
      jdbc.update("DELETE FROM cp_reorganisation");
      if (applied != null) {
        for (Reorganisation.Move m : applied.moves()) {
          if (m.kind() == Reorganisation.Kind.MEMBERSHIP) {
            identityService.deleteMembership(m.subject(), m.to());
            identityService.createMembership(m.subject(), m.from());
          }
        }
      }
      runtimeService.deleteProcessInstanceIfExists(opened.processInstanceId(), "test cleanup", true, true, true, false);
    }
  }

  private void fire(String activityId) {
    for (Job job : managementService.createJobQuery().timers().activityId(activityId).list()) {
      String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
          .singleResult().getBusinessKey();
      if (NUMBER.equals(businessKey)) {
        if (ClockUtil.getCurrentTime().before(job.getDuedate())) {
          ClockUtil.setCurrentTime(job.getDuedate());
        }
        managementService.executeJob(job.getId());
      }
    }
  }
}
