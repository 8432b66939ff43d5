package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.cpreferrals.support.EngineTest;

import vn.cpreferrals.support.TestAccounts;

/**
 * The staff journey in a real browser: an officer starts work with a Camunda Form in the Vietnamese Tasklist, the
 * leader of the province sees it in Cockpit, and an officer of the agency it was sent to completes it through its form.
 * Screenshots of every step go to target/screenshots/.
 */
@EngineTest
class TasklistEndToEndBrowserTests {

  static final String PASSWORD = TestAccounts.STAFF_PASSWORD;
  static final String REQUESTER = "quang-ngai-so-y-te-officer";
  static final String HANDLER = "quang-ngai-cong-an-tinh-officer";
  static final String MANAGER = "quang-ngai-so-y-te-manager";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @Test
  void officerStartsWorkAnotherAgencyCompletesItAndTheManagerSeesItInCockpit() throws Exception {
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    String subject = "Phối hợp xác minh tin báo (kiểm thử)";
    Task task;

    try (Browser browser = Browser.open()) {
      // An officer of Sở Y tế logs in and sees the Vietnamese Tasklist with the shared filters.
      browser.go(tasklist);
      browser.waitForText("Đăng nhập");
      browser.screenshot("01-dang-nhap");
      browser.login(REQUESTER, PASSWORD);
      browser.waitForText("Việc chưa nhận của cơ quan");
      assertThat(browser.bodyText()).contains("Việc của tôi", "Quá hạn", "Bắt đầu quy trình",
          "Cán bộ Sở Y tế Quảng Ngãi").doesNotContain("Start process", "Create task", "Keyboard Shortcuts");
      browser.screenshot("02-tasklist-can-bo-so-y-te");

      // … starts the work with its Camunda start form, sending it to Công an tỉnh.
      browser.click(By.xpath("//a[contains(., 'Bắt đầu quy trình')]"));
      browser.click(By.xpath("//a[contains(., 'Việc giao cho cơ quan (kiểm thử)')]"));
      browser.click(By.xpath("//label[contains(., 'Công an tỉnh Quảng Ngãi')]"));
      browser.type(By.xpath("//label[contains(., 'Nội dung việc')]/following::input[1]"), subject);
      browser.screenshot("03-bieu-mau-bat-dau");
      browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
      browser.wait.until(d -> runtimeService.createProcessInstanceQuery().processDefinitionKey("AgencyTaskFixture")
          .variableValueEquals("subject", subject).count() == 1);
      task = taskService.createTaskQuery().processVariableValueEquals("subject", subject).singleResult();
      assertThat(task.getTenantId()).isEqualTo("quang-ngai");
      browser.screenshot("04-da-bat-dau");
      logout(browser);

      // The leader of Sở Y tế sees the running instance of the province in Cockpit.
      browser.go("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
          + task.getProcessInstanceId() + "/runtime");
      browser.login(MANAGER, PASSWORD);
      browser.waitForText(task.getProcessInstanceId());
      browser.waitForText("Việc giao cho cơ quan (kiểm thử)");
      browser.screenshot("05-cockpit-lanh-dao");
      assertThat(browser.bodyText()).contains("Bảng điều khiển", "Biến", "Sự cố")
          .doesNotContain("Dashboard", "Variables", "Incidents")
          .doesNotContainPattern("[A-Z]{2,}_[A-Z0-9_]{2,}"); // no untranslated label key
      logout(browser);

      // An officer of Công an tỉnh finds it among the agency's unclaimed work and completes it through its form.
      browser.go(tasklist);
      browser.login(HANDLER, PASSWORD);
      browser.click(By.xpath("//a[contains(., 'Việc chưa nhận của cơ quan')]"));
      browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Xử lý việc được giao')]"));
      browser.waitForText("Công an tỉnh Quảng Ngãi");
      browser.screenshot("06-cong-viec-cua-cong-an");
      browser.click(By.cssSelector("button.claim"));
      browser.type(By.xpath("//label[contains(., 'Kết quả xử lý')]/following::textarea[1]"),
          "Đã phối hợp xác minh (kiểm thử)");
      browser.screenshot("07-bieu-mau-xu-ly");
      browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
      browser.wait.until(d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
      browser.screenshot("08-da-hoan-thanh");
    }

    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo(HANDLER);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .variableName("result").singleResult().getValue()).isEqualTo("Đã phối hợp xác minh (kiểm thử)");
  }

  @Test
  void administratorWorksInAVietnameseAdmin() throws Exception {
    try (Browser browser = Browser.open("en-US")) {
      browser.go("http://localhost:" + port + "/camunda/app/admin/default/#/users");
      browser.login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
      browser.waitForText("Danh sách người dùng");
      browser.screenshot("10-quan-tri-nguoi-dung");

      assertThat(browser.bodyText()).contains("Người dùng", "Nhóm", "Phân quyền")
          .doesNotContain("List of Users", "Authorizations")
          .doesNotContainPattern("[A-Z]{2,}_[A-Z0-9_]{2,}");
    }
  }

  @Test
  void englishBrowserStillGetsVietnameseAndOperatorsMaySwitchToEnglish() throws Exception {
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    try (Browser browser = Browser.open("en-US")) {
      browser.go(tasklist);
      browser.waitForText("Ngày giờ hiển thị theo múi giờ");
      browser.screenshot("09-trinh-duyet-tieng-anh");
      assertThat(browser.bodyText()).contains("Đăng nhập").doesNotContain("Log in", "Date and Time");

      browser.go(tasklist + "?lang=en");
      browser.waitForText("Date and Time displayed");
      browser.go(tasklist + "?lang=vi");
      browser.waitForText("Ngày giờ hiển thị theo múi giờ");
    }
  }

  @Test
  void officerWhoTookAReportFindsTheReceiptWithTheCaseNumberAndClosesIt() throws Exception {
    String reference = "THCS-" + System.nanoTime();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> form = Map.of("variables", Map.of(
        "source", Map.of("value", "SCHOOL"), "externalReference", Map.of("value", reference),
        "receivedAtText", Map.of("value", "2026-11-30T12:40"),
        "communeAgency", Map.of("value", "quang-ngai-tp-ubnd-p-chanh-lo"), "harmType", Map.of("value", "bao_luc"),
        "lifeThreatening", Map.of("value", false), "perpetratorHasAccess", Map.of("value", false),
        "caseSummary", Map.of("value", "Nội dung giả định")));
    assertThat(rest.withBasicAuth(HANDLER, PASSWORD).exchange(
        "/engine-rest/process-definition/key/CaseReportIntake/submit-form", HttpMethod.POST,
        new HttpEntity<>(form, json), String.class).getStatusCode().value()).isEqualTo(200);
    String caseNumber = runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention")
        .variableValueEquals("externalReference", reference).singleResult().getBusinessKey();
    Task receipt = taskService.createTaskQuery().processDefinitionKey("CaseReportIntake").taskAssignee(HANDLER)
        .processVariableValueEquals("caseNumber", caseNumber).singleResult();

    try (Browser browser = Browser.open()) {
      browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/");
      browser.login(HANDLER, PASSWORD);
      browser.click(By.xpath("//a[contains(., 'Việc của tôi')]"));
      browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., '" + caseNumber + "')]"));
      assertThat(browser.value(By.xpath("//label[contains(., 'Số hồ sơ')]/following::input[1]")))
          .isEqualTo(caseNumber);
      assertThat(browser.value(By.xpath("//label[contains(., 'Chuyển đến')]/following::input[1]")))
          .isEqualTo("Ủy ban nhân dân phường Chánh Lộ, thành phố Quảng Ngãi");
      assertThat(browser.value(By.xpath("//label[contains(., 'Thời điểm nhận thông tin')]/following::input[1]")))
          .isEqualTo("30/11/2026 12:40");
      browser.screenshot("11-bien-nhan-tin-bao");
      // The receipt's read-only fields go back unchanged with the completion: the server accepts them.
      browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
      browser.wait.until(d -> taskService.createTaskQuery().taskId(receipt.getId()).count() == 0);
      browser.screenshot("12-da-nhan-bien-nhan");
    } finally {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).rootProcessInstances().list()
          .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
    }
  }

  private static void logout(Browser browser) {
    browser.driver.manage().deleteAllCookies();
  }
}
