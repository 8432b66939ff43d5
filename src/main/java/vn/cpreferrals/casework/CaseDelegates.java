package vn.cpreferrals.casework;

import java.util.Date;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import static vn.cpreferrals.casework.CaseProcess.COMMUNE_AGENCY;
import static vn.cpreferrals.casework.CaseProcess.EMERGENCY;
import static vn.cpreferrals.casework.CaseProcess.EXTENSION_DAYS;
import static vn.cpreferrals.casework.CaseProcess.HARM_TYPE;
import static vn.cpreferrals.casework.CaseProcess.HARM_TYPE_LABEL;
import static vn.cpreferrals.casework.CaseProcess.INTAKE_SOURCE;
import static vn.cpreferrals.casework.CaseProcess.INTAKE_SOURCE_LABEL;
import static vn.cpreferrals.casework.CaseProcess.LIFE_THREATENING;
import static vn.cpreferrals.casework.CaseProcess.PERPETRATOR_HAS_ACCESS;
import static vn.cpreferrals.casework.CaseProcess.PLAN_CYCLE;
import static vn.cpreferrals.casework.CaseProcess.QUICK_REPORT_EVERY_ABUSE;
import static vn.cpreferrals.casework.CaseProcess.RECEIVED_AT;
import static vn.cpreferrals.casework.CaseProcess.RECEIVED_AT_TEXT;
import static vn.cpreferrals.casework.CaseProcess.SEPARATION_ENDS_AT;
import static vn.cpreferrals.casework.CaseProcess.SEPARATION_EXTENSIONS;
import static vn.cpreferrals.casework.CaseProcess.SERVICES_TO_CONSIDER;
import static vn.cpreferrals.casework.CaseProcess.SERVICES_TO_CONSIDER_TEXT;
import static vn.cpreferrals.casework.CaseProcess.URGENCY;

import vn.cpreferrals.process.EngineClock;


/** The thin glue of the case model: read variables, call a rule or a deadline, write variables. */
@Configuration(proxyBeanMethods = false)
class CaseDelegates {

  @Bean
  JavaDelegate prepareCase(CaseSetup setup, CaseDeadlines deadlines, CaseLabels labels) {
    return execution -> {
      Date receivedAt = RECEIVED_AT.from(execution);
      execution.setVariables(setup.variables(COMMUNE_AGENCY.from(execution), receivedAt));
      // The facts of the report as people read them on every form of the case.
      RECEIVED_AT_TEXT.set(execution, deadlines.shown(receivedAt));
      INTAKE_SOURCE_LABEL.set(execution, labels.intakeSource(INTAKE_SOURCE.from(execution)));
    };
  }

  /**
   * After the decisions of the model's business-rule tasks (urgency, emergency, services to consider): what the case
   * shows of them, and whether the province wants a quick report of this case although it is no emergency.
   */
  @Bean
  JavaDelegate recordRiskAssessment(QuickReportRule quickReports, CaseLabels labels, ReferralServices referrals) {
    return execution -> recordRisk(execution, quickReports, labels, referrals);
  }

  /**
   * Task_AssessRisk of the CaseIntervention versions deployed before the decisions moved into business-rule tasks: it
   * evaluates them here. Instances of those versions still call it; remove it once none of them runs.
   */
  @Bean
  JavaDelegate assessRisk(@Lazy DecisionService decisions, QuickReportRule quickReports, CaseLabels labels,
      ReferralServices referrals) {
    return execution -> {
      var facts = Variables.createVariables()
          .putValue(HARM_TYPE.name(), HARM_TYPE.from(execution))
          .putValue(LIFE_THREATENING.name(), Boolean.TRUE.equals(LIFE_THREATENING.from(execution)))
          .putValue(PERPETRATOR_HAS_ACCESS.name(), Boolean.TRUE.equals(PERPETRATOR_HAS_ACCESS.from(execution)));
      String urgency = decisions.evaluateDecisionByKey(CaseProcess.DECISION_URGENCY).variables(facts).evaluate()
          .getSingleEntry();
      URGENCY.set(execution, urgency);
      EMERGENCY.set(execution, decisions.evaluateDecisionByKey(CaseProcess.DECISION_EMERGENCY)
          .variables(Variables.createVariables().putValue(URGENCY.name(), urgency)).evaluate().getSingleEntry());
      SERVICES_TO_CONSIDER.set(execution, decisions.evaluateDecisionByKey(CaseProcess.DECISION_SERVICES_TO_CONSIDER)
          .variables(facts).evaluate().getSingleEntry());
      recordRisk(execution, quickReports, labels, referrals);
    };
  }

  private static void recordRisk(DelegateExecution execution, QuickReportRule quickReports, CaseLabels labels,
      ReferralServices referrals) {
    // A decision that matched no rule leaves null; the gateway after this step must read false, not fail on null.
    boolean emergency = Boolean.TRUE.equals(EMERGENCY.from(execution));
    EMERGENCY.set(execution, emergency);
    String harmType = HARM_TYPE.from(execution);
    QUICK_REPORT_EVERY_ABUSE.set(execution, !emergency
        && quickReports.reportsRoutineCase(execution.getTenantId(), harmType));
    String services = Objects.requireNonNullElse(SERVICES_TO_CONSIDER.from(execution), "");
    SERVICES_TO_CONSIDER.set(execution, services);
    SERVICES_TO_CONSIDER_TEXT.set(execution, services.isBlank() ? "" : Stream.of(services.split(","))
        .map(referrals::name).collect(Collectors.joining("; ")));
    HARM_TYPE_LABEL.set(execution, labels.harmType(harmType));
  }

  /** After a review that finds the child still at risk: a new plan, with the working-day limits counted anew. */
  @Bean
  JavaDelegate startNewPlanCycle(CaseSetup setup) {
    return execution -> {
      // The case's tenant is its province, whose local targets apply.
      execution.setVariables(setup.planCycle(EngineClock.now(), execution.getTenantId()));
      Object cycle = PLAN_CYCLE.from(execution);
      PLAN_CYCLE.set(execution, cycle instanceof Number n ? n.intValue() + 1 : 2);
    };
  }

  /** The chairman extended a temporary separation: it now ends later, by the days of the new decision. (Not named
   * after the form field {@code extendSeparation}: a variable of that name would hide the bean.) */
  @Bean
  JavaDelegate extendSeparationPeriod(CaseDeadlines deadlines) {
    return execution -> {
      SeparationEnd.set(execution, deadlines,
          deadlines.extendSeparation(SEPARATION_ENDS_AT.from(execution), EXTENSION_DAYS.from(execution)));
      Object extensions = SEPARATION_EXTENSIONS.from(execution);
      SEPARATION_EXTENSIONS.set(execution, extensions instanceof Number n ? n.intValue() + 1 : 1);
    };
  }
}
