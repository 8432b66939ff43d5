package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cpreferrals.support.TestAccounts.STAFF_PASSWORD;
import static vn.cpreferrals.support.TestAccounts.manager;
import static vn.cpreferrals.support.TestAccounts.officer;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.support.EngineTest;

/**
 * The child's identity stays with the people working the case: leadership of the province monitors case instances in
 * Cockpit without their variables, while it still reads the variables of directives. Checked through REST, as Cockpit
 * and Tasklist read them.
 */
@EngineTest
class CaseDataVisibilityTests {

  static final String COMMUNE = "quang-ngai-tp-ubnd-p-chanh-lo";
  static final String STANDING_AGENCY = "quang-ngai-so-y-te";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  ProcessInstance caseInstance;
  ProcessInstance directive;

  @BeforeEach
  void givenACaseAndADirectiveInQuangNgai() {
    Date now = new Date();
    ClockUtil.setCurrentTime(now);
    caseInstance = runtimeService.startProcessInstanceByKey("CaseIntervention", "QNG-VIS-0001", Map.of(
        "caseNumber", "QNG-VIS-0001", "receivedAt", now, "communeAgency", COMMUNE, "provinceId", "quang-ngai",
        "intakeSource", "HOTLINE_111", "childName", "Trẻ Giả Định A", "caseSummary", "Tình huống giả định"));
    directive = runtimeService.startProcessInstanceByKey("Directive_QuangNgai_2025_KH65", "65/KH-UBND-VIS",
        Map.of("year", 2025, "directiveNumber", "65/KH-UBND-VIS", "issuedOn", "2025-01-02",
            "pastDeadlines", "fromToday"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.deleteProcessInstance(caseInstance.getId(), "test cleanup");
    runtimeService.deleteProcessInstance(directive.getId(), "test cleanup");
  }

  @Test
  void communeOfficerWorkingTheCaseReadsTheChildsDataInTheTaskForm() {
    String taskId = taskService.createTaskQuery().processInstanceId(caseInstance.getId()).singleResult().getId();

    ResponseEntity<Map> form = rest.withBasicAuth(officer(COMMUNE), STAFF_PASSWORD)
        .getForEntity("/engine-rest/task/" + taskId + "/form-variables", Map.class);

    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).containsKeys("childName", "caseSummary");
  }

  @Test
  void provincialLeadershipSeesTheCaseInstanceButNotTheChildsData() {
    var leader = rest.withBasicAuth(manager(STANDING_AGENCY), STAFF_PASSWORD);

    assertThat(leader.getForEntity("/engine-rest/process-instance/" + caseInstance.getId(), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(leader.getForEntity("/engine-rest/process-instance/" + caseInstance.getId() + "/variables",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(leader.getForEntity("/engine-rest/variable-instance?processInstanceIdIn=" + caseInstance.getId(),
        List.class).getBody()).isEmpty();
    assertThat(leader.getForEntity("/engine-rest/history/variable-instance?processInstanceId="
        + caseInstance.getId(), List.class).getBody()).isEmpty();
  }

  @Test
  void provincialLeadershipStillReadsTheVariablesOfADirective() {
    var leader = rest.withBasicAuth(manager(STANDING_AGENCY), STAFF_PASSWORD);

    ResponseEntity<Map> variables = leader.getForEntity(
        "/engine-rest/process-instance/" + directive.getId() + "/variables", Map.class);

    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(variables.getBody()).containsKey("directiveNumber");
    assertThat(leader.getForEntity("/engine-rest/history/variable-instance?processInstanceId=" + directive.getId(),
        List.class).getBody()).isNotEmpty();
  }

  @Test
  void officerOfAnotherCommuneCannotReadTheCaseVariables() {
    var other = rest.withBasicAuth(officer("quang-ngai-tp-ubnd-p-nghia-lo"), STAFF_PASSWORD);

    assertThat(other.getForEntity("/engine-rest/variable-instance?processInstanceIdIn=" + caseInstance.getId(),
        List.class).getBody()).isEmpty();
    assertThat(other.getForEntity("/engine-rest/process-instance/" + caseInstance.getId() + "/variables",
        String.class).getStatusCode().value()).isBetween(400, 499);
  }
}
