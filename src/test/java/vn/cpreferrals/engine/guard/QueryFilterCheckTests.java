package vn.cpreferrals.engine.guard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/** The variable-filter rule on engine query objects, without an engine. */
class QueryFilterCheckTests {

  final QueryFilterCheck check = new QueryFilterCheck(OpenVariables.of("caseNumber|cpDueStatus"));

  @Test
  void aFilterOnAChildsNameIsRefusedWhereverItSits() {
    var history = new HistoricProcessInstanceQueryImpl();
    history.variableValueLike("childName", "Nguy%");
    var task = new TaskQueryImpl();
    task.or().processVariableValueEquals("reporterPhone", "0912345678").endOr();
    var sorted = new TaskQueryImpl();
    sorted.orderByProcessVariable("childName", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc();

    assertThatThrownBy(() -> check.check(history)).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("childName");
    assertThatThrownBy(() -> check.check(task)).hasMessageContaining("reporterPhone");
    assertThatThrownBy(() -> check.check(sorted)).hasMessageContaining("childName");
  }

  @Test
  void filtersOnOpenVariablesPass() {
    var history = new HistoricProcessInstanceQueryImpl();
    history.variableValueEquals("caseNumber", "QUANG-NGAI-2026-0001");
    var task = new TaskQueryImpl();
    task.processVariableValueEquals("cpDueStatus", "quá hạn");

    assertThatCode(() -> check.check(history)).doesNotThrowAnyException();
    assertThatCode(() -> check.check(task)).doesNotThrowAnyException();
  }
}
