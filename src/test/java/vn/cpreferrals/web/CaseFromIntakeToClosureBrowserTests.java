package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/**
 * One report of a child in danger, from intake to closure, worked only in the browser by everyone it reaches: the
 * commune officer, the commune chairman, the provincial standing agency (quick report), a provider that declines,
 * the provider it is re-routed to, and the police. Each form must show the case's facts, no raw code, no English.
 * Screenshots go to target/screenshots/case-*.png.
 */
@EngineTest
class CaseFromIntakeToClosureBrowserTests {

  static final String COMMUNE = "quang-ngai-tp-ubnd-p-chanh-lo";
  static final String OFFICER = TestAccounts.officer(COMMUNE);
  static final String CHAIRMAN = TestAccounts.manager(COMMUNE);
  static final String DECLINING = TestAccounts.officer("quang-ngai-so-y-te");
  static final String REROUTED = TestAccounts.officer("quang-ngai-so-gddt");
  static final String POLICE = TestAccounts.officer("quang-ngai-cong-an-tinh");
  static final String CHILD = "Trần Thị Thử Nghiệm";
  static final String SUMMARY = "Trẻ bị đánh nhiều lần tại nhà (tình huống giả định để kiểm thử)";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Codes that must never reach a screen: snake_case values, upper-case enum names, agency ids. */
  static final Pattern RAW = Pattern.compile(
      "\\b[a-z]{2,}_[a-z_]{2,}\\b|\\b[A-Z]{3,}_[A-Z0-9_]+\\b|\\bquang-ngai-[a-z-]+\\b|\\b(true|false)\\b");
  static final List<String> ENGLISH = List.of("Field is required", "Field must", "Select", "Search", "Submit",
      "Complete", "Save", "Claim", "Cancel", "State", "Task", "Form");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void aChildInDangerIsTakenFromIntakeToClosureOnlyThroughTheBrowser() throws Exception {
    LocalDateTime received = LocalDateTime.now(VIETNAM).minusHours(1).withSecond(0).withNano(0);
    String reference = "KT-" + System.nanoTime();
    String caseNumber;

    try (Browser browser = Browser.open(); CaseForms forms = new CaseForms(browser, port)) {
      // 1. The commune officer takes the report with the intake form.
      forms.login(OFFICER);
      browser.click(By.xpath("//a[contains(., 'Bắt đầu quy trình')]"));
      browser.click(By.xpath("//a[contains(., 'Tiếp nhận thông tin trẻ em bị xâm hại')]"));
      forms.select("Nơi tiếp nhận thông tin", "Tổng đài 111");
      forms.fill("Số phiếu", reference);
      forms.date("Ngày", received.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      forms.time("Giờ", received.format(DateTimeFormatter.ofPattern("HH:mm")));
      // Every commune of today's provinces is offered; typing finds a ward of the former Bình Định, now in Gia Lai.
      assertThat(forms.search("Xã/phường nơi xảy ra vụ việc", "Quy Nhơn Bắc"))
          .containsExactly("Ủy ban nhân dân phường Quy Nhơn Bắc, tỉnh Gia Lai");
      browser.screenshot("case-01a-tim-xa-phuong");
      forms.select("Xã/phường nơi xảy ra vụ việc", "Chánh Lộ");
      forms.select("Hình thức xâm hại", "Bạo lực");
      forms.check("Tính mạng, sức khỏe của trẻ bị đe dọa nghiêm trọng");
      forms.check("Người gây hại vẫn có thể tiếp cận trẻ");
      forms.fill("Họ tên trẻ em", CHILD);
      forms.fill("Nội dung vụ việc", SUMMARY);
      forms.assertClean();
      browser.screenshot("case-01-tiep-nhan");
      browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
      browser.wait.until(d -> runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention")
          .variableValueEquals("externalReference", reference).count() == 1);
      caseNumber = runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention")
          .variableValueEquals("externalReference", reference).singleResult().getBusinessKey();

      // … and finds the receipt with the case number among their own tasks, the minute as typed.
      forms.open("Việc của tôi", caseNumber, "Biên nhận tin báo");
      assertThat(forms.shown("Số hồ sơ")).isEqualTo(caseNumber);
      assertThat(forms.shown("Thời điểm nhận thông tin"))
          .isEqualTo(received.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
      browser.screenshot("case-02-bien-nhan");
      forms.complete();

      // 2. The commune verifies with the report in front of it (Mẫu 02).
      forms.take(caseNumber, "Kiểm tra thông tin");
      assertThat(forms.shown("Trẻ em")).isEqualTo(CHILD);
      assertThat(forms.shown("Nội dung vụ việc")).isEqualTo(SUMMARY);
      assertThat(forms.shown("Nguồn tin")).isEqualTo("Tổng đài 111");
      assertThat(forms.shown("Thời điểm tiếp nhận")).isEqualTo(
          received.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
      forms.choose("Thông tin được xác thực", "Có");
      forms.choose("Hình thức xâm hại", "Bạo lực");
      forms.choose("Tính mạng, sức khỏe", "Có");
      forms.choose("Người gây hại vẫn có thể tiếp cận trẻ", "Có");
      forms.fill("Đánh giá ban đầu", "Trẻ có vết bầm, cần bảo vệ ngay (giả định)");
      forms.finish("case-03-xac-minh");
      forms.logout();

      // 3. The chairman decides the emergency measures with the same facts (Mẫu 07).
      forms.login(CHAIRMAN);
      forms.take(caseNumber, "Quyết định can thiệp khẩn cấp");
      assertThat(forms.shown("Trẻ em")).isEqualTo(CHILD);
      assertThat(forms.shown("Nội dung vụ việc")).isEqualTo(SUMMARY);
      assertThat(forms.shown("Hình thức xâm hại")).isEqualTo("Bạo lực");
      forms.choose("Biện pháp áp dụng", "Can thiệp khẩn cấp");
      forms.fill("Nơi tạm trú an toàn", "Tạm ở nhà bà ngoại, có cán bộ theo dõi (giả định)");
      forms.finish("case-04-chu-tich-khan-cap");
      forms.logout();

      // 4. The province's standing agency receives the quick report: case number, commune, urgency, no child.
      String standing = (String) runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseQuickReport")
          .variableValueEquals("caseNumber", caseNumber).list().stream()
          .map(pi -> runtimeService.getVariable(pi.getId(), "quickReportAgency")).findFirst().orElseThrow();
      forms.login(TestAccounts.officer(standing));
      forms.take(caseNumber, "Tiếp nhận báo cáo nhanh");
      assertThat(forms.shown("Hình thức xâm hại")).isEqualTo("Bạo lực");
      assertThat(browser.driver.getPageSource()).doesNotContain(CHILD).doesNotContain("đánh nhiều lần");
      forms.fill("Ý kiến chỉ đạo", "Đề nghị UBND phường báo cáo tiến độ (giả định)");
      forms.finish("case-05-bao-cao-nhanh");
      forms.logout();

      // 5. The commune assesses (Mẫu 03) and drafts the plan with two referrals (Mẫu 04).
      forms.login(OFFICER);
      forms.take(caseNumber, "Đánh giá chi tiết");
      forms.fill("Báo cáo đánh giá chi tiết", "Cần bảo vệ an toàn và hỗ trợ tâm lý (giả định)");
      forms.fill("Biên bản họp", "Họp ngày hôm nay (giả định)");
      forms.assertClean();
      forms.complete();
      forms.take(caseNumber, "Xây dựng kế hoạch");
      forms.choose("Chuyển tuyến đến các dịch vụ", "Công an: điều tra, bảo vệ an toàn cho trẻ");
      forms.choose("Chuyển tuyến đến các dịch vụ", "Hỗ trợ tâm lý");
      forms.fill("Kế hoạch hỗ trợ", "Bảo vệ an toàn, hỗ trợ tâm lý trong 30 ngày (giả định)");
      forms.finish("case-06-ke-hoach");
      forms.logout();

      // 6. The chairman approves with the chosen referrals named (Mẫu 05).
      forms.login(CHAIRMAN);
      forms.take(caseNumber, "Phê duyệt kế hoạch");
      assertThat(forms.shown("Dịch vụ chuyển tuyến đã chọn")).contains("Công an: điều tra", "Hỗ trợ tâm lý");
      forms.choose("Phê duyệt kế hoạch", "Có");
      forms.date("Ngày kết thúc thực hiện kế hoạch",
          received.toLocalDate().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      forms.finish("case-07-phe-duyet");
      forms.logout();

      // 7. The first provider of psychological support declines, with a reason.
      forms.login(DECLINING);
      forms.take(caseNumber, "Tiếp nhận yêu cầu: Hỗ trợ tâm lý");
      forms.choose("Cơ quan tiếp nhận yêu cầu", "Từ chối");
      forms.fill("Lý do từ chối", "Chưa có chuyên viên tâm lý trẻ em (giả định)");
      forms.finish("case-08-tu-choi");
      forms.logout();

      // 8. The commune chooses another provider from the province's list, by name.
      forms.login(OFFICER);
      forms.take(caseNumber, "Chọn cơ quan khác");
      assertThat(forms.shown("Cơ quan đã từ chối")).isEqualTo("Sở Y tế tỉnh Quảng Ngãi");
      assertThat(forms.shown("Lý do từ chối")).contains("Chưa có chuyên viên");
      forms.select("Cơ quan được đề nghị thay thế", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi");
      forms.finish("case-09-chon-co-quan-khac");
      forms.logout();

      // 9. The new provider's request starts empty; it accepts and delivers.
      forms.login(REROUTED);
      forms.take(caseNumber, "Tiếp nhận yêu cầu: Hỗ trợ tâm lý");
      assertThat(forms.checked("Cơ quan tiếp nhận yêu cầu")).isEmpty();
      assertThat(browser.driver.getPageSource()).doesNotContain("Chưa có chuyên viên");
      forms.choose("Cơ quan tiếp nhận yêu cầu", "Tiếp nhận");
      forms.finish("case-10-co-quan-moi-tiep-nhan");
      forms.take(caseNumber, "Cung cấp dịch vụ: Hỗ trợ tâm lý");
      forms.fill("Kết quả cung cấp dịch vụ", "Đã tư vấn tâm lý 3 buổi (giả định)");
      forms.complete();
      forms.logout();

      // 10. The police accept and deliver.
      forms.login(POLICE);
      forms.take(caseNumber, "Tiếp nhận yêu cầu: Công an");
      forms.choose("Cơ quan tiếp nhận yêu cầu", "Tiếp nhận");
      forms.complete();
      forms.take(caseNumber, "Cung cấp dịch vụ: Công an");
      forms.fill("Kết quả cung cấp dịch vụ", "Đã cấm người gây hại tiếp cận trẻ (giả định)");
      forms.finish("case-11-cong-an-cung-cap");
      forms.logout();

      // 11. The commune reads what each provider did, reports its own work and reviews (Mẫu 06).
      forms.login(OFFICER);
      forms.take(caseNumber, "Tổ chức thực hiện kế hoạch");
      assertThat(forms.shown("Tình trạng chuyển tuyến")).contains(
          "Hỗ trợ tâm lý — đã cung cấp: Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
          "Công an: điều tra, bảo vệ an toàn cho trẻ — đã cung cấp: Công an tỉnh Quảng Ngãi");
      assertThat(forms.shown("Kết quả các cơ quan đã cung cấp")).contains("Đã tư vấn tâm lý 3 buổi",
          "Đã cấm người gây hại tiếp cận trẻ");
      forms.fill("Kết quả thực hiện", "Đã thực hiện đủ các hoạt động (giả định)");
      forms.finish("case-12-thuc-hien");
      forms.take(caseNumber, "Rà soát, đánh giá");
      forms.choose("Nguy cơ còn lại", "Thấp");
      forms.choose("Trẻ em đã an toàn, ổn định", "Có");
      forms.fill("Nhận xét rà soát", "Trẻ đã an toàn (giả định)");
      forms.finish("case-13-ra-soat");
      forms.logout();

      // 12. The chairman closes the case.
      forms.login(CHAIRMAN);
      forms.take(caseNumber, "Quyết định kết thúc kế hoạch");
      assertThat(forms.shown("Kết quả rà soát")).isEqualTo("Trẻ đã an toàn (giả định)");
      forms.fill("Quyết định kết thúc", "Kết thúc kế hoạch, đóng hồ sơ (giả định)");
      forms.finish("case-14-dong-ho-so");
    }

    var closed = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("CaseIntervention")
        .processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(closed.getEndActivityId()).isEqualTo("EndEvent_CaseClosed");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(closed.getId())
        .variableName("receivedAt").singleResult().getValue())
        .isEqualTo(java.util.Date.from(received.atZone(VIETNAM).toInstant()));
  }
}
