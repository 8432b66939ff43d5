package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The model classes name what the BPMN files define: a renamed process or task breaks here, not in production. */
class ProcessModelClassesTests {

  @Test
  void caseAndReferralModelClassesMatchTheirBpmnFiles() {
    assertThat(processId("bpmn/CaseIntervention.bpmn")).isEqualTo(CaseProcess.KEY);
    assertThat(processId("bpmn/CaseReportIntake.bpmn")).isEqualTo(CaseProcess.INTAKE_KEY);
    BpmnModelInstance referral = Bpmn.readModelFromFile(new File("bpmn/CaseReferral.bpmn"));
    assertThat(referral.getModelElementsByType(Process.class).iterator().next().getId())
        .isEqualTo(ReferralProcess.KEY);
    assertThat(referral.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
        .contains(ReferralProcess.TASK_RESPOND, ReferralProcess.TASK_DELIVER);
  }

  private static String processId(String file) {
    return Bpmn.readModelFromFile(new File(file)).getModelElementsByType(Process.class).iterator().next().getId();
  }
}
