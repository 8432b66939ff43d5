package vn.cpreferrals.benchmark;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The workload of the engine figures, the same for vanilla and ours: start → task → task, where each task belongs to
 * an agency and carries a due date (so our escalation timers apply). One iteration is three engine transactions.
 */
final class EngineWorkload {

  static final String PROCESS = "BenchSteps";
  static final String AGENCY = "quang-ngai-so-y-te";
  static final String OFFICER = AGENCY + "-officer";

  /**
   * The start form declares the one input a start carries: our application refuses any variable a start form does
   * not declare (vanilla ignores the form).
   */
  static final String START_FORM = "{\"id\": \"benchStart\", \"type\": \"default\", \"schemaVersion\": 16,"
      + " \"components\": [{\"id\": \"Field_Due\", \"key\": \"due\", \"label\": \"Hạn\","
      + " \"type\": \"datetime\", \"subtype\": \"datetime\"}]}";
  static final String START_FORM_FILE = "benchStart.form";

  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(PROCESS).name("Đo hiệu năng: hai bước")
        .camundaHistoryTimeToLive(30)
        .startEvent("StartEvent_Bench").camundaFormRef("benchStart").camundaFormRefBinding("deployment")
        .userTask("Task_First").name("Bước một").camundaCandidateGroups(AGENCY).camundaDueDate("${due}")
        .userTask("Task_Second").name("Bước hai").camundaCandidateGroups(AGENCY).camundaDueDate("${due}")
        .endEvent("EndEvent_Bench")
        .done();
  }

  static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("benchmark")
        .addModelInstance(PROCESS + ".bpmn", model())
        .addString(START_FORM_FILE, START_FORM).deploy();
  }

  /** A client that works as the given user (with their groups and provinces) or, when {@code user} is null, as nobody. */
  static Load.Client client(ProcessEngine engine, String user, List<String> groups, List<String> tenants) {
    return client(engine, user, groups, tenants, Map.of());
  }

  /** As above, with variables added to each start (our province rule needs one when nobody is logged in). */
  static Load.Client client(ProcessEngine engine, String user, List<String> groups, List<String> tenants,
      Map<String, Object> startVariables) {
    return new Load.Client() {
      boolean authenticated;

      @Override
      public void iterate(Latencies latencies) {
        if (!authenticated && user != null) {
          engine.getIdentityService().setAuthentication(user, groups, tenants);
        }
        authenticated = true;
        Date due = new Date(System.currentTimeMillis() + 5L * 24 * 3600 * 1000);
        long t0 = System.nanoTime();
        Map<String, Object> variables = new java.util.HashMap<>(startVariables);
        variables.put("due", due);
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables).getId();
        latencies.record(System.nanoTime() - t0);
        for (int step = 0; step < 2; step++) {
          t0 = System.nanoTime();
          Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
          engine.getTaskService().complete(task.getId());
          latencies.record(System.nanoTime() - t0);
        }
      }
    };
  }

  private EngineWorkload() {}
}
