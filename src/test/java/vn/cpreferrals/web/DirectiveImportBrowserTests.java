package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cpreferrals.directive.importer.DirectiveImportProcess;
import vn.cpreferrals.directive.importer.UnseenDirective;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/**
 * A directive no rule or test was written from (a DOCX plan whose tasks are rows of a table) goes from its file to
 * routed work in the browser: Sở Y tế's officer uploads it in Tasklist, reads what the importer was unsure of, is told
 * in Vietnamese what is still missing, corrects the table, its leader approves, and the new directive is started and
 * reaches Công an tỉnh. Screenshots: target/screenshots/nhap-van-ban-*.png.
 */
@EngineTest
class DirectiveImportBrowserTests {

  static final String SO_Y_TE = "quang-ngai-so-y-te";
  static final String PROCESS_KEY = "Directive_QuangNgai_2026_KH214";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;

  @AfterEach
  void removeTheImportAndTheDeployedDirective() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(DirectiveImportProcess.KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
    repositoryService.createDeploymentQuery().deploymentName(PROCESS_KEY).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void anUnseenPlanIsUploadedReviewedApprovedAndStartedInTasklistAndItsTasksReachTheLeadAgencies() throws Exception {
    Path file = Path.of("target", "unseen", UnseenDirective.FILE_NAME).toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.write(file, UnseenDirective.docx());

    try (Browser browser = Browser.open()) {
      CaseForms forms = new CaseForms(browser, port);
      // given Sở Y tế's officer, who uploads the plan from Tasklist's start list
      forms.login(TestAccounts.officer(SO_Y_TE));
      browser.click(By.xpath("//a[contains(., 'Bắt đầu quy trình')]"));
      browser.click(By.xpath("//a[contains(., 'Nhập văn bản chỉ đạo mới')]"));
      browser.waitForText("Tệp văn bản (.docx, .pdf có lớp chữ hoặc .txt; tối đa 10 MB)");
      WebElement upload = browser.driver.findElement(By.cssSelector("input[type=file][cam-variable-name=directiveFile]"));
      upload.sendKeys(file.toString());
      browser.screenshot("nhap-van-ban-01-tai-len");
      browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
      browser.wait.until(d -> runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(DirectiveImportProcess.KEY).count() == 1);

      // when the officer opens the review, the importer's doubts are listed in Vietnamese
      forms.take("Rà soát bảng nhiệm vụ", "Rà soát bảng nhiệm vụ");
      browser.waitForText("Những điểm hệ thống chưa chắc chắn");
      String page = browser.bodyText();
      assertThat(page).contains("Không tìm thấy cơ quan '" + UnseenDirective.UNKNOWN_BODY + "'",
          "Không tìm thấy hạn báo cáo", "Không xác định được cơ quan thường trực",
          "Thời gian thực hiện '" + UnseenDirective.AMBIGUOUS_TIMING + "' không rõ");
      String proposed = forms.shown("Bảng nhiệm vụ (sửa trực tiếp)");
      assertThat(proposed).contains("Mục II.2: Tiếp nhận, xác minh", "Chủ trì: Công an tỉnh Quảng Ngãi");
      browser.screenshot("nhap-van-ban-02-ra-soat");

      // and sending it as proposed is refused with the lines to fix; nothing is lost
      forms.choose("Xử lý", "Gửi lãnh đạo phê duyệt");
      forms.dismissNotices();
      browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
      browser.waitForText("chưa ghi Cơ quan thường trực");
      assertThat(browser.bodyText()).contains("Chưa có dòng 'Báo cáo: …' nào")
          .doesNotContain("ENGINE-", "TaskListener", "Cannot submit");
      browser.screenshot("nhap-van-ban-03-con-thieu");
      assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_ReviewTable").count()).isOne();

      // then with the standing agency, the annual report and item II.4's timing filled in, it goes to the leader
      WebElement table = browser.visible(By.xpath("//label[starts-with(normalize-space(.), 'Bảng nhiệm vụ')]"
          + "/following::textarea[1]"));
      String corrected = UnseenDirective.corrected(table.getAttribute("value"));
      table.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.driver.executeScript("arguments[0].focus();", table);
      table.sendKeys(corrected);
      forms.dismissNotices();
      forms.complete();
      forms.logout();

      forms.login(TestAccounts.manager(SO_Y_TE));
      forms.take("Phê duyệt triển khai", "Phê duyệt triển khai");
      browser.waitForText("Số chỗ đã sửa so với đề xuất của hệ thống: 3.");
      assertThat(browser.bodyText()).contains("Mục II.3", "chủ trì: Sở Y tế tỉnh Quảng Ngãi",
          "Báo cáo năm (hạn 15/11, tổng hợp 25/11)", "Mục II.4");
      forms.choose("Quyết định", "Phê duyệt và triển khai");
      forms.assertClean();
      browser.screenshot("nhap-van-ban-04-phe-duyet");
      forms.complete();

      // and the leader starts the new directive at once, from the same start list
      browser.click(By.xpath("//a[contains(., 'Bắt đầu quy trình')]"));
      browser.click(By.xpath("//a[contains(., 'Bảo vệ trẻ em trên môi trường mạng năm 2027')]"));
      browser.visible(By.cssSelector(".fjs-container"));
      forms.fillAndKeep("Năm thực hiện", "2027");
      forms.fillAndKeep("Số văn bản", UnseenDirective.NUMBER);
      forms.date("Ngày ban hành", "12/10/2026");
      browser.screenshot("nhap-van-ban-05-bat-dau");
      browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
      browser.wait.until(d -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(UnseenDirective.NUMBER).count() == 1);
      forms.logout();

      // and Công an tỉnh finds its own assignment among its agency's work
      ProcessInstance directive = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .singleResult();
      assertThat(directive.getTenantId()).isEqualTo("quang-ngai");
      forms.login(TestAccounts.officer("quang-ngai-cong-an-tinh"));
      browser.click(By.xpath("//a[contains(., 'Việc chưa nhận của cơ quan')]"));
      browser.waitForText(UnseenDirective.NUMBER);
      assertThat(browser.bodyText()).contains("Xây dựng kế hoạch thực hiện");
      browser.screenshot("nhap-van-ban-06-cong-an-nhan-viec");
    }
  }
}
