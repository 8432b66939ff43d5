package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The case models only read values: business logic lives in Java (tested there) or in the decision tables, and an
 * expression calling a bean's method is rejected here instead of being found in a running case.
 */
class CaseModelExpressionsTests {

  /** A variable, its negation, or its comparison with a literal; nothing that calls a method. */
  static final Pattern PLAIN_READ = Pattern.compile(
      "[$#]\\{\\s*!?\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*(==|!=)\\s*(null|true|false))?\\s*}");
  /** Camunda's way to hand the business key to a called process; there is no variable for it. */
  static final String BUSINESS_KEY = "#{execution.processBusinessKey}";
  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{[^}]*}");

  @ParameterizedTest
  @ValueSource(strings = {"bpmn/CaseIntervention.bpmn", "bpmn/CaseReferral.bpmn", "bpmn/CaseReportIntake.bpmn",
      "bpmn/CaseQuickReport.bpmn"})
  void everyExpressionOfACaseModelOnlyReadsAVariableOrNamesADelegate(String file) throws IOException {
    Matcher expressions = EXPRESSION.matcher(Files.readString(Path.of(file)));
    List<String> computing = expressions.results().map(m -> m.group())
        .filter(e -> !PLAIN_READ.matcher(e).matches() && !e.equals(BUSINESS_KEY)).toList();

    assertThat(computing).as(file).isEmpty();
  }

  @Test
  void theLintRejectsABeanCall() {
    assertThat(PLAIN_READ.matcher("${caseDeadlines.reviewDue(planEndDate)}").matches()).isFalse();
    assertThat(PLAIN_READ.matcher("${execution.getVariable('extendSeparation') == true}").matches()).isFalse();
    assertThat(PLAIN_READ.matcher("${separationEndsAt != null}").matches()).isTrue();
  }

  @Test
  void theRiskTasksCallTheDecisionsOfTheTableDeployedWithThem() {
    var tasks = Bpmn.readModelFromFile(new File("bpmn/CaseIntervention.bpmn"))
        .getModelElementsByType(BusinessRuleTask.class);
    var decisions = Dmn.readModelFromFile(new File("bpmn/CaseRiskAssessment.dmn"))
        .getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();

    assertThat(tasks).extracting(BusinessRuleTask::getCamundaDecisionRef).containsExactly(
        CaseProcess.DECISION_URGENCY, CaseProcess.DECISION_EMERGENCY, CaseProcess.DECISION_SERVICES_TO_CONSIDER);
    assertThat(decisions).contains(CaseProcess.DECISION_URGENCY, CaseProcess.DECISION_EMERGENCY,
        CaseProcess.DECISION_SERVICES_TO_CONSIDER);
    assertThat(tasks).allSatisfy(t -> {
      assertThat(t.getCamundaDecisionRefBinding()).isEqualTo("deployment");
      assertThat(t.getCamundaMapDecisionResult()).isEqualTo("singleEntry");
      assertThat(t.getCamundaResultVariable()).isNotBlank();
    });
  }
}
