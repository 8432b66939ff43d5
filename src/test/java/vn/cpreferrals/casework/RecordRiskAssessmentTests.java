package vn.cpreferrals.casework;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The step after the decisions: whatever the tables returned, the emergency gateway reads true or false. */
class RecordRiskAssessmentTests {

  final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void anEmergencyDecisionThatMatchedNoRuleIsRecordedAsNoEmergency() throws Exception {
    when(execution.getVariable("harmType")).thenReturn("bao_luc");
    when(execution.getTenantId()).thenReturn("lai-chau");

    new CaseDelegates().recordRiskAssessment(new QuickReportRule(List.of("lai-chau")), new CaseLabels(),
        mock(ReferralServices.class)).execute(execution);

    verify(execution).setVariable("emergency", false);
    // Not an emergency, so Lai Châu's rule for every abuse case applies.
    verify(execution).setVariable("quickReportEveryAbuse", true);
    verify(execution).setVariable("servicesToConsider", "");
    verify(execution).setVariable("harmTypeLabel", "Bạo lực");
  }
}
