package vn.cpreferrals.agency;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Where a report from a commune is worked. Intake points still name communes as they knew them: a unit of the
 * registry (its People's Committee's id) or an official commune code, possibly one that ended on 30/6/2025. A commune
 * that had ended by the day of receipt is replaced by the one that took it over, with a note saying so; a code whose
 * commune was split among several new ones is refused with their names, so the intake point chooses. A unit of the
 * registry is replaced only once the administrator has applied the successor map up to that day: until then the old
 * unit still has its people, and the case goes to them.
 */
public final class Communes {

  /** The commune's People's Committee that works the case, and a note for the intake point when it was mapped. */
  public record Placement(Agency commune, String note) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final AgencyRegistry registry;
  private final Successors successors;
  private final AdministrativeUnits units;

  Communes(AgencyRegistry registry, Successors successors, AdministrativeUnits units) {
    this.registry = registry;
    this.successors = successors;
    this.units = units;
  }

  /**
   * @param reference a People's Committee's id or an official commune code (5 digits)
   * @param receivedOn the day the report was received (Vietnam time)
   * @param appliedAsOf the latest day the successor map was applied as of, if ever
   * @throws IllegalArgumentException with a message in Vietnamese for the intake point
   */
  public Placement place(String reference, LocalDate receivedOn, Optional<LocalDate> appliedAsOf) {
    if (reference != null && reference.matches("\\d{5}")) {
      return byCode(reference, receivedOn);
    }
    Agency named = registry.agency(reference).filter(Communes::isCommuneCommittee)
        .orElseThrow(() -> new IllegalArgumentException("Không có Ủy ban nhân dân xã/phường '" + reference
            + "' trong danh mục."));
    Optional<Successors.Move> moved = appliedAsOf
        .flatMap(applied -> successors.successorOf(named.id(), applied.isBefore(receivedOn) ? applied : receivedOn));
    if (moved.isEmpty()) {
      return new Placement(named, null);
    }
    Agency successor = registry.agency(moved.get().to()).filter(Communes::isCommuneCommittee)
        .orElseThrow(() -> new IllegalArgumentException(named.name() + " đã kết thúc từ "
            + DAY.format(moved.get().effective()) + "; hãy chọn xã/phường hiện nay."));
    return new Placement(successor, mapped(unitOf(named.name()), successor, moved.get().effective()));
  }

  private Placement byCode(String code, LocalDate day) {
    Optional<AdministrativeUnit> current = units.commune(code, day);
    if (current.isPresent()) {
      return new Placement(committee(code, day).orElseThrow(() -> new IllegalArgumentException(
          current.get().fullName() + " (mã " + code + ") không thuộc tỉnh nào đang dùng hệ thống.")), null);
    }
    AdministrativeUnit old = units.versionsOf(code).stream().filter(u -> u.level() == AdministrativeUnit.Level.COMMUNE)
        .reduce((a, b) -> b).orElseThrow(() -> new IllegalArgumentException("Không có xã/phường mã " + code
            + " trong danh mục đơn vị hành chính."));
    List<Successor> next = units.successorsOf(code).stream().filter(s -> !s.effective().isAfter(day)).toList();
    if (next.isEmpty()) {
      throw new IllegalArgumentException(old.fullName() + " (mã " + code + ") không còn hiệu lực vào ngày tiếp nhận "
          + "và danh mục không ghi đơn vị kế thừa; hãy chọn xã/phường hiện nay.");
    }
    if (next.size() > 1) {
      throw new IllegalArgumentException(old.fullName() + " (mã " + code + ") đã được chia cho nhiều xã/phường: "
          + String.join(", ", next.stream().map(s -> units.commune(s.newCode(), day).map(u -> u.fullName() + " (mã "
              + u.code() + ")").orElse(s.newCode())).toList()) + ". Hãy chọn xã/phường nơi xảy ra vụ việc.");
    }
    Agency successor = committee(next.get(0).newCode(), day).orElseThrow(() -> new IllegalArgumentException(
        old.fullName() + " (mã " + code + ") nay thuộc tỉnh chưa dùng hệ thống."));
    return new Placement(successor, mapped(old.fullName(), successor, next.get(0).effective()));
  }

  /** The People's Committee of a commune of today's structure, if its province is enabled. */
  private Optional<Agency> committee(String code, LocalDate day) {
    return units.provinceOf(code, day).map(p -> Slugs.ofProvince(p.name()) + "-ubnd-" + code)
        .flatMap(registry::agency);
  }

  private static String mapped(String oldName, Agency successor, LocalDate effective) {
    return oldName + " đã sáp nhập từ " + DAY.format(effective) + "; hồ sơ được mở tại " + successor.name() + ".";
  }

  /** "Ủy ban nhân dân phường Nhơn Bình, thành phố Quy Nhơn" → "Phường Nhơn Bình, thành phố Quy Nhơn": the unit merged. */
  private static String unitOf(String committeeName) {
    String prefix = "Ủy ban nhân dân ";
    if (!committeeName.startsWith(prefix)) {
      return committeeName;
    }
    String unit = committeeName.substring(prefix.length());
    return Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
  }

  private static boolean isCommuneCommittee(Agency a) {
    return a.level() == AgencyLevel.COMMUNE && a.kind() == AgencyKind.PEOPLES_COMMITTEE;
  }
}
