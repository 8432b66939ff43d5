package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cpreferrals.casework.CaseIntake;
import vn.cpreferrals.casework.CaseReport;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/**
 * Starting a directive in the browser (the start form's own messages, a year already over) and what a provincial
 * manager sees in Cockpit's task dashboard and a case's called processes. Screenshots: target/screenshots/start-*.png.
 */
@EngineTest
class StartingWorkAndMonitoringBrowserTests {

  static final String STANDING = "quang-ngai-so-y-te";
  static final String NUMBER = "88/KH-UBND-KT";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CaseIntake intake;

  @Test
  void aDirectiveForAPastYearAsksHowToTreatItsPassedDeadlinesAndTheFormAnswersInVietnamese() throws Exception {
    try (Browser browser = Browser.open()) {
      CaseForms forms = new CaseForms(browser, port);
      forms.login(TestAccounts.officer(STANDING));
      browser.click(By.xpath("//a[contains(., 'Bắt đầu quy trình')]"));
      browser.click(By.xpath("//a[contains(., '65/KH-UBND')]"));
      browser.visible(By.cssSelector(".fjs-container"));

      // Starting without the required fields: the form says what is missing, in Vietnamese.
      browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
      forms.fill("Năm thực hiện", "2101");
      browser.waitForText("Giá trị lớn nhất là 2100.");
      browser.waitForText("Vui lòng nhập mục này.");
      assertThat(browser.bodyText()).doesNotContain("Field is required", "Field must", "Select");
      browser.screenshot("start-01-thong-bao-kiem-tra");

      // A year still running asks nothing; a year over asks how its passed deadlines are treated.
      forms.fill("Năm thực hiện", "2026");
      assertThat(browser.driver.findElements(By.xpath("//label[starts-with(normalize-space(.), 'Các hạn đã qua')]")))
          .isEmpty();
      forms.fill("Năm thực hiện", "2025");
      browser.waitForText("Các hạn đã qua");
      forms.fill("Số văn bản", NUMBER);
      forms.date("Ngày ban hành", "31/03/2025");
      forms.choose("Các hạn đã qua", "Bắt đầu từ hôm nay: việc đã quá hạn không nhắc, không chuyển cấp");
      forms.assertClean();
      browser.screenshot("start-02-nam-da-qua");
      browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
      try {
        browser.wait.until(d -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(NUMBER)
            .rootProcessInstances().count() == 1);
      } catch (org.openqa.selenium.TimeoutException e) {
        browser.screenshot("start-02-loi");
        throw new AssertionError("Started: " + runtimeService.createProcessInstanceQuery()
            .processDefinitionKey("Directive_QuangNgai_2025_KH65").list().stream()
            .map(pi -> pi.getBusinessKey() + " " + runtimeService.getVariables(pi.getId())).toList(), e);
      }
      forms.logout();

      // A lead agency tells its tasks apart by directive number and agency on the card.
      ProcessInstance directive = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(NUMBER)
          .rootProcessInstances().singleResult();
      assertThat(runtimeService.getVariable(directive.getId(), "pastDeadlines")).isEqualTo("fromToday");
      var plan = taskService.createTaskQuery().taskNameLike("Xây dựng kế hoạch thực hiện%")
          .taskCandidateGroup("quang-ngai-cong-an-tinh").processVariableValueEquals("directiveNumber", NUMBER).list();
      assertThat(plan).isNotEmpty();
      forms.login(TestAccounts.officer("quang-ngai-cong-an-tinh"));
      browser.click(By.xpath("//a[contains(., 'Việc chưa nhận của cơ quan')]"));
      browser.waitForText(NUMBER);
      assertThat(browser.bodyText()).contains("Số văn bản:", "Cơ quan:", "Công an tỉnh Quảng Ngãi");
      browser.screenshot("start-03-the-cong-viec-co-so-van-ban");
    } finally {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(NUMBER).rootProcessInstances().list()
          .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
    }
  }

  @Test
  void aManagerSeesTheOpenTasksOfTheProvinceByGroupAndACasesCalledProcessesInVietnamese() throws Exception {
    String own = open("quang-ngai-tp-ubnd-p-chanh-lo", "KT-QN-" + System.nanoTime());
    String other = open("lai-chau-tp-ubnd-p-tan-phong", "KT-LC-" + System.nanoTime());
    try (Browser browser = Browser.open()) {
      String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/#";
      browser.go(cockpit + "/tasks");
      browser.login(TestAccounts.manager(STANDING), TestAccounts.STAFF_PASSWORD);
      browser.waitForText("Phân công theo nhóm");
      browser.wait.until(d -> d.findElement(By.id("task-group-counts")).getText()
          .contains("Ủy ban nhân dân phường Chánh Lộ"));
      assertThat(browser.bodyText()).doesNotContain("Không lấy được", "permission", "Tân Phong");
      browser.screenshot("start-04-cockpit-cong-viec-theo-nhom");

      // Verified as life-threatening, the case calls the quick report to the standing agency.
      String caseInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(own)
          .processDefinitionKey("CaseIntervention").singleResult().getId();
      taskService.complete(taskService.createTaskQuery().processInstanceId(caseInstance)
          .taskDefinitionKey("Task_VerifyAndAssess").singleResult().getId(), java.util.Map.of("verified", true,
              "harmType", "bao_luc", "lifeThreatening", true, "perpetratorHasAccess", true,
              "initialAssessment", "Đánh giá giả định"));
      browser.go(cockpit + "/process-instance/" + caseInstance + "/runtime?tab=called-process-instances-tab");
      browser.wait.until(d -> d.findElements(By.cssSelector("th.state")).stream()
          .anyMatch(th -> "Trạng thái".equals(th.getText().trim())));
      assertThat(browser.bodyText()).doesNotContainPattern("\\bState\\b");
      browser.screenshot("start-05-cockpit-tien-trinh-duoc-goi");
    } finally {
      for (String number : new String[] {own, other}) {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).rootProcessInstances().list()
            .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
      }
    }
  }

  /** A case whose report is life-threatening: the commune has unassigned work and a quick report is called. */
  private String open(String commune, String reference) {
    return intake.open(new CaseReport(reference, CaseReport.IntakeSource.HOTLINE_111,
        java.time.OffsetDateTime.now().minusHours(1), commune, "bao_luc", true, true,
        new CaseReport.Child("Trẻ giả định", null, null), "Nội dung giả định", null), "test").caseNumber();
  }
}
