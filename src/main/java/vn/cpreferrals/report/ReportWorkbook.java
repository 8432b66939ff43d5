package vn.cpreferrals.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.cpreferrals.directive.Indicator;
import vn.cpreferrals.directive.IndicatorResults;
import vn.cpreferrals.report.ConsolidatedReport.Line;
import vn.cpreferrals.report.ConsolidatedReport.Period;
import vn.cpreferrals.report.ConsolidatedReport.Tally;

/**
 * The workbook of a period: sheet {@value #SUMMARY_SHEET} with the header block (directive, province, period, when
 * made) and one row per item and unit — status, implementation and figures — with a total per item and overall. A
 * directive with several periods adds one sheet per period in the same layout.
 */
final class ReportWorkbook {

  static final String SUMMARY_SHEET = "Tổng hợp";
  /** Row (0-based) of the column headings; the header block is above it. */
  static final int HEADING_ROW = 7;
  static final List<String> COLUMNS = List.of("STT", "Mục", "Nội dung", "Cơ quan chủ trì / đơn vị",
      "Tình trạng báo cáo", "Đúng hạn", "Trễ hạn", "Chưa báo cáo", "Mức độ thực hiện", "Số hoạt động đã tổ chức",
      "Số trẻ em được hưởng lợi");
  static final String INDICATOR_SHEET = "Chỉ tiêu";
  static final List<String> INDICATOR_COLUMNS = List.of("STT", "Mục", "Cơ quan chủ trì / đơn vị", "Chỉ tiêu",
      "Đơn vị tính", "Mục tiêu", "Năm mục tiêu", "Thực hiện", "Đơn vị đã báo cáo", "Đánh giá");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private ReportWorkbook() {}

  static byte[] write(ConsolidatedReport report) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      sheet(workbook.createSheet(SUMMARY_SHEET), report, report.period(), styles);
      if (!report.period().indicators().isEmpty()) {
        indicators(workbook.createSheet(INDICATOR_SHEET), report, report.period(), styles);
      }
      if (report.periods().size() > 1) {
        for (Period period : report.periods()) {
          sheet(workbook.createSheet(sheetName(workbook, period.name())), report, period, styles);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sheetName(XSSFWorkbook workbook, String periodName) {
    String name = WorkbookUtil.createSafeSheetName(periodName);
    return workbook.getSheet(name) == null ? name : WorkbookUtil.createSafeSheetName(periodName + " (2)");
  }

  private static void sheet(Sheet sheet, ConsolidatedReport report, Period period, Styles styles) {
    text(sheet, 0, report.standingAgency().name().toUpperCase(java.util.Locale.ROOT), styles.title);
    text(sheet, 1, "BẢNG TỔNG HỢP TÌNH HÌNH BÁO CÁO – " + period.name().toUpperCase(java.util.Locale.ROOT),
        styles.title);
    text(sheet, 2, "Văn bản: " + report.documentNumber() + (report.directiveName() == null ? ""
        : " – " + report.directiveName()), styles.plain);
    text(sheet, 3, "Tỉnh: " + report.placeName(), styles.plain);
    text(sheet, 4, "Kỳ báo cáo: " + period.name() + (period.due() == null ? ""
        : "; hạn báo cáo: " + period.due().format(DAY)), styles.plain);
    text(sheet, 5, "Ngày lập: " + report.generatedAt().format(MOMENT), styles.plain);

    Row heading = sheet.createRow(HEADING_ROW);
    for (int c = 0; c < COLUMNS.size(); c++) {
      cell(heading, c, COLUMNS.get(c), styles.heading);
    }
    int r = HEADING_ROW + 1;
    int number = 1;
    for (var item : period.byItem().entrySet()) {
      for (Line line : item.getValue()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, number++, styles.cell);
        cell(row, 1, line.itemId(), styles.cell);
        cell(row, 2, line.itemTitle(), styles.wrapped);
        cell(row, 3, line.unit(), styles.wrapped);
        cell(row, 4, line.status().label(), styles.cell);
        counts(row, Tally.of(List.of(line)), styles.cell);
        cell(row, 8, line.figures().implementation() == null ? "" : line.figures().implementation().label,
            styles.cell);
        figure(row, 9, line.figures().activitiesHeld(), styles.cell);
        figure(row, 10, line.figures().childrenReached(), styles.cell);
      }
      total(sheet.createRow(r++), "Cộng mục " + item.getKey(), Tally.of(item.getValue()), styles.total);
    }
    total(sheet.createRow(r), "Tổng cộng", period.tally(), styles.total);

    int[] widths = {6, 8, 50, 40, 16, 10, 10, 13, 18, 14, 14};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, HEADING_ROW + 1);
  }

  /** Target against actual: one row per item and indicator, the figure as a number so the sheet can compute on it. */
  private static void indicators(Sheet sheet, ConsolidatedReport report, Period period, Styles styles) {
    IndicatorResults results = period.indicators();
    text(sheet, 0, report.standingAgency().name().toUpperCase(java.util.Locale.ROOT), styles.title);
    text(sheet, 1, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU – " + period.name().toUpperCase(java.util.Locale.ROOT),
        styles.title);
    text(sheet, 2, "Văn bản: " + report.documentNumber(), styles.plain);
    text(sheet, 3, "Năm thực hiện: " + results.year() + "; tỷ lệ của nhiều đơn vị là bình quân các đơn vị đã báo cáo,"
        + " số lượng là tổng cộng.", styles.plain);
    Row heading = sheet.createRow(HEADING_ROW);
    for (int c = 0; c < INDICATOR_COLUMNS.size(); c++) {
      cell(heading, c, INDICATOR_COLUMNS.get(c), styles.heading);
    }
    int r = HEADING_ROW + 1;
    for (IndicatorResults.Result result : results.results()) {
      Indicator indicator = result.indicator();
      Row row = sheet.createRow(r);
      cell(row, 0, r - HEADING_ROW, styles.cell);
      cell(row, 1, result.itemId(), styles.cell);
      cell(row, 2, result.leads(), styles.wrapped);
      cell(row, 3, indicator.name(), styles.wrapped);
      cell(row, 4, indicator.unit(), styles.cell);
      var target = indicator.targetFor(results.year());
      cell(row, 5, target.map(t -> (indicator.goal() == null ? "" : indicator.goal().symbol() + " ")
          + Indicator.number(t.value())).orElse(""), styles.cell);
      if (target.isPresent()) {
        cell(row, 6, target.get().year(), styles.cell);
      } else {
        cell(row, 6, "", styles.cell);
      }
      if (result.actual() == null) {
        cell(row, 7, "", styles.cell);
      } else {
        var actual = row.createCell(7);
        actual.setCellValue(result.actual().doubleValue());
        actual.setCellStyle(styles.cell);
      }
      cell(row, 8, result.reported() + "/" + result.units(), styles.cell);
      cell(row, 9, result.assessment(results.year()).label(), styles.cell);
      r++;
    }
    int[] widths = {6, 8, 36, 50, 10, 12, 10, 12, 12, 16};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, HEADING_ROW + 1);
  }

  /** A total row: the label in column "Cơ quan chủ trì / đơn vị", counts, implementation levels, sums. */
  private static void total(Row row, String label, Tally tally, CellStyle style) {
    for (int c = 0; c < COLUMNS.size(); c++) {
      cell(row, c, "", style);
    }
    cell(row, 3, label + " (" + tally.units() + " đơn vị)", style);
    counts(row, tally, style);
    cell(row, 8, "Hoàn thành " + tally.done() + "; đang thực hiện " + tally.ongoing() + "; chưa triển khai "
        + tally.notStarted(), style);
    cell(row, 9, tally.activitiesHeld(), style);
    cell(row, 10, tally.childrenReached(), style);
  }

  private static void counts(Row row, Tally tally, CellStyle style) {
    cell(row, 5, tally.onTime(), style);
    cell(row, 6, tally.late(), style);
    cell(row, 7, tally.missing(), style);
  }

  private static void figure(Row row, int column, Long value, CellStyle style) {
    if (value == null) {
      cell(row, column, "", style);
    } else {
      cell(row, column, value, style);
    }
  }

  private static void text(Sheet sheet, int rowIndex, String value, CellStyle style) {
    cell(sheet.createRow(rowIndex), 0, value, style);
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void cell(Row row, int column, long value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** Times New Roman throughout, as the documents it accompanies. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle plain;
    final CellStyle heading;
    final CellStyle cell;
    final CellStyle wrapped;
    final CellStyle total;

    Styles(XSSFWorkbook workbook) {
      Font regular = font(workbook, false);
      Font bold = font(workbook, true);
      title = workbook.createCellStyle();
      title.setFont(bold);
      plain = workbook.createCellStyle();
      plain.setFont(regular);
      heading = bordered(workbook, bold, true);
      heading.setAlignment(HorizontalAlignment.CENTER);
      cell = bordered(workbook, regular, false);
      wrapped = bordered(workbook, regular, true);
      total = bordered(workbook, bold, true);
    }

    private static Font font(XSSFWorkbook workbook, boolean bold) {
      Font font = workbook.createFont();
      font.setFontName("Times New Roman");
      font.setFontHeightInPoints((short) 12);
      font.setBold(bold);
      return font;
    }

    private static CellStyle bordered(XSSFWorkbook workbook, Font font, boolean wrap) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setWrapText(wrap);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
