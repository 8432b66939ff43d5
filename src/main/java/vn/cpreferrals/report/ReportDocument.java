package vn.cpreferrals.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.cpreferrals.deadline.DueStatus;
import vn.cpreferrals.directive.Indicator;
import vn.cpreferrals.directive.IndicatorResults;
import vn.cpreferrals.report.ConsolidatedReport.Line;
import vn.cpreferrals.report.ConsolidatedReport.Period;
import vn.cpreferrals.report.ConsolidatedReport.Tally;

/**
 * The draft consolidated report as a Word document in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, Times New
 * Roman; a heading table with the issuer (governing body, then the standing agency in bold capitals) beside the Quốc
 * hiệu and tiêu ngữ, the số/ký hiệu beside place and date; "BÁO CÁO" and its trích yếu; the body with the period's
 * figures; "Nơi nhận" beside the signature block. The number, the date and the signer are for the agency to complete.
 */
final class ReportDocument {

  static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  static final String KIND = "BÁO CÁO";
  static final String FONT = "Times New Roman";
  /** Twips: A4, margins top/bottom 20 mm, left 30 mm, right 20 mm; the heading's columns 6 cm and 10 cm. */
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int MM_20 = 1134;
  static final int MM_30 = 1701;
  static final int LEFT_COLUMN = 3402;
  static final int RIGHT_COLUMN = 5669;

  private ReportDocument() {}

  static byte[] write(ConsolidatedReport report) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(document);
      heading(document, report);
      title(document, report);
      body(document, report, report.period());
      closing(document, report);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Kết quả thực hiện Kế hoạch số 65/KH-UBND của … (Báo cáo năm)": the trích yếu. */
  static String abstractOf(ConsolidatedReport report) {
    return "Kết quả thực hiện " + AdministrativeStyle.cited(report.documentNumber())
        + (report.recipients().isEmpty() ? "" : " của " + report.recipients().get(0))
        + " (" + report.period().name() + ")";
  }

  private static void page(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
        : document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MM_20));
    margins.setBottom(BigInteger.valueOf(MM_20));
    margins.setLeft(BigInteger.valueOf(MM_30));
    margins.setRight(BigInteger.valueOf(MM_20));
  }

  /** Issuer beside Quốc hiệu and tiêu ngữ; số/ký hiệu beside place and date. */
  private static void heading(XWPFDocument document, ConsolidatedReport report) {
    XWPFTable table = borderless(document, 2);
    XWPFTableCell issuer = cell(table, 0, 0, LEFT_COLUMN);
    if (report.superior() != null) {
      centred(issuer, AdministrativeStyle.upper(report.superior()), 13, false, false);
    }
    centred(issuer, AdministrativeStyle.upper(report.standingAgency().name()), 13, true, false);
    rule(issuer, 700);
    XWPFTableCell nation = cell(table, 0, 1, RIGHT_COLUMN);
    centred(nation, NATIONAL_TITLE, 13, true, false);
    centred(nation, MOTTO, 14, true, false);
    rule(nation, 1100);
    XWPFTableCell number = cell(table, 1, 0, LEFT_COLUMN);
    centred(number, "Số:        /BC-" + AdministrativeStyle.abbreviation(report.standingAgency()), 13, false, false);
    XWPFTableCell placeAndDate = cell(table, 1, 1, RIGHT_COLUMN);
    centred(placeAndDate, AdministrativeStyle.placeAndDate(report.placeName(), report.generatedAt().toLocalDate()),
        14, false, true);
    table.getRows().forEach(row -> row.getTableCells().forEach(c -> c.removeParagraph(0)));
  }

  private static void title(XWPFDocument document, ConsolidatedReport report) {
    XWPFParagraph kind = document.createParagraph();
    kind.setAlignment(ParagraphAlignment.CENTER);
    kind.setSpacingBefore(360);
    run(kind, KIND, 14, true, false);
    XWPFParagraph subject = document.createParagraph();
    subject.setAlignment(ParagraphAlignment.CENTER);
    subject.setSpacingAfter(0);
    run(subject, abstractOf(report), 14, true, false);
    XWPFParagraph line = document.createParagraph();
    line.setIndentationLeft(3000);
    line.setIndentationRight(3000);
    line.setBorderBottom(Borders.SINGLE);
    line.setSpacingAfter(240);
  }

  private static void body(XWPFDocument document, ConsolidatedReport report, Period period) {
    String issuer = report.recipients().isEmpty() ? "" : " của " + report.recipients().get(0);
    text(document, "Thực hiện " + AdministrativeStyle.cited(report.documentNumber()) + issuer
        + (report.directiveName() == null ? "" : " (" + report.directiveName() + ")") + ", "
        + report.standingAgency().name() + " tổng hợp " + AdministrativeStyle.inSentence(period.name())
        + " của các cơ quan, đơn vị được giao nhiệm vụ như sau:");

    Tally all = period.tally();
    section(document, "I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ");
    text(document, "Tổng số cơ quan, đơn vị phải báo cáo: " + all.units() + "; báo cáo đúng hạn: " + all.onTime()
        + "; trễ hạn: " + all.late() + "; chưa báo cáo: " + all.missing() + "."
        + (period.due() == null ? "" : " Hạn báo cáo: " + period.due().format(ReportWorkbook.DAY) + "."));
    int n = 1;
    for (Map.Entry<String, List<Line>> item : period.byItem().entrySet()) {
      Tally tally = Tally.of(item.getValue());
      String title = item.getValue().get(0).itemTitle();
      text(document, n++ + ". Mục " + item.getKey() + (title.isBlank() ? "" : " – " + title) + ": "
          + tally.units() + " đơn vị; đúng hạn " + tally.onTime() + "; trễ hạn " + tally.late() + "; chưa báo cáo "
          + tally.missing() + ".");
      named(document, "Trễ hạn", item.getValue(), DueStatus.LATE);
      named(document, "Chưa báo cáo", item.getValue(), DueStatus.NOT_REPORTED);
    }

    section(document, "II. KẾT QUẢ THỰC HIỆN");
    text(document, "Các cơ quan, đơn vị đã báo cáo tổ chức " + all.activitiesHeld() + " hoạt động, "
        + all.childrenReached() + " lượt trẻ em được hưởng lợi. Mức độ thực hiện: đã hoàn thành " + all.done()
        + "; đang thực hiện " + all.ongoing() + "; chưa triển khai " + all.notStarted() + ".");
    for (Map.Entry<String, List<Line>> item : period.byItem().entrySet()) {
      Tally tally = Tally.of(item.getValue());
      if (tally.onTime() + tally.late() > 0) {
        text(document, "- Mục " + item.getKey() + ": " + tally.activitiesHeld() + " hoạt động; "
            + tally.childrenReached() + " lượt trẻ em được hưởng lợi; đã hoàn thành " + tally.done()
            + ", đang thực hiện " + tally.ongoing() + ", chưa triển khai " + tally.notStarted() + ".");
      }
    }
    if (!period.indicators().isEmpty()) {
      indicators(document, period.indicators());
    }
    text(document, "(Chi tiết từng cơ quan, đơn vị tại Bảng tổng hợp kèm theo.)");

    section(document, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ");
    text(document, "……………………………………………………………………………………");
    text(document, "Trên đây là " + AdministrativeStyle.inSentence(period.name()) + " kết quả thực hiện "
        + AdministrativeStyle.cited(report.documentNumber()) + " của " + report.standingAgency().name()
        + (report.recipients().isEmpty() ? "" : ", kính báo cáo " + report.recipients().get(0)) + "./.");
  }

  /** Target against actual, as a bordered table the leader can edit: indicator, target, result, assessment. */
  private static void indicators(XWPFDocument document, IndicatorResults results) {
    long met = results.results().stream().filter(r -> r.assessment(results.year()) == Indicator.Assessment.MET)
        .count();
    long notMet = results.results().stream()
        .filter(r -> r.assessment(results.year()) == Indicator.Assessment.NOT_MET).count();
    text(document, "Kết quả thực hiện các chỉ tiêu năm " + results.year() + ": " + met + " chỉ tiêu đạt, " + notMet
        + " chỉ tiêu chưa đạt mục tiêu, " + results.results().stream().filter(r -> r.actual() == null).count()
        + " chỉ tiêu chưa có số liệu.");
    XWPFTable table = document.createTable(results.results().size() + 1, INDICATOR_HEADINGS.size());
    table.setWidth(String.valueOf(LEFT_COLUMN + RIGHT_COLUMN));
    for (int c = 0; c < INDICATOR_HEADINGS.size(); c++) {
      tableText(table.getRow(0).getCell(c), INDICATOR_HEADINGS.get(c), true);
    }
    int r = 1;
    for (IndicatorResults.Result result : results.results()) {
      var row = table.getRow(r++);
      tableText(row.getCell(0), "Mục " + result.itemId() + " – " + result.indicator().name(), false);
      tableText(row.getCell(1), result.indicator().targetText(results.year()), false);
      tableText(row.getCell(2), result.actual() == null ? "" : result.indicator().withUnit(result.actual())
          + (result.units() > 1 ? " (" + result.reported() + "/" + result.units() + " đơn vị)" : ""), false);
      tableText(row.getCell(3), result.assessment(results.year()).label(), false);
    }
    document.createParagraph();
  }

  static final List<String> INDICATOR_HEADINGS = List.of("Chỉ tiêu", "Mục tiêu", "Thực hiện", "Đánh giá");

  private static void tableText(XWPFTableCell cell, String text, boolean bold) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setSpacingAfter(0);
    run(paragraph, text, 12, bold, false);
  }

  /** "Nơi nhận" on the left, the signature block on the right. */
  private static void closing(XWPFDocument document, ConsolidatedReport report) {
    XWPFTable table = borderless(document, 1);
    XWPFTableCell recipients = cell(table, 0, 0, LEFT_COLUMN);
    XWPFParagraph heading = recipients.addParagraph();
    run(heading, "Nơi nhận:", 12, true, true);
    for (String recipient : report.recipients()) {
      run(recipients.addParagraph(), "- " + recipient + ";", 11, false, false);
    }
    run(recipients.addParagraph(), "- Lưu: VT.", 11, false, false);
    XWPFTableCell signer = cell(table, 0, 1, RIGHT_COLUMN);
    centred(signer, AdministrativeStyle.signerTitle(report.standingAgency()), 14, true, false);
    for (int i = 0; i < 4; i++) {
      signer.addParagraph();
    }
    centred(signer, "……………………………", 14, true, false);
    table.getRows().forEach(row -> row.getTableCells().forEach(c -> c.removeParagraph(0)));
  }

  private static void named(XWPFDocument document, String heading, List<Line> lines, DueStatus status) {
    List<String> units = lines.stream().filter(l -> l.status() == status).map(Line::unit).toList();
    if (!units.isEmpty()) {
      text(document, "- " + heading + ": " + String.join(", ", units) + ".");
    }
  }

  private static void section(XWPFDocument document, String heading) {
    XWPFParagraph paragraph = body(document);
    run(paragraph, heading, 14, true, false);
  }

  private static void text(XWPFDocument document, String text) {
    run(body(document), text, 14, false, false);
  }

  /** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
  private static XWPFParagraph body(XWPFDocument document) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(567);
    paragraph.setSpacingAfter(120);
    return paragraph;
  }

  private static XWPFTable borderless(XWPFDocument document, int rows) {
    XWPFTable table = document.createTable(rows, 2);
    table.removeBorders();
    table.setWidth(String.valueOf(LEFT_COLUMN + RIGHT_COLUMN));
    return table;
  }

  private static XWPFTableCell cell(XWPFTable table, int row, int column, int width) {
    XWPFTableCell cell = table.getRow(row).getCell(column);
    cell.setWidth(String.valueOf(width));
    return cell;
  }

  private static void centred(XWPFTableCell cell, String text, int size, boolean bold, boolean italic) {
    XWPFParagraph paragraph = cell.addParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(0);
    run(paragraph, text, size, bold, italic);
  }

  /** A short solid line under a heading, as long as the cell less {@code indent} on each side. */
  private static void rule(XWPFTableCell cell, int indent) {
    XWPFParagraph line = cell.addParagraph();
    line.setIndentationLeft(indent);
    line.setIndentationRight(indent);
    line.setBorderTop(Borders.SINGLE);
    line.setSpacingAfter(120);
  }

  private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }
}
