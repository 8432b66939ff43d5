package vn.cpreferrals.directive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cpreferrals.deadline.DueStatus;

/**
 * Which items of a directive reported on time, late or not at all for one report. {@code items} is the list the
 * generator writes into the directive model ({@code summaryItems}): one map per assignment with its index, item number
 * and lead agency's name. An item one agency leads is one line; an item a class of units leads (every commune) is its
 * totals and the units that are late or have not reported, named — the question the standing agency asks. The text
 * names at most {@link #NAMES_PER_LINE} characters of units per line; {@link #byUnit} has every unit with its status
 * ("Mục 1 – UBND xã Ba Tơ" → "chưa báo cáo"), kept on the instance as JSON for Cockpit.
 */
record ReportSummary(String text, int onTime, int late, int missing, Map<String, String> byUnit) {

  /** Units named per status line of a class item; the whole text must stay a text variable (4,000 characters). */
  static final int NAMES_PER_LINE = 700;

  static ReportSummary of(String reportId, List<? extends Map<String, ?>> items, Map<String, Object> variables) {
    Map<Object, List<Map.Entry<String, DueStatus>>> byItem = new LinkedHashMap<>();
    int[] totals = new int[3];
    Map<String, String> byUnit = new LinkedHashMap<>();
    for (Map<String, ?> item : items) {
      Object status = variables.get(DirectiveProcess.reportStatusOf(reportId,
          item.get(DirectiveProcess.SUMMARY_ITEM_INDEX)));
      DueStatus reported = DueStatus.ofLabel(status).orElse(DueStatus.NOT_REPORTED);
      totals[reported == DueStatus.ON_TIME ? 0 : reported == DueStatus.LATE ? 1 : 2]++;
      DueStatus shown = reported == DueStatus.ON_TIME || reported == DueStatus.LATE ? reported : DueStatus.NOT_REPORTED;
      byUnit.put("Mục " + item.get(DirectiveProcess.SUMMARY_ITEM_ID) + " – "
          + item.get(DirectiveProcess.SUMMARY_ITEM_LEAD), shown.label());
      byItem.computeIfAbsent(item.get(DirectiveProcess.SUMMARY_ITEM_ID), k -> new ArrayList<>())
          .add(Map.entry(String.valueOf(item.get(DirectiveProcess.SUMMARY_ITEM_LEAD)),
              reported == DueStatus.ON_TIME || reported == DueStatus.LATE ? reported : DueStatus.NOT_REPORTED));
    }
    StringBuilder text = new StringBuilder();
    byItem.forEach((itemId, units) -> {
      if (units.size() == 1) {
        text.append("Mục ").append(itemId).append(" – ").append(units.get(0).getKey()).append(": ")
            .append(units.get(0).getValue().label()).append('\n');
        return;
      }
      text.append("Mục ").append(itemId).append(" (").append(units.size()).append(" đơn vị): đúng hạn ")
          .append(count(units, DueStatus.ON_TIME)).append("; trễ hạn ").append(count(units, DueStatus.LATE))
          .append("; chưa báo cáo ").append(count(units, DueStatus.NOT_REPORTED)).append(".\n");
      named(text, "Chưa báo cáo", units, DueStatus.NOT_REPORTED);
      named(text, "Trễ hạn", units, DueStatus.LATE);
    });
    text.append("\nĐúng hạn: ").append(totals[0]).append("; trễ hạn: ").append(totals[1]).append("; chưa báo cáo: ")
        .append(totals[2]).append('.');
    return new ReportSummary(text.toString(), totals[0], totals[1], totals[2], byUnit);
  }

  private static long count(List<Map.Entry<String, DueStatus>> units, DueStatus status) {
    return units.stream().filter(u -> u.getValue() == status).count();
  }

  private static void named(StringBuilder text, String heading, List<Map.Entry<String, DueStatus>> units,
      DueStatus status) {
    List<String> names = units.stream().filter(u -> u.getValue() == status).map(Map.Entry::getKey).toList();
    if (!names.isEmpty()) {
      text.append("  ").append(heading).append(": ").append(AgencyList.shown(names, NAMES_PER_LINE, ", "))
          .append('\n');
    }
  }
}
