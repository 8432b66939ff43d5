package vn.cpreferrals.audit;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.process.Caller;

/**
 * Who may read the audit log: the administrator everything, leadership groups their own provinces, staff nothing.
 * Returns the provinces a user may read (null for all) or throws.
 */
@Component
class AuditAccess {

  List<String> readableProvinces(Caller caller) {
    if (caller == null) {
      throw new AuditAccessDenied(401, "Cần đăng nhập (HTTP Basic) để xem nhật ký.");
    }
    List<String> groups = caller.groupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return null;
    }
    if (groups.stream().noneMatch(Agency::isManagerGroup)) {
      throw new AuditAccessDenied(403, "Chỉ lãnh đạo cơ quan và quản trị viên được xem nhật ký.");
    }
    return caller.tenantIds();
  }

  void requireAdministrator(Caller caller) {
    if (readableProvinces(caller) != null) {
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
