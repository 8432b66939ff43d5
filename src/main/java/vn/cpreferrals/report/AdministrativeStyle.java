package vn.cpreferrals.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;

/**
 * The wording rules of Nghị định 30/2020/NĐ-CP (Phụ lục I) that a draft report follows: the issuer's abbreviation in
 * the số/ký hiệu, the date line, the title of the person who signs, the kind of the directive from its number.
 */
final class AdministrativeStyle {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** Kinds of documents by the first part of their ký hiệu ("65/KH-UBND" → "Kế hoạch"). */
  private static final Map<String, String> KINDS = Map.of("KH", "Kế hoạch", "CT", "Chỉ thị", "QĐ", "Quyết định",
      "TB", "Thông báo", "HD", "Hướng dẫn", "CTr", "Chương trình");

  private AdministrativeStyle() {}

  static String upper(String text) {
    return text.toUpperCase(VIETNAMESE);
  }

  /**
   * The issuer's abbreviation: the initials of its name without the place ("Sở Y tế tỉnh Quảng Ngãi" → "SYT", "Sở
   * Lao động - Thương binh và Xã hội tỉnh Bình Định" → "SLĐTBXH"); an acronym in the name stays whole.
   */
  static String abbreviation(Agency agency) {
    String name = agency.name().split(" (tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn) ", 2)[0];
    return Arrays.stream(name.split("[\\s,]+")).filter(w -> !w.isBlank() && !w.equals("-") && !w.equals("và"))
        .map(w -> w.length() > 1 && w.equals(w.toUpperCase(VIETNAMESE)) ? w : w.substring(0, 1))
        .map(AdministrativeStyle::upper).collect(Collectors.joining());
  }

  /** "Quảng Ngãi, ngày 05 tháng 02 năm 2026": days below 10 and the months 1 and 2 with a leading zero. */
  static String placeAndDate(String place, LocalDate day) {
    String month = day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
    return place + ", ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng " + month + " năm "
        + day.getYear();
  }

  /** Who signs for the agency: its head's title. */
  static String signerTitle(Agency agency) {
    if (agency.kind() == AgencyKind.DEPARTMENT) {
      return "GIÁM ĐỐC";
    }
    if (agency.kind() == AgencyKind.OFFICE) {
      return "TRƯỞNG PHÒNG";
    }
    if (agency.kind() == AgencyKind.PEOPLES_COMMITTEE) {
      return "CHỦ TỊCH";
    }
    return "THỦ TRƯỞNG CƠ QUAN";
  }

  /** "Kế hoạch số 65/KH-UBND", or "văn bản số …" when the ký hiệu names no known kind. */
  static String cited(String documentNumber) {
    String[] parts = documentNumber.split("/", 2);
    String kind = parts.length < 2 ? null : KINDS.get(parts[1].split("-", 2)[0]);
    return (kind == null ? "Văn bản" : kind) + " số " + documentNumber;
  }

  /** The first letter in lower case, for a name inside a sentence ("Báo cáo 6 tháng" → "báo cáo 6 tháng"). */
  static String inSentence(String name) {
    return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
  }
}
