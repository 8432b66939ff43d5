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

import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.deadline.DueStatus;

/** The thin glue of the case model: read variables, call a rule or a deadline, write variables. */
@Configuration(proxyBeanMethods = false)
class CaseDelegates {

  @Bean
  JavaDelegate prepareCase(CaseDeadlines deadlines, AgencyRegistry registry) {
    return execution -> {
      Date received = (Date) execution.getVariable("receivedAt");
      String commune = (String) execution.getVariable("communeAgency");
      execution.setVariable("communeName", registry.agency(commune).map(a -> a.name()).orElse(commune));
      execution.setVariable("communeChairman", registry.agency(commune).map(a -> a.managerGroupId())
          .orElseThrow(() -> new IllegalArgumentException("Không có xã/phường '" + commune + "' trong danh mục")));
      execution.setVariable("emergencyDeadline", deadlines.emergencyDeadline(received));
      execution.setVariable("planDue", deadlines.planDue(received));
      execution.setVariable("approvalDue", deadlines.approvalDue(received));
      execution.setVariable("planEndDate", deadlines.approvalDue(received));
      execution.setVariable("planCycle", 1);
      String province = registry.agency(commune).map(a -> a.province()).orElseThrow();
      execution.setVariable("quickReportAgency", registry.agenciesIn(province).stream()
          .filter(a -> a.standing() && a.level() == vn.cpreferrals.agency.AgencyLevel.PROVINCE)
          .map(a -> a.groupId()).findFirst().orElse(registry.agenciesIn(province).get(0).groupId()));
      execution.setVariable("quickReportDue", deadlines.quickReportDue(received, province));
      execution.setVariable(DueStatus.VARIABLE, DueStatus.OPEN_IN_TIME);
    };
  }

  /** Emergency and urgency from Decision_Emergency, services to consider from Decision_RequiredServices. */
  @Bean
  JavaDelegate assessRisk(@Lazy DecisionService decisions) {
    return execution -> {
      var inputs = Variables.createVariables()
          .putValue("harmType", execution.getVariable("harmType"))
          .putValue("lifeThreatening", Boolean.TRUE.equals(execution.getVariable("lifeThreatening")))
          .putValue("perpetratorHasAccess", Boolean.TRUE.equals(execution.getVariable("perpetratorHasAccess")));
      var risk = decisions.evaluateDecisionByKey("Decision_Emergency").variables(inputs).evaluate()
          .getSingleResult();
      execution.setVariable("emergency", risk.getEntry("emergency"));
      execution.setVariable("urgency", risk.getEntry("urgency"));
      execution.setVariable("servicesToConsider", decisions.evaluateDecisionByKey("Decision_RequiredServices")
          .variables(inputs).evaluate().collectEntries("service").stream().map(String::valueOf)
          .collect(Collectors.joining(",")));
    };
  }

  /** After a review that finds the child still at risk: a new plan, with the working-day limits counted anew. */
  @Bean
  JavaDelegate startNewPlanCycle(CaseDeadlines deadlines) {
    return execution -> {
      Date now = ClockUtil.getCurrentTime();
      execution.setVariable("planDue", deadlines.planDue(now));
      execution.setVariable("approvalDue", deadlines.approvalDue(now));
      Object cycle = execution.getVariable("planCycle");
      execution.setVariable("planCycle", cycle instanceof Number n ? n.intValue() + 1 : 2);
    };
  }
}
