package vn.cpreferrals.directive.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * An invented plan of Quảng Ngãi that neither the importer's rules nor any other test were written from: its tasks are
 * rows of an assignments table in a DOCX (the layout of many provincial plans), one coordinator is a body the registry
 * does not know, and the reporting paragraph names its deadline in prose. People and events in it are invented.
 */
public final class UnseenDirective {

  public static final String FILE_NAME = "ke-hoach-214-bao-ve-tre-em-tren-moi-truong-mang-2027.docx";
  public static final String NUMBER = "214/KH-UBND";
  /** The coordinator the registry does not know: the importer must flag it, the reviewer corrects it. */
  public static final String UNKNOWN_BODY = "Trung tâm Giám sát an toàn không gian mạng tỉnh";
  /** A timing that names no quarter, day or "thường xuyên": the importer must flag it, the reviewer decides. */
  public static final String AMBIGUOUS_TIMING = "Năm 2027";

  static final List<List<String>> TASKS = List.of(
      List.of("1", "Tuyên truyền, hướng dẫn kỹ năng sử dụng Internet an toàn cho học sinh, cha mẹ và giáo viên; lồng "
          + "ghép nội dung bảo vệ trẻ em trên môi trường mạng vào hoạt động ngoại khóa", "Sở Giáo dục và Đào tạo",
          "Sở Y tế; Tỉnh đoàn", "Thường xuyên trong năm"),
      List.of("2", "Tiếp nhận, xác minh và xử lý thông tin, tố giác về hành vi xâm hại trẻ em trên môi trường mạng; "
          + "phối hợp gỡ bỏ thông tin, hình ảnh gây tổn hại cho trẻ em", "Công an tỉnh",
          "Sở Y tế; " + UNKNOWN_BODY, "Thường xuyên trong năm"),
      List.of("3", "Tập huấn kiến thức, kỹ năng bảo vệ trẻ em trên môi trường mạng cho người làm công tác bảo vệ trẻ "
          + "em", "Sở Y tế", "Sở Tư pháp", "Quý II, III năm 2027"),
      List.of("4", "Xây dựng và phát sóng chuyên mục về an toàn của trẻ em trên môi trường mạng",
          "Đài Phát thanh - Truyền hình tỉnh", "Sở Văn hóa, Thể thao và Du lịch", AMBIGUOUS_TIMING));

  private UnseenDirective() {}

  public static byte[] docx() {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : List.of("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: " + NUMBER,
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Quảng Ngãi, ngày 12 tháng 10 năm 2026", "KẾ HOẠCH",
          "Bảo vệ trẻ em trên môi trường mạng năm 2027", "I. MỤC ĐÍCH, YÊU CẦU",
          "1. Nâng cao nhận thức, kỹ năng của trẻ em, cha mẹ và cộng đồng về an toàn trên môi trường mạng.",
          "2. Phát hiện sớm, xử lý kịp thời hành vi xâm hại trẻ em trên môi trường mạng.",
          "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN")) {
        doc.createParagraph().createRun().setText(line);
      }
      XWPFTable table = doc.createTable(TASKS.size() + 1, 5);
      fill(table.getRow(0), List.of("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
          "Thời gian thực hiện"));
      for (int i = 0; i < TASKS.size(); i++) {
        fill(table.getRow(i + 1), TASKS.get(i));
      }
      for (String line : List.of("III. TỔ CHỨC THỰC HIỆN",
          "Các cơ quan được giao nhiệm vụ chủ động xây dựng kế hoạch thực hiện; báo cáo kết quả thực hiện năm gửi Sở "
              + "Y tế trước ngày 15/11 để tổng hợp.",
          "Giao Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày "
              + "25/11/2027.")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the importer could not find or read, as Sở Y tế's officer fills it in: the standing agency and the annual
   * report with its deadlines (the text gives them in prose), and item II.4's timing, read as all year round. The
   * unknown coordinator is not in the registry: it stays out. Three corrections.
   */
  public static String corrected(String proposed) {
    String standing = "(?m)^Cơ quan thường trực:\\s*$";
    String timing = "(?m)^Thời gian: " + AMBIGUOUS_TIMING + "\\s*$";
    if (!java.util.regex.Pattern.compile(standing).matcher(proposed).find()
        || !java.util.regex.Pattern.compile(timing).matcher(proposed).find()) {
      throw new AssertionError("The proposal no longer leaves these for the reviewer:\n" + proposed);
    }
    return proposed.replaceFirst(standing, "Cơ quan thường trực: Sở Y tế\n"
        + "Báo cáo: Annual | Báo cáo năm | hạn 15/11 | tổng hợp 25/11")
        .replaceFirst(timing, "Thời gian: Thường xuyên trong năm");
  }

  private static void fill(XWPFTableRow row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.getCell(c).setText(cells.get(c));
    }
  }
}
