package vn.cpreferrals.casework;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A report of a child abused or at risk (the content of Mẫu 01), as an intake point or the 111 helpline's system sends
 * it. Names, narrative and contact details are sensitive: they go to the case, never to logs or the audit log.
 */
public record CaseReport(
    @NotBlank(message = "Thiếu mã tham chiếu của nơi tiếp nhận (externalReference).")
    @Size(max = 100, message = "Mã tham chiếu tối đa 100 ký tự.")
    String externalReference,
    @NotNull(message = "Thiếu nơi tiếp nhận (source): HOTLINE_111, POLICE, HEALTH, COMMUNE, SCHOOL, HEALTH_FACILITY, CITIZEN.")
    IntakeSource source,
    @NotNull(message = "Thiếu thời điểm tiếp nhận (receivedAt), ví dụ 2026-04-29T10:15:00+07:00.")
    OffsetDateTime receivedAt,
    @NotBlank(message = "Thiếu xã/phường nơi xảy ra vụ việc (communeAgency).")
    String communeAgency,
    @NotBlank(message = "Thiếu hình thức xâm hại/nguy cơ (harmType).")
    @Pattern(regexp = "xam_hai_tinh_duc|bao_luc|bo_roi|mua_ban|boc_lot_lao_dong|nguy_co",
        message = "harmType phải là một trong: xam_hai_tinh_duc, bao_luc, bo_roi, mua_ban, boc_lot_lao_dong, nguy_co.")
    String harmType,
    @NotNull(message = "Thiếu thông tin tính mạng, sức khỏe của trẻ có bị đe dọa nghiêm trọng không (lifeThreatening: true/false).")
    Boolean lifeThreatening,
    @NotNull(message = "Thiếu thông tin người gây hại còn tiếp cận được trẻ không (perpetratorHasAccess: true/false).")
    Boolean perpetratorHasAccess,
    @Valid Child child,
    @Size(max = 4000, message = "Nội dung vụ việc tối đa 4000 ký tự.")
    String summary,
    @Valid Reporter reporter) {

  public enum IntakeSource { HOTLINE_111, POLICE, HEALTH, COMMUNE, SCHOOL, HEALTH_FACILITY, CITIZEN }

  public record Child(
      @Size(max = 200, message = "Họ tên trẻ tối đa 200 ký tự.") String fullName,
      @Past(message = "Ngày sinh của trẻ phải ở quá khứ.") java.time.LocalDate birthDate,
      @Pattern(regexp = "nam|nu|khac", message = "Giới tính là nam, nu hoặc khac.") String sex) {}

  public record Reporter(
      @Size(max = 200, message = "Họ tên người báo tin tối đa 200 ký tự.") String fullName,
      @Pattern(regexp = "^(\\+84|0)[0-9]{8,10}$", message = "Số điện thoại người báo tin không hợp lệ (ví dụ 0912345678).")
      String phone) {}
}
