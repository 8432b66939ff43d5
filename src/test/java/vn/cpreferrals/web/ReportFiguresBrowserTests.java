package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.directive.DirectiveProcess;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.support.DirectiveTimers;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;
import vn.cpreferrals.support.TestDirectives;

/**
 * A lead agency reports the figures its directive asks for in Tasklist, row by row beside each target, and the
 * standing agency reads target against actual on its consolidation task. Screenshots: target/screenshots/chi-tieu-*.png.
 */
@EngineTest
class ReportFiguresBrowserTests {

  static final String NUMBER = "779/KH-UBND";

  @LocalServerPort int port;
  @Autowired AgencyRegistry registry;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void aLeadReportsItsIndicatorsInTasklistAndTheStandingAgencyReadsThemAgainstTheTargets() throws Exception {
    DirectiveTable table = TestDirectives.table("Directive_QuangNgai_2026_BaoCaoTongHop");
    String deployment = TestDirectives.deploy(repositoryService, registry, table, "report-figures-browser", true);
    try (Browser browser = Browser.open()) {
      ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2026, 1, 2).atTime(8, 0)
          .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
      String directive = runtimeService.startProcessInstanceByKey(table.processId(), Map.of(
          DirectiveProcess.YEAR.name(), 2026, DirectiveProcess.DIRECTIVE_NUMBER.name(), NUMBER)).getId();
      DirectiveTimers.fire(runtimeService, managementService, directive, DirectiveProcess.EVENT_INPUT_REQUEST);
      ClockUtil.reset();

      // given Sở Y tế's six-month report, which asks for two figures
      CaseForms forms = new CaseForms(browser, port);
      forms.login(TestAccounts.officer("quang-ngai-so-y-te"));
      forms.take(NUMBER, "Báo cáo 6 tháng – Mục 1");
      String group = browser.visible(By.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), "
          + "' fjs-form-field-group ')][contains(., 'Chỉ tiêu của kế hoạch')]")).getText();
      assertThat(group).contains("Chỉ tiêu 1: Tỷ lệ trẻ em bị xâm hại được can thiệp, hỗ trợ (%)",
          "Mục tiêu: ≥ 90% (đến năm 2026).", "Chỉ tiêu 2: Số trẻ em bị xâm hại được phát hiện (trẻ em)",
          "Mục tiêu: không giao mục tiêu.").doesNotContain("Chỉ tiêu 3", "{{");

      // when the officer fills in the report with the figures, a decimal typed the Vietnamese way
      forms.fill("Tình hình, kết quả thực hiện", "Đã tổ chức truyền thông tại 5 xã (giả định)");
      forms.select("Mức độ thực hiện", "Đang thực hiện");
      forms.fill("Số hoạt động đã tổ chức", "5");
      // Tasklist's number field takes the comma and shows the decimal point
      org.openqa.selenium.WebElement rate = browser.visible(By.xpath("//label[starts-with(normalize-space(.), "
          + "'Chỉ tiêu 1:')]/following::input[1]"));
      rate.sendKeys("87,5");
      assertThat(rate.getAttribute("value")).isEqualTo("87.5");
      browser.visible(By.xpath("//label[starts-with(normalize-space(.), 'Chỉ tiêu 2:')]/following::input[1]"))
          .sendKeys("12");
      forms.finish("chi-tieu-01-bao-cao-so-lieu");

      // then the directive keeps the figures for the consolidation
      assertThat(runtimeService.getVariable(directive, DirectiveProcess.reportFiguresOf("SixMonth", 1))).asString()
          .contains("CanThiep=87.5", "TreEmBiXamHai=12");

      // and at the deadline the standing agency reads each target against what was reported
      DirectiveTimers.fire(runtimeService, managementService, directive, DirectiveProcess.reportDueEventOf("SixMonth"));
      forms.open("Việc chưa nhận của cơ quan", NUMBER, "Tổng hợp Báo cáo 6 tháng");
      String shown = forms.shown("Chỉ tiêu: kết quả thực hiện so với mục tiêu");
      assertThat(shown).contains("Mục 1 – Tỷ lệ trẻ em bị xâm hại được can thiệp, hỗ trợ: thực hiện 87,5%; "
          + "mục tiêu ≥ 90% (đến năm 2026) → chưa đạt.", "Mục 1 – Số trẻ em bị xâm hại được phát hiện: thực hiện 12 "
          + "trẻ em.", "Mục 2 – Tỷ lệ trường học đạt tiêu chí an toàn: chưa có số liệu");
      forms.assertClean();
      browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.xpath(
          "//label[starts-with(normalize-space(.), 'Chỉ tiêu: kết quả')]")));
      browser.screenshot("chi-tieu-02-tong-hop-so-voi-muc-tieu");
    } finally {
      ClockUtil.reset();
      repositoryService.deleteDeployment(deployment, true, true, true);
    }
  }

}
