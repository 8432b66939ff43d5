package vn.cpreferrals.directive;

import java.util.List;
import java.util.Map;

import vn.cpreferrals.deadline.DueStatus;

/**
 * Which items of a directive reported on time, late or not at all for one report. {@code items} is the list the
 * generator writes into the directive model ({@code summaryItems}): one map per assignment with its index, item number
 * and lead agency's name.
 */
record ReportSummary(String text, int onTime, int late, int missing) {

  static ReportSummary of(String reportId, List<? extends Map<String, ?>> items, Map<String, Object> variables) {
    StringBuilder text = new StringBuilder();
    int onTime = 0;
    int late = 0;
    int missing = 0;
    for (Map<String, ?> item : items) {
      Object status = variables.get(DirectiveProcess.reportStatusOf(reportId,
          item.get(DirectiveProcess.SUMMARY_ITEM_INDEX)));
      DueStatus reported = DueStatus.ofLabel(status).orElse(DueStatus.NOT_REPORTED);
      String shown = reported.label();
      if (reported == DueStatus.ON_TIME) {
        onTime++;
      } else if (reported == DueStatus.LATE) {
        late++;
      } else {
        missing++;
      }
      text.append("Mục ").append(item.get(DirectiveProcess.SUMMARY_ITEM_ID)).append(" – ")
          .append(item.get(DirectiveProcess.SUMMARY_ITEM_LEAD)).append(": ").append(shown).append('\n');
    }
    text.append("\nĐúng hạn: ").append(onTime).append("; trễ hạn: ").append(late).append("; chưa báo cáo: ")
        .append(missing).append('.');
    return new ReportSummary(text.toString(), onTime, late, missing);
  }
}
