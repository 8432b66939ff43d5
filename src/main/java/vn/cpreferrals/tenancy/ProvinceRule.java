package vn.cpreferrals.tenancy;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Decides the province (tenant) a new process instance belongs to. Every instance belongs to exactly one province, and
 * staff may only open work in a province they belong to; only the administrator and the system itself may choose any.
 */
public final class ProvinceRule {

  public static final String PROVINCE_VARIABLE = "provinceId";
  static final String PROVINCE_PROPERTY = "province";

  private final Predicate<String> knownProvince;

  public ProvinceRule(Predicate<String> knownProvince) {
    this.knownProvince = knownProvince;
  }

  /** The province a model is pinned to wins over none requested; a different request is an error. */
  public Object withPinned(Object requested, String pinned) {
    if (pinned == null) {
      return requested;
    }
    if (requested != null && !requested.toString().isBlank() && !pinned.equals(requested.toString().trim())) {
      throw new BadUserRequestException("Quy trình này thuộc tỉnh '" + pinned + "', không thể mở tại tỉnh '"
          + requested + "'.");
    }
    return pinned;
  }

  /**
   * @param requested the {@value #PROVINCE_VARIABLE} variable given at start, may be null
   * @param staffTenants the starting user's provinces, or null when the system or the administrator starts the instance
   */
  public String decide(Object requested, List<String> staffTenants) {
    String province = requested == null ? null : requested.toString().trim();
    if (province != null && province.isEmpty()) {
      province = null;
    }
    if (staffTenants != null) {
      if (province == null) {
        if (staffTenants.size() == 1) {
          return staffTenants.get(0);
        }
        throw new BadUserRequestException("Tài khoản của bạn thuộc " + staffTenants.size()
            + " tỉnh: hãy chọn tỉnh (biến '" + PROVINCE_VARIABLE + "') khi bắt đầu quy trình.");
      }
      if (!staffTenants.contains(province)) {
        throw new AuthorizationException("Bạn không được mở công việc tại tỉnh '" + province
            + "'; tài khoản chỉ thuộc: " + String.join(", ", staffTenants) + ".");
      }
      return province;
    }
    if (province == null) {
      throw new BadUserRequestException(
          "Mỗi quy trình phải thuộc một tỉnh: thiếu biến '" + PROVINCE_VARIABLE + "'.");
    }
    if (!knownProvince.test(province)) {
      throw new BadUserRequestException("Không có tỉnh '" + province + "' trong danh mục cơ quan.");
    }
    return province;
  }
}
