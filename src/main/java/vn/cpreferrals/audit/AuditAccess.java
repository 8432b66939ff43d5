package vn.cpreferrals.audit;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;

/**
 * Who may read the audit log: the administrator everything, leadership groups their own provinces, staff nothing.
 * Returns the provinces a user may read (null for all) or throws.
 */
@Component
class AuditAccess {

  List<String> readableProvinces(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      throw new AuditAccessDenied(401, "Cần đăng nhập (HTTP Basic) để xem nhật ký.");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return null;
    }
    if (groups.stream().noneMatch(Agency::isManagerGroup)) {
      throw new AuditAccessDenied(403, "Chỉ lãnh đạo cơ quan và quản trị viên được xem nhật ký.");
    }
    return authentication.getTenantIds() == null ? List.of() : List.copyOf(authentication.getTenantIds());
  }

  void requireAdministrator(Authentication authentication) {
    if (readableProvinces(authentication) != null) {
      throw new AuditAccessDenied(403, "Chỉ quản trị viên được kiểm tra toàn bộ chuỗi nhật ký.");
    }
  }

  static class AuditAccessDenied extends RuntimeException {
    final int status;

    AuditAccessDenied(int status, String message) {
      super(message);
      this.status = status;
    }
  }
}
