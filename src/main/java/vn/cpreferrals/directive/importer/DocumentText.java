package vn.cpreferrals.directive.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The plain text of an uploaded directive: UTF-8 text as it is; a DOCX (Apache POI) paragraph by paragraph with its
 * tables, a table of assignments ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian") written as the
 * labelled entries the importer reads; a PDF with a text layer (Apache PDFBox). A scanned PDF, an old binary .doc and
 * anything else is refused with a message in Vietnamese: the importer reads text, it does not recognise characters.
 */
final class DocumentText {

  /** A file the importer cannot read; the message is for staff. */
  static final class UnreadableDocumentException extends IllegalArgumentException {

    UnreadableDocumentException(String message) {
      super(message);
    }

    UnreadableDocumentException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private DocumentText() {}

  static String of(byte[] content, String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (startsWith(content, "%PDF") || name.endsWith(".pdf")) {
      return pdf(content);
    }
    if (startsWith(content, "PK") || name.endsWith(".docx")) {
      return docx(content);
    }
    if (name.endsWith(".doc") || startsWith(content, "\u00d0\u00cf\u0011\u00e0")) {
      throw new UnreadableDocumentException(
          "Tệp Word cũ (.doc) chưa đọc được: hãy lưu thành .docx hoặc PDF rồi tải lên");
    }
    return text(content);
  }

  static String text(byte[] content) {
    int bom = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, bom, content.length - bom)).toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException("Tệp văn bản không ở mã UTF-8: hãy lưu lại với mã UTF-8 (Unicode)", e);
    }
  }

  static String docx(byte[] content) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
      StringBuilder out = new StringBuilder();
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          out.append(p.getText()).append('\n');
        } else if (element instanceof XWPFTable t) {
          out.append(table(t)).append('\n');
        }
      }
      return out.toString();
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException("Không đọc được tệp DOCX: " + e.getMessage(), e);
    }
  }

  static String pdf(byte[] content) {
    try (PDDocument doc = Loader.loadPDF(content)) {
      String text = new PDFTextStripper().getText(doc);
      if (text.replaceAll("\\s+", "").length() < 20) {
        throw new UnreadableDocumentException("Tệp PDF không có lớp chữ (bản quét ảnh): hãy tải bản DOCX hoặc "
            + "PDF xuất từ Word");
      }
      return text;
    } catch (IOException e) {
      throw new UnreadableDocumentException("Không đọc được tệp PDF: " + e.getMessage(), e);
    }
  }

  /**
   * A table: as labelled entries if its header names the lead ("chủ trì"), each row "n. Nội dung" followed by "- Cơ
   * quan chủ trì: …", "- Cơ quan phối hợp: …", "- Thời gian thực hiện: …"; any other table a row a line, cells
   * separated by " | ".
   */
  private static String table(XWPFTable table) {
    List<XWPFTableRow> rows = table.getRows();
    if (rows.isEmpty()) {
      return "";
    }
    List<String> header = cells(rows.get(0));
    int number = -1;
    int task = -1;
    int lead = -1;
    int coordinating = -1;
    int timing = -1;
    for (int c = 0; c < header.size(); c++) {
      String h = Tokens.fold(header.get(c));
      if (h.contains("chu tri")) {
        lead = c;
      } else if (h.contains("phoi hop")) {
        coordinating = c;
      } else if (h.contains("thoi gian") || h.contains("thoi han") || h.contains("tien do")) {
        timing = c;
      } else if (h.matches("^(s?tt|so tt|stt)\\b.*")) {
        number = c;
      } else if (task < 0 && (h.contains("noi dung") || h.contains("nhiem vu") || h.contains("hoat dong"))) {
        task = c;
      }
    }
    StringBuilder out = new StringBuilder();
    if (lead < 0 || task < 0) {
      for (XWPFTableRow row : rows) {
        out.append(String.join(" | ", cells(row))).append('\n');
      }
      return out.toString();
    }
    List<String> entries = new ArrayList<>();
    int counter = 0;
    for (XWPFTableRow row : rows.subList(1, rows.size())) {
      List<String> cells = cells(row);
      String what = cell(cells, task);
      if (what.isBlank()) {
        continue;
      }
      String n = cell(cells, number).replaceAll("[^0-9]", "");
      counter = n.isEmpty() ? counter + 1 : Integer.parseInt(n);
      StringBuilder e = new StringBuilder().append(counter).append(". ").append(what).append('\n');
      e.append("- Cơ quan chủ trì: ").append(cell(cells, lead)).append('\n');
      if (coordinating >= 0 && !cell(cells, coordinating).isBlank()) {
        e.append("- Cơ quan phối hợp: ").append(cell(cells, coordinating)).append('\n');
      }
      if (timing >= 0 && !cell(cells, timing).isBlank()) {
        e.append("- Thời gian thực hiện: ").append(cell(cells, timing)).append('\n');
      }
      entries.add(e.toString());
    }
    entries.forEach(out::append);
    return out.toString();
  }

  private static List<String> cells(XWPFTableRow row) {
    List<String> cells = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      cells.add(cell.getText().replaceAll("\\s+", " ").trim());
    }
    return cells;
  }

  private static String cell(List<String> cells, int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }

  private static boolean startsWith(byte[] content, String prefix) {
    if (content.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((content[i] & 0xff) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
