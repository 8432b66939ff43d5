package vn.cpreferrals.engine.guard;

import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Notices of overdue work go to the e-mail address of the account. Staff may change their password, but their name
 * and address are the administrator's to change: otherwise anyone could redirect a colleague's notices.
 */
final class ProfileCheck {

  private ProfileCheck() {}

  static void check(CommandContext context, User changed) {
    if (changed == null) {
      return;
    }
    User stored = context.getReadOnlyIdentityProvider().findUserById(changed.getId());
    if (stored == null) {
      throw new AuthorizationException("Chỉ quản trị viên được tạo tài khoản.");
    }
    if (!Objects.equals(stored.getEmail(), changed.getEmail())
        || !Objects.equals(stored.getFirstName(), changed.getFirstName())
        || !Objects.equals(stored.getLastName(), changed.getLastName())) {
      throw new AuthorizationException("Họ tên và địa chỉ thư điện tử của tài khoản do quản trị viên cập nhật "
          + "(thông báo công việc được gửi đến địa chỉ này).");
    }
  }
}
