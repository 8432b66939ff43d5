package vn.cpreferrals.directive;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Compatibility only: the bean {@code directiveSchedule} that the directive models deployed before the generator wrote
 * typed values called from their expressions ({@code ${directiveSchedule.split(coordinatingAgencies)}},
 * {@code quarters(timing)}, {@code reportDue(year, reportSchedule, reportId)}, {@code dayMonth(year, '22/05')} …).
 * It serves only process instances started on those earlier versions of {@code DirectiveAssignment} and of the
 * directive models, which parse the timing wording and the "id|name|dd/MM;…" strings at run time. Current models read
 * variables set by {@link DirectiveDelegates} from {@link DirectiveDates}; new code and models must not use this class.
 * It may be deleted once no instance of those versions runs (Cockpit: instances of the older definition versions).
 */
@Component(DirectiveProcess.LEGACY_SCHEDULE_BEAN)
public class LegacyDirectiveSchedule {

  private final DirectiveDates dates;

  LegacyDirectiveSchedule(DirectiveDates dates) {
    this.dates = dates;
  }

  /** "a,b,c" to a list, for multi-instance collections. */
  public List<String> split(String commaSeparated) {
    return splitList(commaSeparated);
  }

  static List<String> splitList(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** "dd/MM" of the directive's year, at the start of the day. */
  public Date dayMonth(Object year, String dayMonth) {
    return dates.dayOf(DirectiveDates.year(year), DirectiveTable.dayMonth(dayMonth.trim()));
  }

  public Date yearEnd(Object year) {
    return dates.yearEnd(DirectiveDates.year(year));
  }

  public Date quarterEnd(Object year, Object quarter) {
    return dates.quarterEnd(DirectiveDates.year(year), DirectiveDates.toInt(quarter));
  }

  public List<Integer> quarters(String timing) {
    return Timing.parse(timing).quarters();
  }

  public String timingKind(String timing) {
    return Timing.parse(timing).kind().name();
  }

  public Date timingDate(Object year, String timing) {
    return dates.dayOf(DirectiveDates.year(year), Timing.parse(timing).date());
  }

  public Date workingDaysBefore(Date date, int days) {
    return dates.workingDaysBefore(date, days);
  }

  /** "SixMonth|Báo cáo 6 tháng|15/05;Annual|Báo cáo năm|15/11": the ids of the directive's reports, in order. */
  public List<String> reportIds(String schedule) {
    return reports(schedule).stream().map(r -> r[0]).toList();
  }

  public String reportName(String schedule, String reportId) {
    return report(schedule, reportId)[1];
  }

  public Date reportDue(Object year, String schedule, String reportId) {
    return dayMonth(year, report(schedule, reportId)[2]);
  }

  public Date daysAfter(Date date, int days) {
    return dates.daysAfter(date, days);
  }

  /**
   * The earlier models' {@code summaryItems}: one line per assignment, "index|item|lead agency name", as maps with the
   * keys of the current models' structured list.
   */
  public static List<java.util.Map<String, Object>> summaryItems(String lines) {
    return Arrays.stream(lines.split("\n")).filter(line -> !line.isBlank()).map(line -> line.trim().split("\\|", 3))
        .map(parts -> java.util.Map.<String, Object>of(DirectiveProcess.SUMMARY_ITEM_INDEX, parts[0],
            DirectiveProcess.SUMMARY_ITEM_ID, parts[1], DirectiveProcess.SUMMARY_ITEM_LEAD, parts[2]))
        .toList();
  }

  /**
   * An assignment started from a call activity of an earlier directive version (a directive started by the id of an
   * older definition, or an item restarted in Cockpit): it is given the timing's wording instead of its kind, and its
   * model branches on {@code timingKind}, which the earlier {@code prepareAssignment} set. Resolves the wording here,
   * as that one did.
   */
  static Timing resolveEarlierInputs(VariableScope assignment) {
    Timing timing = Timing.parse(DirectiveProcess.TIMING.from(assignment));
    DirectiveProcess.TIMING_KIND.set(assignment, timing.kind().name());
    return timing;
  }

  private static List<String[]> reports(String schedule) {
    if (schedule == null || schedule.isBlank()) {
      return List.of();
    }
    return Arrays.stream(schedule.split(";")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> s.split("\\|")).toList();
  }

  private static String[] report(String schedule, String reportId) {
    return reports(schedule).stream().filter(r -> r[0].equals(reportId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Không có kỳ báo cáo '" + reportId + "'"));
  }
}
