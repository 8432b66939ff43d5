package vn.cpreferrals.directive;

import java.time.MonthDay;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.deadline.DueStatus;
import vn.cpreferrals.deadline.PastDeadlines;
import vn.cpreferrals.deadline.ProcessDueStatus;
import vn.cpreferrals.process.EngineClock;

/**
 * The thin glue of the directive models: read variables, call {@link DirectiveDates} / {@link DueStatus} /
 * {@link ReportSummary}, write variables. Bean names are the ones the BPMN files use. The models carry typed values
 * (lists, maps, days of the year as {@code --MM-dd}); the dates follow here once the year is known, and the models only
 * read the variables set here.
 */
@Configuration(proxyBeanMethods = false)
class DirectiveDelegates {

  /**
   * Start of a directive: the business key is the directive number, as staff cite it; the directive's own deadlines
   * (report due, consolidate by) are the days its start event lists as properties, in the year given.
   */
  @Bean(DirectiveProcess.DIRECTIVE_STARTED)
  ExecutionListener directiveStarted(DirectiveDates dates) {
    return execution -> {
      Object number = DirectiveProcess.DIRECTIVE_NUMBER.from(execution);
      String businessKey = execution.getProcessBusinessKey();
      if ((businessKey == null || businessKey.isBlank()) && number != null) {
        execution.setProcessBusinessKey(number.toString().trim());
      }
      ProcessDueStatus.opened(execution);
      Object year = DirectiveProcess.YEAR.from(execution);
      PastYear.requireChoice(year, execution.getVariable(PastDeadlines.VARIABLE));
      daysOfTheYear(execution.getBpmnModelElementInstance()).forEach((variable, day) ->
          execution.setVariable(variable, dates.dayOf(DirectiveDates.year(year), day)));
    };
  }

  @Bean
  JavaDelegate prepareAssignment(DirectiveDates dates, AgencyRegistry registry) {
    return execution -> {
      int year = DirectiveDates.year(DirectiveProcess.YEAR.from(execution));
      Timing timing = timing(execution);
      Object planDays = DirectiveProcess.PLAN_WITHIN_DAYS.from(execution);
      int days = planDays == null ? 15 : DirectiveDates.toInt(planDays);
      DirectiveProcess.ASSIGNMENT_END.set(execution, dates.assignmentEnd(year, timing));
      DirectiveProcess.PLAN_DUE.set(execution, dates.daysAfter(EngineClock.now(), days));
      DirectiveProcess.LEAD_AGENCY_NAME.set(execution, registry.nameOf(DirectiveProcess.LEAD_AGENCY.from(execution)));
      // The lead plans with its coordinating agencies: the plan form names them.
      Object coordinating = DirectiveProcess.COORDINATING_AGENCIES.from(execution);
      List<String> coordinators = coordinating instanceof String commaSeparated
          ? LegacyDirectiveSchedule.splitList(commaSeparated) : strings(coordinating);
      DirectiveProcess.COORDINATING_AGENCY_NAMES.set(execution, coordinators.isEmpty() ? "Không có"
          : AgencyList.shown(coordinators.stream().map(registry::nameOf).toList()));
      ProcessDueStatus.opened(execution);
    };
  }

  /** One reporting cycle of an assignment begins: its report's name and dates, local to the cycle. */
  @Bean
  ExecutionListener reportCycleStarted(DirectiveDates dates) {
    return execution -> {
      String reportId = DirectiveProcess.REPORT_ID.from(execution);
      Map<?, ?> names = (Map<?, ?>) DirectiveProcess.REPORT_NAMES.from(execution);
      Map<?, ?> dueDays = (Map<?, ?>) DirectiveProcess.REPORT_DUE_DAYS.from(execution);
      DirectiveDates.ReportDates report = dates.report(DirectiveDates.year(DirectiveProcess.YEAR.from(execution)),
          day((String) dueDays.get(reportId)));
      DirectiveProcess.REPORT_NAME.setLocal(execution, names.get(reportId));
      DirectiveProcess.REPORT_DUE.setLocal(execution, report.due());
      DirectiveProcess.INPUT_REQUEST_AT.setLocal(execution, report.inputRequestAt());
      DirectiveProcess.INPUT_DUE.setLocal(execution, report.inputDue());
      List<Indicator> indicators = Indicator.listFromModel(DirectiveProcess.ITEM_INDICATORS.from(execution));
      if (!indicators.isEmpty()) {
        int year = DirectiveDates.year(DirectiveProcess.YEAR.from(execution));
        java.util.ArrayList<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int slot = 1; slot <= indicators.size(); slot++) {
          Indicator indicator = indicators.get(slot - 1);
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put(DirectiveProcess.FIGURE_NAME, indicator.name() + " (" + (indicator.unit().isBlank() ? "số"
              : indicator.unit()) + ")");
          String target = indicator.targetText(year);
          row.put(DirectiveProcess.FIGURE_TARGET, target.isEmpty() ? "không giao mục tiêu" : target);
          rows.add(row);
          // Local to the cycle: the figure the form returns belongs to this period only.
          execution.setVariableLocal(DirectiveProcess.indicatorValueOf(slot), null);
        }
        DirectiveProcess.INDICATOR_FIGURES.setLocal(execution, Variables.objectValue(rows)
            .serializationDataFormat(SerializationDataFormats.JSON).create());
      }
    };
  }

  /** The work of one quarter begins: it is due at the quarter's end. */
  @Bean
  ExecutionListener quarterStarted(DirectiveDates dates) {
    return execution -> DirectiveProcess.QUARTER_END.setLocal(execution, dates.quarterEnd(
        DirectiveDates.year(DirectiveProcess.YEAR.from(execution)),
        DirectiveDates.toInt(DirectiveProcess.QUARTER.from(execution))));
  }

  /** The lead agency submitted a report: on time or late, here and in the directive that consolidates it. */
  @Bean
  JavaDelegate recordReportStatus() {
    return execution -> {
      String reportId = DirectiveProcess.REPORT_ID.from(execution);
      String status = DueStatus.ofCompletion(EngineClock.now(), DirectiveProcess.REPORT_DUE.from(execution)).label();
      execution.getProcessInstance().setVariable(DirectiveProcess.reportStatusOf(reportId), status);
      DelegateExecution directive = execution.getProcessInstance().getSuperExecution();
      if (directive != null) {
        Object index = DirectiveProcess.ITEM_INDEX.from(execution);
        directive.getProcessInstance().setVariable(DirectiveProcess.reportStatusOf(reportId, index), status);
        directive.getProcessInstance().setVariable(DirectiveProcess.reportFiguresOf(reportId, index),
            Variables.objectValue(figures(execution)).serializationDataFormat(SerializationDataFormats.JSON).create());
      }
      // The figures belong to this period: a field left blank next period must not carry this one's figure.
      List.of(DirectiveProcess.IMPLEMENTATION_STATUS, DirectiveProcess.ACTIVITIES_HELD,
          DirectiveProcess.CHILDREN_REACHED).forEach(v -> v.remove(execution.getProcessInstance()));
    };
  }

  /** The figures of the report just submitted, for the consolidated report; no narrative, nothing about a child. */
  private static java.util.LinkedHashMap<String, Object> figures(DelegateExecution assignment) {
    java.util.LinkedHashMap<String, Object> figures = new java.util.LinkedHashMap<>();
    for (var variable : List.of(DirectiveProcess.IMPLEMENTATION_STATUS, DirectiveProcess.ACTIVITIES_HELD,
        DirectiveProcess.CHILDREN_REACHED)) {
      Object value = variable.from(assignment);
      if (value != null) {
        figures.put(variable.name(), value);
      }
    }
    Map<String, Object> indicators = indicatorFigures(assignment);
    if (!indicators.isEmpty()) {
      figures.put(DirectiveProcess.FIGURES_INDICATORS, indicators);
    }
    return figures;
  }

  /** The indicators' figures the lead filled in, by indicator id: only numbers, only indicators its item asks for. */
  private static Map<String, Object> indicatorFigures(DelegateExecution assignment) {
    Map<String, Object> figures = new java.util.LinkedHashMap<>();
    List<Indicator> asked = Indicator.listFromModel(DirectiveProcess.ITEM_INDICATORS.from(assignment));
    for (int slot = 1; slot <= Math.min(asked.size(), DirectiveProcess.INDICATOR_SLOTS); slot++) {
      if (assignment.getVariable(DirectiveProcess.indicatorValueOf(slot)) instanceof Number value
          && Double.isFinite(value.doubleValue())) {
        figures.put(asked.get(slot - 1).id(), value);
      }
    }
    return figures;
  }

  @Bean
  JavaDelegate recordAssignmentStatus() {
    return ProcessDueStatus::finished;
  }

  /** At a report deadline the standing agency sees which items reported on time, late, or not at all. */
  @Bean(DirectiveProcess.SUMMARIZE_REPORTS)
  JavaDelegate summarizeReports() {
    return execution -> {
      String reportId = DirectiveProcess.SUMMARY_REPORT_ID.from(execution);
      Object items = DirectiveProcess.SUMMARY_ITEMS.from(execution);
      // Directives started before the models carried a structured list still give "index|item|lead" lines.
      List<? extends Map<String, ?>> list = items instanceof String lines
          ? LegacyDirectiveSchedule.summaryItems(lines) : maps(items);
      Map<String, Object> variables = execution.getProcessInstance().getVariables();
      ReportSummary summary = ReportSummary.of(reportId, list, variables);
      DelegateExecution directive = execution.getProcessInstance();
      directive.setVariable(DirectiveProcess.consolidationSummaryOf(reportId), summary.text());
      directive.setVariable(DirectiveProcess.reportsOnTimeOf(reportId), summary.onTime());
      directive.setVariable(DirectiveProcess.reportsLateOf(reportId), summary.late());
      directive.setVariable(DirectiveProcess.reportsMissingOf(reportId), summary.missing());
      directive.setVariable(DirectiveProcess.indicatorSummaryOf(reportId), IndicatorResults.of(
          DirectiveDates.year(DirectiveProcess.YEAR.from(directive)), DirectiveProcess.SUMMARY_INDICATORS.from(execution),
          list, index -> variables.get(DirectiveProcess.reportFiguresOf(reportId, index))).text());
      directive.setVariable(DirectiveProcess.reportDownloadsOf(reportId), ReportLinks.markdown(directive.getId(),
          reportId));
      // Every unit by name: the text names a few hundred characters of them, a commune class has up to 135.
      directive.setVariable(DirectiveProcess.reportStatusByUnitOf(reportId), Variables.objectValue(
          new java.util.LinkedHashMap<>(summary.byUnit())).serializationDataFormat(SerializationDataFormats.JSON)
          .create());
    };
  }

  /** The assignment's resolved timing, as the directive model gives it (kind, and quarters or day). */
  private static Timing timing(DelegateExecution assignment) {
    String kind = DirectiveProcess.TIMING_KIND.from(assignment);
    if (kind == null) {
      return LegacyDirectiveSchedule.resolveEarlierInputs(assignment);
    }
    return new Timing(Timing.Kind.valueOf(kind),
        DirectiveDates.quarters(DirectiveProcess.TIMING_QUARTERS.from(assignment)),
        day(DirectiveProcess.TIMING_DATE.from(assignment)));
  }

  /** The {@code camunda:property} entries of {@code element}: variable name to day of the year ({@code --MM-dd}). */
  static Map<String, MonthDay> daysOfTheYear(Object element) {
    if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
      return Map.of();
    }
    ExtensionElements extensions = base.getExtensionElements();
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .collect(Collectors.toMap(CamundaProperty::getCamundaName, p -> day(p.getCamundaValue()), (a, b) -> b,
            java.util.TreeMap::new));
  }

  private static MonthDay day(String isoDay) {
    return isoDay == null ? null : MonthDay.parse(isoDay);
  }

  private static List<String> strings(Object list) {
    return list instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
  }

  @SuppressWarnings("unchecked")
  private static List<? extends Map<String, ?>> maps(Object list) {
    return list instanceof List<?> values ? (List<? extends Map<String, ?>>) values : List.of();
  }
}
