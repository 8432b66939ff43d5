package vn.cpreferrals.directive;

import java.util.Map;

import vn.cpreferrals.deadline.DueStatus;

/**
 * Which items of a directive reported on time, late or not at all for one report. {@code items} is the list the
 * generator writes into the directive model: one line per assignment, "index|item|lead agency name".
 */
record ReportSummary(String text, int onTime, int late, int missing) {

  static String statusVariable(String reportId, Object itemIndex) {
    return "reportStatus_" + reportId + "_" + itemIndex;
  }

  static ReportSummary of(String reportId, String items, Map<String, Object> variables) {
    StringBuilder text = new StringBuilder();
    int onTime = 0;
    int late = 0;
    int missing = 0;
    for (String line : items.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.trim().split("\\|", 3);
      Object status = variables.get(statusVariable(reportId, parts[0]));
      DueStatus reported = DueStatus.ofLabel(status).orElse(DueStatus.NOT_REPORTED);
      String shown = reported.label();
      if (reported == DueStatus.ON_TIME) {
        onTime++;
      } else if (reported == DueStatus.LATE) {
        late++;
      } else {
        missing++;
      }
      text.append("Mục ").append(parts[1]).append(" – ").append(parts[2]).append(": ").append(shown).append('\n');
    }
    text.append("\nĐúng hạn: ").append(onTime).append("; trễ hạn: ").append(late).append("; chưa báo cáo: ")
        .append(missing).append('.');
    return new ReportSummary(text.toString(), onTime, late, missing);
  }
}
