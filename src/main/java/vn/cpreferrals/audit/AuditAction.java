package vn.cpreferrals.audit;

/** What happened. Codes are stored; the Vietnamese label is what staff read in exports. */
public enum AuditAction {
  PROCESS_STARTED("Bắt đầu quy trình"),
  CASE_REPORTED("Tiếp nhận tin báo"),
  PROCESS_ENDED("Kết thúc quy trình"),
  TASK_CREATED("Tạo công việc"),
  TASK_CLAIMED("Nhận việc"),
  TASK_ASSIGNED("Giao việc cho người xử lý"),
  TASK_DELEGATED("Ủy quyền công việc"),
  TASK_RESOLVED("Trả lại việc đã ủy quyền"),
  TASK_OWNER_SET("Đổi người sở hữu công việc"),
  TASK_UPDATED("Sửa thông tin công việc"),
  TASK_COMPLETED("Hoàn thành công việc"),
  TASK_DELETED("Hủy công việc"),
  TASK_GROUP_ADDED("Giao công việc cho cơ quan"),
  TASK_GROUP_REMOVED("Thu hồi công việc khỏi cơ quan"),
  VARIABLE_SET("Ghi dữ liệu"),
  VARIABLE_DELETED("Xóa dữ liệu"),
  CASE_DATA_READ("Xem dữ liệu hồ sơ"),
  CASE_DATA_READ_DENIED("Bị từ chối xem dữ liệu hồ sơ"),
  USER_OPERATION("Thao tác quản trị"),
  DEPLOYMENT("Triển khai mô hình"),
  LOGIN_SUCCEEDED("Đăng nhập thành công"),
  LOGIN_FAILED("Đăng nhập thất bại"),
  REMINDER_SENT("Gửi nhắc việc"),
  ESCALATED("Chuyển cấp do quá hạn"),
  REFERRAL_ACCEPTED("Tiếp nhận chuyển tuyến"),
  REFERRAL_DECLINED("Từ chối chuyển tuyến"),
  CASE_CLOSED("Đóng hồ sơ"),
  CASE_REOPENED("Mở lại hồ sơ"),
  AGENCY_REASSIGNED("Chuyển cơ quan phụ trách"),
  REORGANISED("Chuyển giao theo sắp xếp tổ chức bộ máy"),
  CALENDAR_CONFIRMED("Xác nhận lịch nghỉ lễ của năm"),
  CALENDAR_CHANGED("Sửa lịch nghỉ lễ của năm"),
  CALENDAR_DEADLINE_MOVED("Dời hạn xử lý theo lịch nghỉ lễ mới"),
  RETENTION_PURGE("Xóa nhật ký hết thời hạn lưu trữ"),
  REPORT_DOWNLOADED("Tải báo cáo tổng hợp"),
  DIRECTIVE_IMPORT_PROPOSED("Tải lên văn bản chỉ đạo, đề xuất bảng nhiệm vụ"),
  DIRECTIVE_TABLE_REVIEWED("Rà soát bảng nhiệm vụ, gửi phê duyệt"),
  DIRECTIVE_IMPORT_CANCELLED("Hủy nhập văn bản chỉ đạo"),
  DIRECTIVE_APPROVED("Phê duyệt triển khai văn bản chỉ đạo"),
  DIRECTIVE_RETURNED("Trả lại bảng nhiệm vụ để sửa"),
  DIRECTIVE_DEPLOYED("Triển khai quy trình của văn bản chỉ đạo");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
