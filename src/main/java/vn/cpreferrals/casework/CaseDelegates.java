package vn.cpreferrals.casework;

import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;


/** The thin glue of the case model: read variables, call a rule or a deadline, write variables. */
@Configuration(proxyBeanMethods = false)
class CaseDelegates {

  @Bean
  JavaDelegate prepareCase(CaseSetup setup, CaseDeadlines deadlines, CaseLabels labels) {
    return execution -> {
      Date receivedAt = (Date) execution.getVariable("receivedAt");
      execution.setVariables(setup.variables((String) execution.getVariable("communeAgency"), receivedAt));
      // The facts of the report as people read them on every form of the case.
      execution.setVariable("receivedAtText", deadlines.shown(receivedAt));
      execution.setVariable("intakeSourceLabel", labels.intakeSource(execution.getVariable("intakeSource")));
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
      var inputs = Variables.createVariables()
          .putValue("harmType", execution.getVariable("harmType"))
          .putValue("lifeThreatening", Boolean.TRUE.equals(execution.getVariable("lifeThreatening")))
          .putValue("perpetratorHasAccess", Boolean.TRUE.equals(execution.getVariable("perpetratorHasAccess")));
      var risk = decisions.evaluateDecisionByKey("Decision_Emergency").variables(inputs).evaluate()
          .getSingleResult();
      execution.setVariable("emergency", risk.getEntry("emergency"));
      execution.setVariable("quickReportEveryAbuse", !Boolean.TRUE.equals(risk.getEntry("emergency"))
          && quickReports.reportsRoutineCase(execution.getTenantId(), execution.getVariable("harmType")));
      execution.setVariable("urgency", risk.getEntry("urgency"));
      var services = decisions.evaluateDecisionByKey("Decision_RequiredServices")
          .variables(inputs).evaluate().collectEntries("service").stream().map(String::valueOf).toList();
      execution.setVariable("servicesToConsider", String.join(",", services));
      execution.setVariable("servicesToConsiderText", services.stream().map(referrals::name)
          .collect(Collectors.joining("; ")));
      execution.setVariable("harmTypeLabel", labels.harmType(execution.getVariable("harmType")));
    };
  }

  /** After a review that finds the child still at risk: a new plan, with the working-day limits counted anew. */
  @Bean
  JavaDelegate startNewPlanCycle(CaseSetup setup) {
    return execution -> {
      // The case's tenant is its province, whose local targets apply.
      execution.setVariables(setup.planCycle(ClockUtil.getCurrentTime(), execution.getTenantId()));
      Object cycle = execution.getVariable("planCycle");
      execution.setVariable("planCycle", cycle instanceof Number n ? n.intValue() + 1 : 2);
    };
  }

  /** The chairman extended a temporary separation: it now ends later, by the days of the new decision. (Not named
   * after the form field {@code extendSeparation}: a variable of that name would hide the bean.) */
  @Bean
  JavaDelegate extendSeparationPeriod(CaseDeadlines deadlines) {
    return execution -> {
      Date end = deadlines.extendSeparation((Date) execution.getVariable("separationEndsAt"),
          execution.getVariable("extensionDays"));
      execution.setVariable("separationEndsAt", end);
      Object extensions = execution.getVariable("separationExtensions");
      execution.setVariable("separationExtensions", extensions instanceof Number n ? n.intValue() + 1 : 1);
    };
  }
}
