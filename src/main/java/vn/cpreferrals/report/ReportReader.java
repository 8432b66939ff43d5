package vn.cpreferrals.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.deadline.DueStatus;
import vn.cpreferrals.directive.DirectiveProcess;
import vn.cpreferrals.directive.IndicatorResults;
import vn.cpreferrals.directive.LegacyDirectiveSchedule;
import vn.cpreferrals.process.EngineClock;
import vn.cpreferrals.report.ConsolidatedReport.Figures;
import vn.cpreferrals.report.ConsolidatedReport.Implementation;
import vn.cpreferrals.report.ConsolidatedReport.Line;
import vn.cpreferrals.report.ConsolidatedReport.Period;

/**
 * Reads a directive instance from the engine's history (the same for a running directive and a finished one): the
 * model says which periods and assignments there are, the directive's variables which unit reported when and what
 * figures. Callers have checked access and call this as the system: it reads past every authorization.
 */
@Component
class ReportReader {

  static final ZoneId VIETNAM = WorkingDays.VIETNAM;

  private final HistoryService history;
  private final RepositoryService repository;
  private final AgencyRegistry registry;

  ReportReader(HistoryService history, RepositoryService repository, AgencyRegistry registry) {
    this.history = history;
    this.repository = repository;
    this.registry = registry;
  }

  /** The directive instance with this id; empty for an unknown id or an instance of another process. */
  Optional<DirectiveInstance> directive(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null || instance.getProcessDefinitionKey() == null
        || !instance.getProcessDefinitionKey().startsWith(DirectiveProcess.DIRECTIVE_KEY_PREFIX)) {
      return Optional.empty();
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
    Process process = model.getModelElementById(instance.getProcessDefinitionKey());
    Optional<String> standing = ModelInputs.property(process, DirectiveProcess.PROPERTY_STANDING_AGENCY);
    if (standing.isEmpty() || instance.getTenantId() == null) {
      return Optional.empty();
    }
    return Optional.of(new DirectiveInstance(instance.getId(), instance.getProcessDefinitionKey(),
        instance.getProcessDefinitionName(), instance.getBusinessKey(), instance.getTenantId(), standing.get(), model));
  }

  /** The report periods of the directive, id → name, in the model's order. */
  Map<String, String> periods(DirectiveInstance directive) {
    String prefix = DirectiveProcess.consolidateTaskOf("");
    Map<String, String> periods = new java.util.LinkedHashMap<>();
    for (UserTask task : directive.model().getModelElementsByType(UserTask.class)) {
      if (task.getId().startsWith(prefix)) {
        String id = task.getId().substring(prefix.length());
        periods.put(id, ModelInputs.text(task, DirectiveProcess.REPORT_NAME.name()).orElse(id));
      }
    }
    return periods;
  }

  /** Everything the files of period {@code reportId} say; {@code reportId} must be one of {@link #periods}. */
  ConsolidatedReport read(DirectiveInstance directive, String reportId) {
    Map<String, String> periods = periods(directive);
    List<Map<String, String>> items = summaryItems(directive, periods.keySet().iterator().next());
    Map<String, Object> variables = variables(directive, periods.keySet(), items);
    Map<String, String> titles = titles(directive);
    ServiceTask summarize = directive.model().getModelElementById(
        DirectiveProcess.summarizeTaskOf(periods.keySet().iterator().next()));
    List<Map<String, String>> indicators = ModelInputs.listOfMaps(summarize,
        DirectiveProcess.SUMMARY_INDICATORS.name()).orElse(List.of());
    Object year = variables.get(DirectiveProcess.YEAR.name());
    List<Period> read = new ArrayList<>();
    periods.forEach((id, name) -> read.add(new Period(id, name, day(variables.get(
        DirectiveProcess.reportDueOf(id).name())), items.stream().map(item -> line(id, item, titles, variables))
        .toList(), IndicatorResults.of(year == null ? LocalDate.ofInstant(EngineClock.now().toInstant(), VIETNAM)
            .getYear() : new java.math.BigDecimal(year.toString().trim()).intValue(), indicators, items,
            index -> variables.get(DirectiveProcess.reportFiguresOf(id, index))))));
    Agency standing = registry.agency(directive.standingAgency()).orElseThrow();
    Object number = variables.get(DirectiveProcess.DIRECTIVE_NUMBER.name());
    return new ConsolidatedReport(directive.id(), number == null ? directive.businessKey() : number.toString(),
        directive.directiveName(), registry.province(directive.province()).map(p -> p.name())
            .orElse(directive.province()), standing,
        standing.parent() == null ? null : registry.agency(standing.parent()).map(Agency::shortName).orElse(null),
        recipients(directive, reportId, standing), reportId, read,
        LocalDateTime.ofInstant(EngineClock.now().toInstant(), VIETNAM));
  }

  private static Line line(String reportId, Map<String, String> item, Map<String, String> titles,
      Map<String, Object> variables) {
    String index = item.get(DirectiveProcess.SUMMARY_ITEM_INDEX);
    DueStatus status = DueStatus.ofLabel(variables.get(DirectiveProcess.reportStatusOf(reportId, index)))
        .filter(s -> s == DueStatus.ON_TIME || s == DueStatus.LATE).orElse(DueStatus.NOT_REPORTED);
    return new Line(index, item.get(DirectiveProcess.SUMMARY_ITEM_ID), titles.getOrDefault(index, ""),
        item.get(DirectiveProcess.SUMMARY_ITEM_LEAD), status,
        status == DueStatus.NOT_REPORTED ? Figures.NONE
            : figures(variables.get(DirectiveProcess.reportFiguresOf(reportId, index))));
  }

  private static Figures figures(Object stored) {
    if (!(stored instanceof Map<?, ?> figures)) {
      return Figures.NONE; // reported before the directive kept figures
    }
    return new Figures(Implementation.of(figures.get(DirectiveProcess.IMPLEMENTATION_STATUS.name())),
        number(figures.get(DirectiveProcess.ACTIVITIES_HELD.name())),
        number(figures.get(DirectiveProcess.CHILDREN_REACHED.name())));
  }

  private static Long number(Object value) {
    if (value instanceof Number n) {
      return Math.round(n.doubleValue());
    }
    try {
      return value == null ? null : Math.round(Double.parseDouble(value.toString().trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** One map per assignment (index, item, lead), as the model gives them to its summary tasks. */
  private static List<Map<String, String>> summaryItems(DirectiveInstance directive, String anyReportId) {
    ServiceTask summarize = directive.model().getModelElementById(DirectiveProcess.summarizeTaskOf(anyReportId));
    return ModelInputs.listOfMaps(summarize, DirectiveProcess.SUMMARY_ITEMS.name())
        .orElseGet(() -> ModelInputs.text(summarize, DirectiveProcess.SUMMARY_ITEMS.name())
            .map(lines -> LegacyDirectiveSchedule.summaryItems(lines).stream().map(ReportReader::texts).toList())
            .orElse(List.of()));
  }

  private static Map<String, String> texts(Map<String, Object> map) {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    map.forEach((k, v) -> texts.put(k, String.valueOf(v)));
    return texts;
  }

  /** Each assignment's item title, by its index. */
  private static Map<String, String> titles(DirectiveInstance directive) {
    Map<String, String> titles = new HashMap<>();
    for (CallActivity call : directive.model().getModelElementsByType(CallActivity.class)) {
      ModelInputs.text(call, DirectiveProcess.ITEM_INDEX.name()).ifPresent(index ->
          titles.put(index, ModelInputs.text(call, DirectiveProcess.ITEM_TITLE.name()).orElse("")));
    }
    return titles;
  }

  /** Whom the period's consolidated report goes to, as the sending task names them. */
  private List<String> recipients(DirectiveInstance directive, String reportId, Agency standing) {
    UserTask send = directive.model().getModelElementById(DirectiveProcess.sendReportTaskOf(reportId));
    Optional<String> named = send == null ? Optional.empty()
        : ModelInputs.text(send, DirectiveProcess.RECIPIENT_NAME.name());
    return named.map(n -> Arrays.stream(n.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElseGet(() -> standing.parent() == null ? List.of() : List.of(registry.nameOf(standing.parent())));
  }

  /** The directive's own variables the files need: statuses, figures, due days, the document number. */
  private Map<String, Object> variables(DirectiveInstance directive, java.util.Collection<String> reportIds,
      List<Map<String, String>> items) {
    List<String> names = new ArrayList<>(List.of(DirectiveProcess.DIRECTIVE_NUMBER.name(),
        DirectiveProcess.YEAR.name()));
    for (String reportId : reportIds) {
      names.add(DirectiveProcess.reportDueOf(reportId).name());
      for (Map<String, String> item : items) {
        names.add(DirectiveProcess.reportStatusOf(reportId, item.get(DirectiveProcess.SUMMARY_ITEM_INDEX)));
        names.add(DirectiveProcess.reportFiguresOf(reportId, item.get(DirectiveProcess.SUMMARY_ITEM_INDEX)));
      }
    }
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(directive.id())
        .variableNameIn(names.toArray(String[]::new)).list()) {
      if (directive.id().equals(v.getExecutionId()) && !HistoricVariableInstance.STATE_DELETED.equals(v.getState())) {
        values.put(v.getName(), v.getValue());
      }
    }
    return values;
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? LocalDate.ofInstant(date.toInstant(), VIETNAM) : null;
  }
}
