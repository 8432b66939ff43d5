package vn.cpreferrals.casework;

import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
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
   * Emergency and urgency from Decision_Emergency, services to consider from Decision_RequiredServices, and whether the
   * province wants a quick report of this case although it is no emergency.
   */
  @Bean
  JavaDelegate assessRisk(@Lazy DecisionService decisions, QuickReportRule quickReports, CaseLabels labels,
      ReferralServices referrals) {
    return execution -> {
      String harmType = HARM_TYPE.from(execution);
      var inputs = Variables.createVariables()
          .putValue(HARM_TYPE.name(), harmType)
          .putValue(LIFE_THREATENING.name(), Boolean.TRUE.equals(LIFE_THREATENING.from(execution)))
          .putValue(PERPETRATOR_HAS_ACCESS.name(), Boolean.TRUE.equals(PERPETRATOR_HAS_ACCESS.from(execution)));
      var risk = decisions.evaluateDecisionByKey("Decision_Emergency").variables(inputs).evaluate()
          .getSingleResult();
      boolean emergency = Boolean.TRUE.equals(risk.getEntry(EMERGENCY.name()));
      EMERGENCY.set(execution, emergency);
      QUICK_REPORT_EVERY_ABUSE.set(execution, !emergency
          && quickReports.reportsRoutineCase(execution.getTenantId(), harmType));
      URGENCY.set(execution, risk.getEntry(URGENCY.name()));
      var services = decisions.evaluateDecisionByKey("Decision_RequiredServices")
          .variables(inputs).evaluate().collectEntries("service").stream().map(String::valueOf).toList();
      SERVICES_TO_CONSIDER.set(execution, String.join(",", services));
      SERVICES_TO_CONSIDER_TEXT.set(execution, services.stream().map(referrals::name)
          .collect(Collectors.joining("; ")));
      HARM_TYPE_LABEL.set(execution, labels.harmType(harmType));
    };
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
      Date end = deadlines.extendSeparation(SEPARATION_ENDS_AT.from(execution), EXTENSION_DAYS.from(execution));
      SEPARATION_ENDS_AT.set(execution, end);
      Object extensions = SEPARATION_EXTENSIONS.from(execution);
      SEPARATION_EXTENSIONS.set(execution, extensions instanceof Number n ? n.intValue() + 1 : 1);
    };
  }
}
