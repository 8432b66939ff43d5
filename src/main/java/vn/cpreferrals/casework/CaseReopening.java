package vn.cpreferrals.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.process.EngineClock;

import vn.cpreferrals.process.ProcessVariable;

/**
 * Reopens a closed case: a new run of the case process under the same case number, starting again at the detailed
 * assessment with the case's data, its legal time limits counted from the reopening.
 */
@Service
public class CaseReopening {

  /** Process-level data carried into the reopened case; everything else (tasks, decisions) starts afresh. */
  static final List<String> CARRIED = CaseProcess.CARRIED_ON_REOPENING.stream().map(ProcessVariable::name).toList();

  private final HistoryService history;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final CaseSetup setup;

  CaseReopening(HistoryService history, RuntimeService runtime, AuditTrail audit, CaseSetup setup) {
    this.setup = setup;
    this.history = history;
    this.runtime = runtime;
    this.audit = audit;
  }

  public record Reopened(String caseNumber, String processInstanceId, int reopenCount) {}

  @Transactional
  public Reopened reopen(String caseNumber, String reason, String requestedBy) {
    List<HistoricProcessInstance> runs = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseProcess.KEY).processInstanceBusinessKey(caseNumber)
        .orderByProcessInstanceStartTime().desc().list();
    if (runs.isEmpty()) {
      throw new CaseNotReopenable("Không có hồ sơ số " + caseNumber + ".");
    }
    HistoricProcessInstance last = runs.get(0);
    if (last.getEndTime() == null || !"EndEvent_CaseClosed".equals(last.getEndActivityId())) {
      throw new CaseNotReopenable("Hồ sơ " + caseNumber + " chưa được đóng nên không thể mở lại.");
    }
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(last.getId()).variableNameIn(CARRIED.toArray(String[]::new)).list()) {
      if (v.getTaskId() == null && v.getActivityInstanceId().equals(last.getId())) {
        variables.put(v.getName(), v.getValue());
      }
    }
    variables.putAll(setup.variables((String) variables.get(CaseProcess.COMMUNE_AGENCY.name()),
        EngineClock.now()));
    CaseProcess.RECEIVED_AT.into(variables, EngineClock.now());
    CaseProcess.REOPENED_FROM.into(variables, last.getId());
    CaseProcess.REOPEN_REASON.into(variables, reason);
    CaseProcess.REOPENED_BY.into(variables, requestedBy);
    CaseProcess.EMERGENCY.into(variables, false);
    int count = runs.size();
    String instance = runtime.createProcessInstanceByKey(CaseProcess.KEY).businessKey(caseNumber)
        .setVariables(variables)
        .startBeforeActivity("Gateway_NewCycle")
        .execute().getId();
    audit.record(new AuditEvent(AuditAction.CASE_REOPENED, (String) variables.get(CaseProcess.PROVINCE_ID.name()), CaseProcess.KEY,
        instance, caseNumber, null, "Lần " + count, "Mở lại từ " + last.getId() + "; theo yêu cầu của " + requestedBy));
    return new Reopened(caseNumber, instance, count);
  }

  static class CaseNotReopenable extends RuntimeException {
    CaseNotReopenable(String message) {
      super(message);
    }
  }
}
