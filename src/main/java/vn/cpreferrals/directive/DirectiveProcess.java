package vn.cpreferrals.directive;

import vn.cpreferrals.process.ProcessVariable;

/**
 * The directive models as Java sees them: {@code bpmn/DirectiveAssignment.bpmn} (one item for one lead agency) and the
 * generated {@code bpmn/directives/*.bpmn} (one per directive, calling it per item and lead). Keys, the element ids the
 * code and the generator use, and every variable the directive code reads or writes. Names that carry a report id or
 * an item are built here, by the functions below, and nowhere else.
 */
public final class DirectiveProcess {

  /** The process every item of every directive runs, once per lead agency. */
  public static final String ASSIGNMENT_KEY = "DirectiveAssignment";
  /** Generated directive models are named {@code Directive_<Province>_<Year>_<Number>}. */
  public static final String DIRECTIVE_KEY_PREFIX = "Directive_";

  // Elements of every generated directive model.
  public static final String START_EVENT = "StartEvent_DirectiveIssued";
  public static final String GATEWAY_SPLIT = "Gateway_Split";
  public static final String GATEWAY_JOIN = "Gateway_Join";
  public static final String END_EVENT = "EndEvent_DirectiveDone";
  public static final String FLOW_TO_SPLIT = "Flow_ToSplit";
  public static final String FLOW_TO_END = "Flow_ToEnd";

  // Elements of DirectiveAssignment.
  public static final String TASK_PLAN = "Task_PlanImplementation";
  public static final String TASK_CONTRIBUTE = "Task_Contribute";
  public static final String REPORT_CYCLE = "SubProcess_ReportCycle";
  public static final String EVENT_INPUT_REQUEST = "Event_InputRequestDue";
  public static final String TASK_PROVIDE_REPORT_INPUT = "Task_ProvideReportInput";
  public static final String TASK_SUBMIT_REPORT = "Task_SubmitReport";
  public static final String TASK_QUARTER_WORK = "Task_QuarterWork";
  public static final String TASK_COMPLETE_BY_DATE = "Task_CompleteByDate";
  public static final String EVENT_YEAR_END = "Event_YearEnd";

  /** Properties of a generated directive process: the province it belongs to (read by tenancy), its standing agency. */
  public static final String PROPERTY_PROVINCE = "province";
  public static final String PROPERTY_STANDING_AGENCY = "standingAgency";

  // Beans the models name (delegate expressions), and the forms of the generated models.
  public static final String DIRECTIVE_STARTED = "directiveStarted";
  public static final String SUMMARIZE_REPORTS = "summarizeReports";
  /** The bean the models before typed values called from their expressions: {@link LegacyDirectiveSchedule}. */
  public static final String LEGACY_SCHEDULE_BEAN = "directiveSchedule";
  public static final String FORM_START = "directiveStart";
  public static final String FORM_CONSOLIDATION = "directiveConsolidation";
  public static final String FORM_SEND = "directiveSend";

  // Given when a directive starts (start form).
  public static final ProcessVariable<Object> YEAR = ProcessVariable.any("year");
  public static final ProcessVariable<Object> DIRECTIVE_NUMBER = ProcessVariable.any("directiveNumber");

  // Inputs of DirectiveAssignment, written by the generator into each call activity.
  public static final ProcessVariable<String> ITEM_ID = ProcessVariable.string("itemId");
  /** Position of the assignment in its directive (1, 2, …): a directive item with two leads has two. */
  public static final ProcessVariable<Object> ITEM_INDEX = ProcessVariable.any("itemIndex");
  public static final ProcessVariable<String> ITEM_TITLE = ProcessVariable.string("itemTitle");
  public static final ProcessVariable<String> LEAD_AGENCY = ProcessVariable.string("leadAgency");
  /** A list of agency ids (the multi-instance collection of the coordinating tasks). */
  public static final ProcessVariable<Object> COORDINATING_AGENCIES = ProcessVariable.any("coordinatingAgencies");
  /** The timing as the directive words it, shown to staff; never read by code (see {@link #TIMING_KIND}). */
  public static final ProcessVariable<String> TIMING = ProcessVariable.string("timing");
  /** A {@link Timing.Kind} name, resolved from the wording when the model was generated. */
  public static final ProcessVariable<String> TIMING_KIND = ProcessVariable.string("timingKind");
  /** For {@code QUARTERS}: a list of quarter numbers (the multi-instance collection of the quarter tasks). */
  public static final ProcessVariable<Object> TIMING_QUARTERS = ProcessVariable.any("timingQuarters");
  /** For {@code DATE}: the day of the year, ISO {@code --MM-dd}. */
  public static final ProcessVariable<String> TIMING_DATE = ProcessVariable.string("timingDate");
  /** A list of the directive's report ids, in order (the multi-instance collection of the report cycle). */
  public static final ProcessVariable<Object> REPORT_IDS = ProcessVariable.any("reportIds");
  /** A map from report id to the report's name. */
  public static final ProcessVariable<Object> REPORT_NAMES = ProcessVariable.any("reportNames");
  /** A map from report id to the day the report is due, ISO {@code --MM-dd}. */
  public static final ProcessVariable<Object> REPORT_DUE_DAYS = ProcessVariable.any("reportDueDays");
  public static final ProcessVariable<Object> PLAN_WITHIN_DAYS = ProcessVariable.any("planWithinDays");

  // Set by DirectiveAssignment's delegates and listeners for the models and forms.
  public static final ProcessVariable<java.util.Date> ASSIGNMENT_END = ProcessVariable.date("assignmentEnd");
  public static final ProcessVariable<java.util.Date> PLAN_DUE = ProcessVariable.date("planDue");
  public static final ProcessVariable<String> LEAD_AGENCY_NAME = ProcessVariable.string("leadAgencyName");
  public static final ProcessVariable<String> COORDINATING_AGENCY_NAMES = ProcessVariable.string("coordinatingAgencyNames");
  /** Element of the quarter tasks' collection, and the end of that quarter. */
  public static final ProcessVariable<Object> QUARTER = ProcessVariable.any("quarter");
  public static final ProcessVariable<java.util.Date> QUARTER_END = ProcessVariable.date("quarterEnd");
  /** Element of the report cycle's collection, and what one cycle needs of its report. */
  public static final ProcessVariable<String> REPORT_ID = ProcessVariable.string("reportId");
  public static final ProcessVariable<String> REPORT_NAME = ProcessVariable.string("reportName");
  public static final ProcessVariable<java.util.Date> REPORT_DUE = ProcessVariable.date("reportDue");
  public static final ProcessVariable<java.util.Date> INPUT_REQUEST_AT = ProcessVariable.date("inputRequestAt");
  public static final ProcessVariable<java.util.Date> INPUT_DUE = ProcessVariable.date("inputDue");

  // Inputs of the generated summary and consolidation tasks.
  public static final ProcessVariable<String> SUMMARY_REPORT_ID = ProcessVariable.string("summaryReportId");
  /** A list of maps, one per assignment, with the keys below. */
  public static final ProcessVariable<Object> SUMMARY_ITEMS = ProcessVariable.any("summaryItems");
  public static final String SUMMARY_ITEM_INDEX = "index";
  public static final String SUMMARY_ITEM_ID = "item";
  public static final String SUMMARY_ITEM_LEAD = "lead";
  public static final ProcessVariable<String> CONSOLIDATION_SUMMARY = ProcessVariable.string("consolidationSummary");
  /**
   * The indicators every assignment reports, a list of maps: {@link #SUMMARY_ITEM_INDEX} and an {@link Indicator}'s
   * model entries; the consolidation compares what was reported with the targets.
   */
  public static final ProcessVariable<Object> SUMMARY_INDICATORS = ProcessVariable.any("summaryIndicators");
  /** Each indicator's reported figure against its target, shown on the consolidation and sending forms. */
  public static final ProcessVariable<String> INDICATOR_SUMMARY = ProcessVariable.string("indicatorSummary");
  /** Links to the period's workbook and draft report, in markdown, shown on the consolidation and send forms. */
  public static final ProcessVariable<String> REPORT_DOWNLOADS = ProcessVariable.string("reportDownloads");
  public static final ProcessVariable<String> RECIPIENT_NAME = ProcessVariable.string("recipientName");

  // What a lead agency submits with a report (form directiveReport) that the consolidated report counts; the narrative
  // and the difficulties stay with the assignment.
  public static final ProcessVariable<String> IMPLEMENTATION_STATUS = ProcessVariable.string("implementationStatus");
  public static final ProcessVariable<Object> ACTIVITIES_HELD = ProcessVariable.any("activitiesHeld");
  public static final ProcessVariable<Object> CHILDREN_REACHED = ProcessVariable.any("childrenReached");

  /** Input of an assignment: the {@link Indicator}s its lead reports (a list of maps, the indicators' model entries). */
  public static final ProcessVariable<Object> ITEM_INDICATORS = ProcessVariable.any("itemIndicators");
  /**
   * In a report cycle: what the report form shows of each indicator, a JSON list of maps ({@link #FIGURE_NAME},
   * {@link #FIGURE_TARGET}), read by the form's labels; the figures come back in {@link #indicatorValueOf} fields.
   */
  public static final ProcessVariable<Object> INDICATOR_FIGURES = ProcessVariable.any("indicatorFigures");
  public static final String FIGURE_NAME = "name";
  public static final String FIGURE_TARGET = "target";
  /**
   * The report form has this many figure fields, shown as far as the item has indicators: Tasklist cannot accept
   * input in form-js's repeating lists (their empty error entries keep "Hoàn thành" disabled), so the fields are fixed.
   */
  public static final int INDICATOR_SLOTS = 10;
  private static final String INDICATOR_VALUE = "indicatorValue";
  /** In a report's figures ({@link #reportFiguresOf}): indicator id → the figure reported. */
  public static final String FIGURES_INDICATORS = "indicators";

  private static final String REPORT_STATUS = "reportStatus_";
  private static final String INDICATOR_SUMMARY_OF = "indicatorSummary_";
  private static final String REPORT_FIGURES = "reportFigures_";
  private static final String CONSOLIDATION_SUMMARY_OF = "consolidationSummary_";
  private static final String REPORT_DOWNLOADS_OF = "reportDownloads_";
  private static final String REPORT_STATUS_BY_UNIT = "reportStatusByUnit_";
  private static final String REPORTS_ON_TIME = "reportsOnTime_";
  private static final String REPORTS_LATE = "reportsLate_";
  private static final String REPORTS_MISSING = "reportsMissing_";
  private static final String REPORT_DUE_OF = "reportDue_";
  private static final String CONSOLIDATE_BY_OF = "consolidateBy_";

  private DirectiveProcess() {
  }

  /** The status of report {@code reportId} in the assignment that submitted it: "đúng hạn" or "trễ hạn". */
  public static String reportStatusOf(String reportId) {
    return REPORT_STATUS + reportId;
  }

  /** The same, in the directive, for the assignment at {@code itemIndex} (e.g. {@code reportStatus_Annual_5}). */
  public static String reportStatusOf(String reportId, Object itemIndex) {
    return REPORT_STATUS + reportId + "_" + itemIndex;
  }

  /**
   * In the directive: the figures the assignment at {@code itemIndex} reported for {@code reportId}, as JSON
   * ({@link #IMPLEMENTATION_STATUS}, {@link #ACTIVITIES_HELD}, {@link #CHILDREN_REACHED} → value), e.g.
   * {@code reportFigures_Annual_5}.
   */
  public static String reportFiguresOf(String reportId, Object itemIndex) {
    return REPORT_FIGURES + reportId + "_" + itemIndex;
  }

  /** The directive's summary of who reported for {@code reportId}, shown on the consolidation and sending forms. */
  public static String reportDownloadsOf(String reportId) {
    return REPORT_DOWNLOADS_OF + reportId;
  }

  /** The report form's field for the figure of the item's {@code slot}-th indicator (1-based). */
  public static String indicatorValueOf(int slot) {
    return INDICATOR_VALUE + slot;
  }

  public static String indicatorSummaryOf(String reportId) {
    return INDICATOR_SUMMARY_OF + reportId;
  }

  public static String consolidationSummaryOf(String reportId) {
    return CONSOLIDATION_SUMMARY_OF + reportId;
  }

  /** Every unit of the directive with its status for the report, as JSON ("Mục 1 – UBND xã …" → "trễ hạn"). */
  public static String reportStatusByUnitOf(String reportId) {
    return REPORT_STATUS_BY_UNIT + reportId;
  }

  public static String reportsOnTimeOf(String reportId) {
    return REPORTS_ON_TIME + reportId;
  }

  public static String reportsLateOf(String reportId) {
    return REPORTS_LATE + reportId;
  }

  public static String reportsMissingOf(String reportId) {
    return REPORTS_MISSING + reportId;
  }

  /** In the directive: when the assignments' reports for {@code reportId} are due (the directive's timer). */
  public static ProcessVariable<java.util.Date> reportDueOf(String reportId) {
    return ProcessVariable.date(REPORT_DUE_OF + reportId);
  }

  /** In the directive: when the standing agency must have consolidated and sent report {@code reportId}. */
  public static ProcessVariable<java.util.Date> consolidateByOf(String reportId) {
    return ProcessVariable.date(CONSOLIDATE_BY_OF + reportId);
  }

  /** JUEL that reads one variable, for the generator: {@code ${name}}. */
  public static String read(ProcessVariable<?> variable) {
    return read(variable.name());
  }

  public static String read(String variableName) {
    return "${" + variableName + "}";
  }

  // Element ids of the generated directive models, per assignment and per report.

  /** {@code CallActivity_Item_II_9}, or {@code CallActivity_Item_II_9_Lead2} when the item has several leads. */
  public static String callActivityOf(String itemId, int lead, int leads) {
    String base = "CallActivity_Item_" + itemId.replaceAll("[^A-Za-z0-9]+", "_");
    return leads == 1 ? base : base + "_Lead" + lead;
  }

  /** The assignment of one unit of a class: the class's element id and the unit's id. */
  public static String memberCallActivityOf(String classElementId, String unitId) {
    return classElementId + "_" + unitId.replaceAll("[^A-Za-z0-9]+", "_");
  }

  public static String reportDueEventOf(String reportId) {
    return "Event_ReportDue_" + reportId;
  }

  public static String timerOf(String reportId) {
    return "TimerEventDefinition_ReportDue_" + reportId;
  }

  public static String summarizeTaskOf(String reportId) {
    return "Task_Summarize_" + reportId;
  }

  public static String consolidateTaskOf(String reportId) {
    return "Task_Consolidate_" + reportId;
  }

  public static String finalSummaryTaskOf(String reportId) {
    return "Task_FinalSummary_" + reportId;
  }

  public static String sendReportTaskOf(String reportId) {
    return "Task_SendReport_" + reportId;
  }

  /** The flow from the split gateway to the first element of a row. */
  public static String flowToRow(String firstElementId) {
    return "Flow_To_" + firstElementId;
  }

  /** The flow from the last element of a row to the join gateway. */
  public static String flowFromRow(String lastElementId) {
    return "Flow_From_" + lastElementId;
  }

  public static String flowToSummarizeOf(String reportId) {
    return "Flow_ToSummarize_" + reportId;
  }

  public static String flowToConsolidateOf(String reportId) {
    return "Flow_ToConsolidate_" + reportId;
  }

  public static String flowToFinalSummaryOf(String reportId) {
    return "Flow_ToFinalSummary_" + reportId;
  }

  public static String flowToSendOf(String reportId) {
    return "Flow_ToSend_" + reportId;
  }
}
