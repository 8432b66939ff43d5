package vn.cpreferrals.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.directive.DirectiveProcess;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.support.DirectiveTimers;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;
import vn.cpreferrals.support.TestDirectives;

/**
 * The standing agency downloads a period's consolidated report of a directive in which two leads reported on time,
 * one late and one not at all: the workbook and the draft report open with POI and hold those figures, the draft in
 * the layout of Nghị định 30/2020/NĐ-CP. Nobody else of another province learns the directive exists; other agencies
 * of the province are refused.
 */
@EngineTest
class ConsolidatedReportDownloadTests {

  static final String NUMBER = "779/KH-UBND";
  static final String SO_Y_TE = "quang-ngai-so-y-te";
  static final String SO_GDDT = "quang-ngai-so-gddt";
  static final String CONG_AN = "quang-ngai-cong-an-tinh";
  static final String SO_VHTTDL = "quang-ngai-so-vhttdl";

  @Autowired AgencyRegistry registry;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;

  String deploymentId;
  String directive;
  LocalDate downloadDay;

  @BeforeEach
  void givenADirectiveWhoseSixMonthReportCameInOnTimeLateAndNotAtAll() throws IOException {
    DirectiveTable table = TestDirectives.table("Directive_QuangNgai_2026_BaoCaoTongHop");
    assertThat(table.problems(registry)).isEmpty();
    deploymentId = TestDirectives.deploy(repositoryService, registry, table, "consolidated-report", false);
    ClockUtil.setCurrentTime(at(2026, 1, 2, 8));
    directive = runtimeService.startProcessInstanceByKey(table.processId(), Map.of(DirectiveProcess.YEAR.name(), 2026,
        DirectiveProcess.DIRECTIVE_NUMBER.name(), NUMBER)).getId();
    fireTimers(DirectiveProcess.EVENT_INPUT_REQUEST);
    submit(SO_Y_TE, Map.of("progressNarrative", "Đã tổ chức truyền thông (kiểm thử)", "implementationStatus", "done",
        "activitiesHeld", 5, "childrenReached", 120), 87.5, 12);
    submit(CONG_AN, Map.of("progressNarrative", "Đang triển khai (kiểm thử)", "implementationStatus", "ongoing",
        "activitiesHeld", 3, "childrenReached", 40), 4);
    // the deadline passes; Sở GD&ĐT reports an hour late, Sở VH-TT&DL not at all
    fireTimers(DirectiveProcess.reportDueEventOf("SixMonth"));
    ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 3_600_000L));
    submit(SO_GDDT, Map.of("progressNarrative", "Đang triển khai (kiểm thử)", "implementationStatus", "ongoing",
        "activitiesHeld", 2), 96);
    downloadDay = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ReportReader.VIETNAM);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void givenReportsOnTimeLateAndMissing_whenTheStandingAgencysOfficerDownloadsTheWorkbook_thenEveryUnitItsStatusFiguresAndTotalsAreThere()
      throws IOException {
    ResponseEntity<byte[]> answer = get(TestAccounts.officer(SO_Y_TE), "SixMonth", "workbook");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(typeOf(answer)).isEqualTo(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"bao-cao-779-kh-ubnd-sixmonth.xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
      assertThat(workbook.getSheet("Báo cáo 6 tháng")).isNotNull();
      assertThat(workbook.getSheet("Báo cáo năm")).isNotNull();
      Sheet sheet = workbook.getSheet("Tổng hợp");
      assertThat(text(sheet, 0, 0)).isEqualTo("SỞ Y TẾ TỈNH QUẢNG NGÃI");
      assertThat(text(sheet, 1, 0)).isEqualTo("BẢNG TỔNG HỢP TÌNH HÌNH BÁO CÁO – BÁO CÁO 6 THÁNG");
      assertThat(text(sheet, 2, 0)).startsWith("Văn bản: 779/KH-UBND – Kế hoạch thực hiện công tác trẻ em");
      assertThat(text(sheet, 3, 0)).isEqualTo("Tỉnh: Quảng Ngãi");
      assertThat(text(sheet, 4, 0)).startsWith("Kỳ báo cáo: Báo cáo 6 tháng; hạn báo cáo: ").contains("/06/2026");
      assertThat(text(sheet, 5, 0)).startsWith("Ngày lập: ");
      assertThat(row(sheet, ReportWorkbook.HEADING_ROW)).containsExactlyElementsOf(ReportWorkbook.COLUMNS);

      assertThat(row(sheet, 8)).containsExactly("1", "1", "Truyền thông về quyền trẻ em và Tổng đài 111",
          "Sở Y tế tỉnh Quảng Ngãi", "đúng hạn", "1", "0", "0", "Đã hoàn thành", "5", "120");
      assertThat(row(sheet, 9)).containsExactly("", "", "", "Cộng mục 1 (1 đơn vị)", "", "1", "0", "0",
          "Hoàn thành 1; đang thực hiện 0; chưa triển khai 0", "5", "120");
      assertThat(row(sheet, 10)).containsExactly("2", "2", "Phòng, chống bạo lực học đường",
          "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", "trễ hạn", "0", "1", "0", "Đang thực hiện", "2", "");
      assertThat(row(sheet, 12)).containsSequence("Công an tỉnh Quảng Ngãi", "đúng hạn", "1", "0", "0",
          "Đang thực hiện", "3", "40");
      assertThat(row(sheet, 13)).containsSequence("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi", "chưa báo cáo",
          "0", "0", "1", "", "", "");
      assertThat(row(sheet, 14)).containsSequence("Cộng mục 3 (2 đơn vị)", "", "1", "0", "1");
      assertThat(row(sheet, 15)).containsExactly("", "", "", "Tổng cộng (4 đơn vị)", "", "2", "1", "1",
          "Hoàn thành 1; đang thực hiện 2; chưa triển khai 0", "10", "160");
      // the next period has not been reported yet, and no lead's form carries this period's figures into it
      assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(directive).list())
          .allSatisfy(a -> assertThat(runtimeService.getVariable(a.getId(), DirectiveProcess.ACTIVITIES_HELD.name()))
              .isNull());
      assertThat(row(workbook.getSheet("Báo cáo năm"), 15)).containsSequence("Tổng cộng (4 đơn vị)", "", "0", "0",
          "4");
    }
  }

  @Test
  void givenReportsOnTimeLateAndMissing_whenTheStandingAgencyDownloadsTheDocument_thenItIsANghiDinh30ReportWithTheFigures()
      throws IOException {
    // the consolidation is done: the report is read from history as well as from a running directive
    Task consolidate = taskService.createTaskQuery().processInstanceId(directive)
        .taskDefinitionKey(DirectiveProcess.consolidateTaskOf("SixMonth")).singleResult();
    taskService.complete(consolidate.getId());

    ResponseEntity<byte[]> answer = get(TestAccounts.manager(SO_Y_TE), "SixMonth", "document");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(typeOf(answer)).isEqualTo(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"bao-cao-779-kh-ubnd-sixmonth.docx\"");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.getBody()))) {
      XWPFTable heading = document.getTables().get(0);
      assertThat(texts(heading.getRow(0).getCell(0).getParagraphs())).containsSubsequence("UBND TỈNH QUẢNG NGÃI",
          "SỞ Y TẾ TỈNH QUẢNG NGÃI");
      assertThat(texts(heading.getRow(0).getCell(1).getParagraphs())).containsSubsequence(
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
      assertThat(heading.getRow(1).getCell(0).getText()).matches("Số: +/BC-SYT");
      assertThat(heading.getRow(1).getCell(1).getText()).isEqualTo("Quảng Ngãi, ngày "
          + String.format("%02d", downloadDay.getDayOfMonth()) + " tháng " + downloadDay.getMonthValue() + " năm 2026");
      assertThat(heading.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();
      assertThat(heading.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();

      List<String> body = texts(document.getParagraphs());
      assertThat(body).containsSubsequence("BÁO CÁO",
          "Kết quả thực hiện Kế hoạch số 779/KH-UBND của Ủy ban nhân dân tỉnh Quảng Ngãi (Báo cáo 6 tháng)",
          "I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ",
          "II. KẾT QUẢ THỰC HIỆN", "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ");
      assertThat(body).anySatisfy(p -> assertThat(p).startsWith("Tổng số cơ quan, đơn vị phải báo cáo: 4; "
          + "báo cáo đúng hạn: 2; trễ hạn: 1; chưa báo cáo: 1."))
          .contains("2. Mục 2 – Phòng, chống bạo lực học đường: 1 đơn vị; đúng hạn 0; trễ hạn 1; chưa báo cáo 0.",
              "- Trễ hạn: Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi.",
              "3. Mục 3 – Phòng ngừa xâm hại trẻ em trên môi trường mạng: 2 đơn vị; đúng hạn 1; trễ hạn 0; "
                  + "chưa báo cáo 1.",
              "- Chưa báo cáo: Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi.",
              "Các cơ quan, đơn vị đã báo cáo tổ chức 10 hoạt động, 160 lượt trẻ em được hưởng lợi. Mức độ thực hiện: "
                  + "đã hoàn thành 1; đang thực hiện 2; chưa triển khai 0.");
      assertThat(body).noneMatch(p -> p.contains("kiểm thử)")); // no narrative of a lead agency
      XWPFParagraph kind = document.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst()
          .orElseThrow();
      assertThat(kind.getRuns().get(0).isBold()).isTrue();
      assertThat(kind.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
      assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
          .allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"))
          .extracting(XWPFRun::getFontSizeAsDouble).allMatch(size -> size >= 13 && size <= 14);

      XWPFTable closing = document.getTables().get(document.getTables().size() - 1);
      assertThat(texts(closing.getRow(0).getCell(0).getParagraphs())).containsExactly("Nơi nhận:",
          "- Ủy ban nhân dân tỉnh Quảng Ngãi;", "- Lưu: VT.");
      assertThat(closing.getRow(0).getCell(1).getParagraphs().get(0).getText()).isEqualTo("GIÁM ĐỐC");
      assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
    }
  }

  @Test
  void givenIndicatorsReported_whenTheStandingAgencyConsolidates_thenEachTargetStandsAgainstWhatWasReported()
      throws IOException {
    // at the deadline Sở GD&ĐT had not reported: the consolidation form says so, then its late figure counts
    Task consolidate = taskService.createTaskQuery().processInstanceId(directive)
        .taskDefinitionKey(DirectiveProcess.consolidateTaskOf("SixMonth")).singleResult();
    assertThat((String) taskService.getVariable(consolidate.getId(), DirectiveProcess.INDICATOR_SUMMARY.name()))
        .contains("Mục 1 – Tỷ lệ trẻ em bị xâm hại được can thiệp, hỗ trợ: thực hiện 87,5%; "
            + "mục tiêu ≥ 90% (đến năm 2026) → chưa đạt.")
        .contains("Mục 1 – Số trẻ em bị xâm hại được phát hiện: thực hiện 12 trẻ em.")
        .contains("Mục 2 – Tỷ lệ trường học đạt tiêu chí an toàn: chưa có số liệu; mục tiêu ≥ 95% (đến năm 2030).")
        .contains("Mục 3 – Số vụ xâm hại trẻ em trên môi trường mạng được xử lý: thực hiện 4 vụ (1/2 đơn vị đã báo "
            + "cáo, cộng lại); mục tiêu ≤ 10 vụ (đến năm 2026) → đạt.")
        .endsWith("Đạt: 1; chưa đạt: 1; chưa có số liệu: 1.");

    taskService.complete(consolidate.getId());
    Task send = taskService.createTaskQuery().processInstanceId(directive)
        .taskDefinitionKey(DirectiveProcess.sendReportTaskOf("SixMonth")).singleResult();
    assertThat((String) taskService.getVariable(send.getId(), DirectiveProcess.INDICATOR_SUMMARY.name()))
        .contains("Mục 2 – Tỷ lệ trường học đạt tiêu chí an toàn: thực hiện 96%; mục tiêu ≥ 95% (đến năm 2030) → đạt.")
        .endsWith("Đạt: 2; chưa đạt: 1; chưa có số liệu: 0.");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        get(TestAccounts.officer(SO_Y_TE), "SixMonth", "workbook").getBody()))) {
      Sheet sheet = workbook.getSheet(ReportWorkbook.INDICATOR_SHEET);
      assertThat(sheet).isNotNull();
      assertThat(cells(sheet, ReportWorkbook.HEADING_ROW)).containsExactlyElementsOf(ReportWorkbook.INDICATOR_COLUMNS);
      assertThat(cells(sheet, 8)).containsExactly("1", "1", "Sở Y tế tỉnh Quảng Ngãi",
          "Tỷ lệ trẻ em bị xâm hại được can thiệp, hỗ trợ", "%", "≥ 90", "2026", "87.5", "1/1", "Chưa đạt");
      assertThat(cells(sheet, 9)).containsSequence("Số trẻ em bị xâm hại được phát hiện", "trẻ em", "", "", "12",
          "1/1", "Không có chỉ tiêu");
      assertThat(cells(sheet, 10)).containsSequence("Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
          "Tỷ lệ trường học đạt tiêu chí an toàn", "%", "≥ 95", "2030", "96", "1/1", "Đạt");
      assertThat(cells(sheet, 11)).containsSequence("2 đơn vị", "Số vụ xâm hại trẻ em trên môi trường mạng được xử lý",
          "vụ", "≤ 10", "2026", "4", "1/2", "Đạt");
      assertThat(sheet.getLastRowNum()).isEqualTo(11);
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
        get(TestAccounts.officer(SO_Y_TE), "SixMonth", "document").getBody()))) {
      assertThat(texts(document.getParagraphs())).contains("Kết quả thực hiện các chỉ tiêu năm 2026: 2 chỉ tiêu đạt, "
          + "1 chỉ tiêu chưa đạt mục tiêu, 0 chỉ tiêu chưa có số liệu.");
      XWPFTable targets = document.getTables().get(1);
      assertThat(targets.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactlyElementsOf(ReportDocument.INDICATOR_HEADINGS);
      assertThat(targets.getRow(1).getTableCells()).extracting(XWPFTableCell::getText).containsExactly(
          "Mục 1 – Tỷ lệ trẻ em bị xâm hại được can thiệp, hỗ trợ", "≥ 90% (đến năm 2026)", "87,5%", "Chưa đạt");
      assertThat(targets.getRow(4).getTableCells()).extracting(XWPFTableCell::getText).containsExactly(
          "Mục 3 – Số vụ xâm hại trẻ em trên môi trường mạng được xử lý", "≤ 10 vụ (đến năm 2026)",
          "4 vụ (1/2 đơn vị)", "Đạt");
    }
  }

  @Test
  void givenTheReportFormsFigureFields_whenALeadTypesTextOrWritesWhatTheFormDoesNotAsk_thenRefusedWithTheReason() {
    Task open = taskService.createTaskQuery().processInstanceBusinessKey(NUMBER)
        .taskDefinitionKey(DirectiveProcess.TASK_SUBMIT_REPORT).taskCandidateGroup(SO_VHTTDL).singleResult();
    String officer = TestAccounts.officer(SO_VHTTDL);
    // what Tasklist loads for the labels: the item's one indicator, its name and target
    Map<String, Map<String, Object>> shown = rest.withBasicAuth(officer, TestAccounts.STAFF_PASSWORD).exchange(
        "/engine-rest/task/" + open.getId() + "/form-variables?deserializeValues=false", HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Map<String, Object>>>() {}).getBody();
    assertThat((String) shown.get(DirectiveProcess.INDICATOR_FIGURES.name()).get("value"))
        .contains("Số vụ xâm hại trẻ em trên môi trường mạng được xử lý (vụ)").contains("≤ 10 vụ (đến năm 2026)");

    var text = submit(officer, open, Map.of(DirectiveProcess.indicatorValueOf(1), Map.of("value", "nhiều")));
    var negative = submit(officer, open, Map.of(DirectiveProcess.indicatorValueOf(1), Map.of("value", -3)));
    var rewritten = submit(officer, open, Map.of(DirectiveProcess.INDICATOR_FIGURES.name(), Map.of("type", "Json",
        "value", "[{\"name\":\"x\",\"target\":\"≤ 1000\"}]")));

    assertThat(text.getStatusCode()).as(text.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(text.getBody()).contains("Trường 'Chỉ tiêu 1' phải là số.");
    assertThat(negative.getBody()).contains("Trường 'Chỉ tiêu 1' phải trong khoảng 0–….");
    assertThat(rewritten.getBody()).contains("'indicatorFigures' không phải là trường của biểu mẫu");
    assertThat(List.of(negative, rewritten)).allSatisfy(a ->
        assertThat(a.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
    assertThat(taskService.createTaskQuery().taskId(open.getId()).count()).isOne();

    var accepted = submit(officer, open, Map.of(DirectiveProcess.indicatorValueOf(1), Map.of("value", 7)));
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.getVariable(directive, DirectiveProcess.reportFiguresOf("SixMonth", 4)))
        .asString().contains("VuViecTrenMang=7");
  }

  private ResponseEntity<String> submit(String user, Task task, Map<String, Object> figures) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(
        "progressNarrative", Map.of("value", "Đã phối hợp xử lý (kiểm thử)"),
        "implementationStatus", Map.of("value", "ongoing"),
        "activitiesHeld", Map.of("value", 1)));
    variables.putAll(figures);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestAccounts.STAFF_PASSWORD).exchange("/engine-rest/task/" + task.getId()
        + "/submit-form", HttpMethod.POST, new org.springframework.http.HttpEntity<>(Map.of("variables", variables),
        headers), String.class);
  }

  @Test
  void givenADirectiveOfQuangNgai_whenTheProvincesLeadershipDownloads_thenItGetsTheFiles() {
    assertThat(get(TestAccounts.manager("quang-ngai-ubnd-tinh"), "SixMonth", "document").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, "Annual", "workbook").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void givenADirectiveOfQuangNgai_whenSomeoneElseAsks_thenAnotherProvinceLearnsNothingAndOtherAgenciesAreRefused() {
    ResponseEntity<String> otherProvince = getText(TestAccounts.manager("lai-chau-so-y-te"), directive, "SixMonth",
        "workbook");
    ResponseEntity<String> unknown = getText(TestAccounts.manager("lai-chau-so-y-te"), "no-such-instance", "SixMonth",
        "workbook");
    ResponseEntity<String> otherAgency = getText(TestAccounts.officer(SO_GDDT), directive, "SixMonth", "document");
    ResponseEntity<String> unknownPeriod = getText(TestAccounts.officer(SO_Y_TE), directive, "Quarterly", "document");
    ResponseEntity<String> anonymous = rest.getForEntity(url(directive, "SixMonth", "document"), String.class);

    assertThat(otherProvince.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(otherProvince.getBody()).isEqualTo(unknown.getBody()).contains("Không tìm thấy văn bản chỉ đạo này.");
    assertThat(otherAgency.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherAgency.getBody()).contains("Chỉ cơ quan thường trực");
    assertThat(unknownPeriod.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownPeriod.getBody()).contains("không có kỳ báo cáo");
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** The lead submits its report with the indicators' figures in the form's figure fields, in the items' order. */
  private void submit(String lead, Map<String, Object> form, Number... indicatorFigures) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(NUMBER)
        .taskDefinitionKey(DirectiveProcess.TASK_SUBMIT_REPORT).taskCandidateGroup(lead).list();
    assertThat(tasks).hasSize(1);
    assertThat((List<?>) taskService.getVariable(tasks.get(0).getId(), DirectiveProcess.INDICATOR_FIGURES.name()))
        .hasSize(indicatorFigures.length);
    Map<String, Object> submitted = new java.util.HashMap<>(form);
    for (int i = 0; i < indicatorFigures.length; i++) {
      submitted.put(DirectiveProcess.indicatorValueOf(i + 1), indicatorFigures[i]);
    }
    taskService.complete(tasks.get(0).getId(), submitted);
  }

  private void fireTimers(String activityId) {
    DirectiveTimers.fire(runtimeService, managementService, directive, activityId);
  }

  private ResponseEntity<byte[]> get(String user, String reportId, String file) {
    return get(user, TestAccounts.STAFF_PASSWORD, reportId, file);
  }

  private ResponseEntity<byte[]> get(String user, String password, String reportId, String file) {
    return rest.withBasicAuth(user, password).getForEntity(url(directive, reportId, file), byte[].class);
  }

  private ResponseEntity<String> getText(String user, String instance, String reportId, String file) {
    return rest.withBasicAuth(user, TestAccounts.STAFF_PASSWORD).getForEntity(url(instance, reportId, file),
        String.class);
  }

  private static String url(String instance, String reportId, String file) {
    return "/api/directives/" + instance + "/reports/" + reportId + "/" + file;
  }

  /** The media type without parameters (the server adds a charset to every answer). */
  private static String typeOf(ResponseEntity<?> answer) {
    return answer.getHeaders().getContentType().getType() + "/" + answer.getHeaders().getContentType().getSubtype();
  }

  private static java.util.Date at(int year, int month, int day, int hour) {
    return java.util.Date.from(LocalDate.of(year, month, day).atTime(hour, 0).atZone(ReportReader.VIETNAM)
        .toInstant());
  }

  private static List<String> texts(List<XWPFParagraph> paragraphs) {
    return paragraphs.stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
  }

  private static String text(Sheet sheet, int row, int column) {
    return value(sheet.getRow(row).getCell(column));
  }

  private static List<String> row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    List<String> values = new ArrayList<>();
    for (int c = 0; c < ReportWorkbook.COLUMNS.size(); c++) {
      values.add(value(row.getCell(c)));
    }
    return values;
  }

  private static List<String> cells(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    List<String> values = new ArrayList<>();
    for (int c = 0; c < ReportWorkbook.INDICATOR_COLUMNS.size(); c++) {
      Cell cell = row.getCell(c);
      values.add(cell != null && cell.getCellType() == CellType.NUMERIC
          ? java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString() : value(cell));
    }
    return values;
  }

  private static String value(Cell cell) {
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
        : cell.getStringCellValue();
  }
}
