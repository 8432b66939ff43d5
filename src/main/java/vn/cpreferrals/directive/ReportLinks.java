package vn.cpreferrals.directive;

/**
 * Where the standing agency downloads a period's consolidated report from its task in Tasklist: the Tasklist plugin
 * resource of {@code vn.cpreferrals.report} (same login as Tasklist), shown as markdown links by the form.
 */
final class ReportLinks {

  static final String BASE = "/camunda/api/tasklist/plugin/cpReports/default/directives/";

  private ReportLinks() {}

  static String markdown(String directiveInstanceId, String reportId) {
    String base = BASE + directiveInstanceId + "/reports/" + reportId;
    return "[Bảng tổng hợp (XLSX)](" + base + "/workbook) · [Dự thảo báo cáo theo Nghị định 30 (DOCX)](" + base
        + "/document)";
  }
}
