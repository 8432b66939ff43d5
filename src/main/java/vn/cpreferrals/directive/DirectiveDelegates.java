package vn.cpreferrals.directive;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.deadline.DueStatus;
import vn.cpreferrals.deadline.PastDeadlines;
import vn.cpreferrals.deadline.ProcessDueStatus;
import vn.cpreferrals.process.EngineClock;

/**
 * The thin glue of the directive models: read variables, call {@link DirectiveSchedule} / {@link DueStatus} /
 * {@link ReportSummary}, write variables. Bean names are the ones the BPMN files use.
 */
@Configuration(proxyBeanMethods = false)
class DirectiveDelegates {

  /** Start of a directive: the business key is the directive number, as staff cite it. */
  @Bean
  ExecutionListener directiveStarted() {
    return execution -> {
      Object number = execution.getVariable("directiveNumber");
      if ((execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) && number != null) {
        execution.setProcessBusinessKey(number.toString().trim());
      }
      ProcessDueStatus.opened(execution);
      PastYear.requireChoice(execution.getVariable("year"), execution.getVariable(PastDeadlines.VARIABLE));
    };
  }

  @Bean
  JavaDelegate prepareAssignment(DirectiveSchedule schedule, AgencyRegistry registry) {
    return execution -> {
      Object year = execution.getVariable("year");
      String timing = (String) execution.getVariable("timing");
      Timing parsed = Timing.parse(timing);
      Date end = switch (parsed.kind()) {
        case YEAR_ROUND -> schedule.yearEnd(year);
        case QUARTERS -> schedule.quarterEnd(year, parsed.quarters().get(parsed.quarters().size() - 1));
        case DATE -> schedule.dayMonth(year, parsed.dayMonth());
      };
      Object planDays = execution.getVariable("planWithinDays");
      int days = planDays == null ? 15 : Integer.parseInt(planDays.toString());
      String lead = (String) execution.getVariable("leadAgency");
      execution.setVariable("timingKind", parsed.kind().name());
      execution.setVariable("assignmentEnd", end);
      execution.setVariable("planDue", schedule.daysAfter(EngineClock.now(), days));
      execution.setVariable("leadAgencyName", registry.nameOf(lead));
      // The lead plans with its coordinating agencies: the plan form names them.
      List<String> coordinators = schedule.split((String) execution.getVariable("coordinatingAgencies"));
      execution.setVariable("coordinatingAgencyNames", coordinators.isEmpty() ? "Không có" : coordinators.stream()
          .map(registry::nameOf).collect(Collectors.joining("; ")));
      ProcessDueStatus.opened(execution);
    };
  }

  /** The lead agency submitted a report: on time or late, here and in the directive that consolidates it. */
  @Bean
  JavaDelegate recordReportStatus() {
    return execution -> {
      String reportId = (String) execution.getVariable("reportId");
      String status = DueStatus.ofCompletion(EngineClock.now(), (Date) execution.getVariable("reportDue")).label();
      execution.getProcessInstance().setVariable("reportStatus_" + reportId, status);
      DelegateExecution directive = execution.getProcessInstance().getSuperExecution();
      if (directive != null) {
        directive.getProcessInstance().setVariable(
            ReportSummary.statusVariable(reportId, execution.getVariable("itemIndex")), status);
      }
    };
  }

  @Bean
  JavaDelegate recordAssignmentStatus() {
    return ProcessDueStatus::finished;
  }

  /** At a report deadline the standing agency sees which items reported on time, late, or not at all. */
  @Bean
  JavaDelegate summarizeReports() {
    return execution -> {
      String reportId = (String) execution.getVariable("summaryReportId");
      String items = (String) execution.getVariable("summaryItems");
      ReportSummary summary = ReportSummary.of(reportId, items, execution.getProcessInstance().getVariables());
      execution.getProcessInstance().setVariable("consolidationSummary_" + reportId, summary.text());
      execution.getProcessInstance().setVariable("reportsOnTime_" + reportId, summary.onTime());
      execution.getProcessInstance().setVariable("reportsLate_" + reportId, summary.late());
      execution.getProcessInstance().setVariable("reportsMissing_" + reportId, summary.missing());
    };
  }
}
