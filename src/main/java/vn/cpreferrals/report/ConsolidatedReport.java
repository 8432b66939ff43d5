package vn.cpreferrals.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.deadline.DueStatus;
import vn.cpreferrals.directive.IndicatorResults;

/**
 * What the standing agency reports to the People's Committee for one report period of a directive instance: the
 * directive, its province and standing agency, and every period with each assignment's status and figures. Read by
 * {@link ReportReader}, written out by {@link ReportWorkbook} and {@link ReportDocument}.
 *
 * @param documentNumber the directive as staff cite it ("65/KH-UBND")
 * @param superior the standing agency's governing body as a document heads it ("UBND tỉnh Quảng Ngãi"), or null
 * @param recipients whom the consolidated report goes to, the issuing committee first
 * @param reportId the period asked for, one of {@code periods}
 * @param generatedAt when the files were produced (engine clock, Vietnam time)
 */
record ConsolidatedReport(
    String processInstanceId,
    String documentNumber,
    String directiveName,
    String provinceName,
    Agency standingAgency,
    String superior,
    List<String> recipients,
    String reportId,
    List<Period> periods,
    LocalDateTime generatedAt) {

  ConsolidatedReport {
    recipients = List.copyOf(recipients);
    periods = List.copyOf(periods);
  }

  /** The period asked for. */
  Period period() {
    return periods.stream().filter(p -> p.id().equals(reportId)).findFirst().orElseThrow();
  }

  /** "Quảng Ngãi": the province's name without "Tỉnh" / "Thành phố", as the place name of a document. */
  String placeName() {
    return provinceName.replaceFirst("^(?i)(tỉnh|thành phố)\\s+", "");
  }

  /**
   * One report period: its name, its due day (none before the directive's start set it), one line per unit, and the
   * directive's indicators with the figures reported against their targets (none for a directive that sets none).
   */
  record Period(String id, String name, LocalDate due, List<Line> lines, IndicatorResults indicators) {

    Period {
      lines = List.copyOf(lines);
    }

    /** The items in the directive's order, each with its lines. */
    Map<String, List<Line>> byItem() {
      Map<String, List<Line>> items = new java.util.LinkedHashMap<>();
      lines.forEach(l -> items.computeIfAbsent(l.itemId(), k -> new java.util.ArrayList<>()).add(l));
      return items;
    }

    Tally tally() {
      return Tally.of(lines);
    }
  }

  /**
   * One assignment: an item and the unit that leads it (an item led by a class of units has one line per unit).
   *
   * @param figures what the unit reported; empty when it has not reported
   */
  record Line(String index, String itemId, String itemTitle, String unit, DueStatus status, Figures figures) {}

  /** The figures of one report as the lead agency gave them in its form; each may be missing. */
  record Figures(Implementation implementation, Long activitiesHeld, Long childrenReached) {

    static final Figures NONE = new Figures(null, null, null);
  }

  /** The form's "Mức độ thực hiện", by its stored value. */
  enum Implementation {
    DONE("done", "Đã hoàn thành"),
    ONGOING("ongoing", "Đang thực hiện"),
    NOT_STARTED("notStarted", "Chưa triển khai");

    final String value;
    final String label;

    Implementation(String value, String label) {
      this.value = value;
      this.label = label;
    }

    static Implementation of(Object value) {
      for (Implementation i : values()) {
        if (i.value.equals(value)) {
          return i;
        }
      }
      return null;
    }
  }

  /** Counts of a group of lines: statuses, implementation levels and the sums of the figures. */
  record Tally(int units, int onTime, int late, int missing, int done, int ongoing, int notStarted,
      long activitiesHeld, long childrenReached) {

    static Tally of(List<Line> lines) {
      return new Tally(lines.size(), count(lines, l -> l.status() == DueStatus.ON_TIME),
          count(lines, l -> l.status() == DueStatus.LATE), count(lines, l -> l.status() == DueStatus.NOT_REPORTED),
          count(lines, l -> l.figures().implementation() == Implementation.DONE),
          count(lines, l -> l.figures().implementation() == Implementation.ONGOING),
          count(lines, l -> l.figures().implementation() == Implementation.NOT_STARTED),
          lines.stream().mapToLong(l -> l.figures().activitiesHeld() == null ? 0 : l.figures().activitiesHeld()).sum(),
          lines.stream().mapToLong(l -> l.figures().childrenReached() == null ? 0 : l.figures().childrenReached())
              .sum());
    }

    private static int count(List<Line> lines, Predicate<Line> which) {
      return (int) lines.stream().filter(which).count();
    }
  }
}
