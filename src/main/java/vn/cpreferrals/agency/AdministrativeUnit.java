package vn.cpreferrals.agency;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of an official administrative unit (tỉnh, huyện, xã …) as listed by the General Statistics Office,
 * keyed by its official code. A code can have several versions over time: codes are reused (the code 52 was Bình
 * Định until 30/6/2025 and is Gia Lai since 1/7/2025) and a unit can change type under the same code (Đồng Nai
 * became a thành phố trực thuộc trung ương on 30/4/2026). The versions of one code never overlap.
 *
 * @param code the official unit code (2 digits for a province, 3 for a district, 5 for a commune-level unit)
 * @param name the name in Vietnamese without the type, e.g. "Mường Tè"
 * @param type the type in Vietnamese, lower case, e.g. "tỉnh", "huyện", "thành phố thuộc tỉnh", "xã", "đặc khu"
 * @param level the tier; the district tier exists only until 30/6/2025
 * @param parentCode the code of the unit this one belongs to (province for a district and for a commune since
 *     1/7/2025, district for a commune before), or {@code null} for a province
 * @param validFrom first day of this version, or {@code null} when it was already in force before the first
 *     release the data was taken from
 * @param validTo last day of this version, or {@code null} while it is in force
 */
record AdministrativeUnit(
    String code,
    String name,
    String type,
    Level level,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo) {

  /** Tier of the unit. */
  enum Level {
    PROVINCE,
    DISTRICT,
    COMMUNE
  }

  AdministrativeUnit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(level, "level");
    if ((level == Level.PROVINCE) != (parentCode == null)) {
      throw new IllegalArgumentException("unit " + code + ": a province has no parent, other units have one");
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("unit " + code + ": valid to " + validTo + " before valid from " + validFrom);
    }
  }

  /** Whether this version is in force on the given day. */
  boolean validAt(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
  }

  /** Whether this version and the other are both in force on some day. */
  boolean overlaps(AdministrativeUnit other) {
    boolean startsBeforeOtherEnds = validFrom == null || other.validTo == null || !validFrom.isAfter(other.validTo);
    boolean endsAfterOtherStarts = validTo == null || other.validFrom == null || !validTo.isBefore(other.validFrom);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }

  /** The name with its type, as written in documents: "Xã Mường Tè", "Tỉnh Lai Châu", "Thành phố Hà Nội". */
  String fullName() {
    String shortType = type.startsWith("thành phố") ? "thành phố" : type;
    return Character.toUpperCase(shortType.charAt(0)) + shortType.substring(1) + " " + name;
  }
}
