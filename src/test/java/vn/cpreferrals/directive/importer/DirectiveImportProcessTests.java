package vn.cpreferrals.directive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.audit.AuditEntry;
import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.AuditQuery;
import vn.cpreferrals.directive.CommittedModels;
import vn.cpreferrals.directive.GenerateDirectives;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/**
 * The import process through the same REST calls Tasklist makes: Sở Y tế of Quảng Ngãi uploads a directive, reviews
 * the proposed table in its Vietnamese text form, its leadership approves, and the model is deployed for the province
 * only. Wrong files, wrong people, unreadable corrections and smuggled expressions are refused with a reason and
 * nothing is deployed.
 */
@EngineTest
class DirectiveImportProcessTests {

  static final String SO_Y_TE = "quang-ngai-so-y-te";
  static final String PASSWORD = TestAccounts.STAFF_PASSWORD;

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired AuditLog auditLog;

  private final List<String> keysToUndeploy = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestDeployedAndStarted() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(DirectiveImportProcess.KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
    for (String key : keysToUndeploy) {
      repositoryService.createDeploymentQuery().deploymentName(key).list().stream()
          .filter(d -> "Nhập từ văn bản".equals(d.getSource()))
          .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }
  }

  @Test
  void givenAnUnseenPlanAsDocx_whenSoYTeReviewsAndItsLeaderApproves_thenQuangNgaiStartsTheNewDirectiveAndNobodyElse()
      throws Exception {
    Instant before = Instant.now().minusSeconds(1);

    ResponseEntity<JsonNode> started = upload(TestAccounts.officer(SO_Y_TE), UnseenDirective.docx(),
        UnseenDirective.FILE_NAME);

    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    assertThat(started.getBody().path("tenantId").asText()).isEqualTo("quang-ngai");
    String instance = started.getBody().path("id").asText();
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewTable");
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
        .containsExactly(SO_Y_TE);
    String proposed = formVariable(TestAccounts.officer(SO_Y_TE), review.getId(), "reviewText");
    String flags = formVariable(TestAccounts.officer(SO_Y_TE), review.getId(), "importFlags");
    assertThat(flags).contains(UnseenDirective.UNKNOWN_BODY);
    assertThat(proposed).contains("⚠");

    // A correction naming an agency the province does not have is refused with its line; the task stays open.
    String wrong = proposed.replaceFirst("(?m)^(Phối hợp:.*)$", "$1; Sở Không Có Thật");
    ResponseEntity<JsonNode> refused = submit(TestAccounts.officer(SO_Y_TE), review.getId(),
        Map.of("reviewText", wrong, "reviewDecision", "submit"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().path("message").asText()).contains("Dòng").contains("Sở Không Có Thật");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();

    // The officer fills in what the importer could not find (standing agency, the annual report).
    String corrected = correct(proposed);
    ResponseEntity<JsonNode> sent = submit(TestAccounts.officer(SO_Y_TE), review.getId(),
        Map.of("reviewText", corrected, "reviewDecision", "submit"));
    assertThat(sent.getStatusCode().value()).as(String.valueOf(sent.getBody())).isEqualTo(204);
    Task approval = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ApproveDirective");
    assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(l -> l.getGroupId())
        .containsExactly(SO_Y_TE + "-managers");
    String processKey = (String) runtimeService.getVariable(instance, "reviewedTable").toString()
        .lines().filter(l -> l.startsWith("processId:")).findFirst().orElseThrow().substring(10).trim()
        .replace("\"", "");
    keysToUndeploy.add(processKey);
    assertThat(formVariable(TestAccounts.manager(SO_Y_TE), approval.getId(), "tableSummary"))
        .contains("Mục II.2").contains("Công an tỉnh Quảng Ngãi");

    ResponseEntity<JsonNode> approved = submit(TestAccounts.manager(SO_Y_TE), approval.getId(),
        Map.of("approvalDecision", "approve"));

    assertThat(approved.getStatusCode().value()).as(String.valueOf(approved.getBody())).isEqualTo(204);
    ProcessDefinition deployed = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    assertThat(deployed).isNotNull();
    assertThat(deployed.getTenantId()).isNull();
    List<String> resources = repositoryService.getDeploymentResourceNames(deployed.getDeploymentId());
    assertThat(resources).contains(processKey + ".bpmn", "directives/" + processKey + ".yaml",
        "sources/" + UnseenDirective.FILE_NAME, "forms/directive/directiveStart.form");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    // Quảng Ngãi's standing agency starts it at once, no restart; Lai Châu's does not even see it.
    assertThat(startDirective(TestAccounts.officer(SO_Y_TE), processKey).getStatusCode().value()).isEqualTo(200);
    assertThat(startDirective(TestAccounts.officer("lai-chau-so-y-te"), processKey).getStatusCode().value())
        .isIn(403, 404);
    assertThat(startDirective(TestAccounts.officer("quang-ngai-cong-an-tinh"), processKey).getStatusCode().value())
        .isIn(403, 404);
    // The model's key is the subject of these entries. No row limit: tests before this one fire timers dated after
    // today, so "since before" also matches their many rows.
    List<String> actions = auditLog.find(new AuditQuery(List.of("quang-ngai"), null, null, null, null, null, before,
        null, 0)).stream().filter(e -> processKey.equals(e.subject())).map(AuditEntry::action).toList();
    assertThat(actions).containsSubsequence("DIRECTIVE_IMPORT_PROPOSED", "DIRECTIVE_TABLE_REVIEWED",
        "DIRECTIVE_APPROVED", "DIRECTIVE_DEPLOYED");
  }

  @Test
  void seed003UploadedAndCorrectedInTheReviewFormDeploysTheCommittedModel() throws Exception {
    Path text = Path.of("directives", "sources", "003-ke-hoach-65-kh-ubnd-quang-ngai-2025.txt");
    String committedKey = "Directive_QuangNgai_2025_KH65";
    String started = upload(TestAccounts.officer(SO_Y_TE), Files.readAllBytes(text), "ke-hoach-65.txt").getBody()
        .path("id").asText();
    Task review = taskService.createTaskQuery().processInstanceId(started).singleResult();
    String committedText = ReviewText.write(vn.cpreferrals.directive.DirectiveTable.read(
        Files.newInputStream(Path.of("directives", committedKey + ".yaml"))), registry(), List.of());
    keysToUndeploy.add(committedKey);

    assertThat(submit(TestAccounts.officer(SO_Y_TE), review.getId(), Map.of("reviewText", committedText,
        "reviewDecision", "submit")).getStatusCode().value()).isEqualTo(204);
    Task approval = taskService.createTaskQuery().processInstanceId(started).singleResult();
    int running = repositoryService.createProcessDefinitionQuery().processDefinitionKey(committedKey).latestVersion()
        .singleResult().getVersion();
    assertThat(formVariable(TestAccounts.manager(SO_Y_TE), approval.getId(), "tableSummary"))
        .contains("tỉnh đã có quy trình mã này (phiên bản " + running + "); phê duyệt sẽ tạo phiên bản " + (running + 1));
    assertThat(submit(TestAccounts.manager(SO_Y_TE), approval.getId(), Map.of("approvalDecision", "approve"))
        .getStatusCode().value()).isEqualTo(204);

    Deployment deployment = repositoryService.createDeploymentQuery().deploymentName(committedKey)
        .orderByDeploymentTime().desc().list().get(0);
    String model = new String(repositoryService.getResourceAsStream(deployment.getId(), committedKey + ".bpmn")
        .readAllBytes(), StandardCharsets.UTF_8);
    CommittedModels.assertSameModel(model, Files.readString(GenerateDirectives.MODELS.resolve(committedKey + ".bpmn")),
        "deployed model of " + committedKey);
  }

  @Test
  void onlyAStandingAgencyUploadsAndAFileThatIsNoDirectiveIsRefusedInVietnamese() {
    ResponseEntity<JsonNode> police = upload(TestAccounts.officer("quang-ngai-cong-an-tinh"), UnseenDirective.docx(),
        UnseenDirective.FILE_NAME);
    assertThat(police.getStatusCode().value()).isIn(403, 404);

    ResponseEntity<JsonNode> image = upload(TestAccounts.officer(SO_Y_TE), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13,
        10, 26, 10, 0, 0}, "anh-chup.png");
    assertThat(image.getStatusCode().value()).isEqualTo(400);
    assertThat(image.getBody().path("message").asText()).contains("Tệp ảnh chưa đọc được");

    ResponseEntity<JsonNode> text = rest.withBasicAuth(TestAccounts.officer(SO_Y_TE), PASSWORD).exchange(
        "/engine-rest/process-definition/key/" + DirectiveImportProcess.KEY + "/submit-form", HttpMethod.POST,
        json(Map.of("variables", Map.of("directiveFile", Map.of("value", "không phải tệp"), "other",
            Map.of("value", "x")))), JsonNode.class);
    assertThat(text.getStatusCode().value()).isEqualTo(400);
    assertThat(text.getBody().path("message").asText()).contains("phải là một tệp").contains("'other'");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DirectiveImportProcess.KEY).count())
        .isZero();
  }

  @Test
  void theReviewerDoesNotApproveTheirOwnTableAndAnExpressionInATitleNeverReachesAModel() throws Exception {
    String started = upload(TestAccounts.manager(SO_Y_TE), UnseenDirective.docx(), UnseenDirective.FILE_NAME)
        .getBody().path("id").asText();
    Task review = taskService.createTaskQuery().processInstanceId(started).singleResult();
    String proposed = formVariable(TestAccounts.manager(SO_Y_TE), review.getId(), "reviewText");

    String smuggled = correct(proposed).replaceFirst("(?m)^(Mục II.1: )(.*)$", "$1\\${execution.setVariable('x', 1)} $2");
    ResponseEntity<JsonNode> refused = submit(TestAccounts.manager(SO_Y_TE), review.getId(),
        Map.of("reviewText", smuggled, "reviewDecision", "submit"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().path("message").asText()).contains("không được chứa ký hiệu");

    assertThat(submit(TestAccounts.manager(SO_Y_TE), review.getId(), Map.of("reviewText", correct(proposed),
        "reviewDecision", "submit")).getStatusCode().value()).isEqualTo(204);
    Task approval = taskService.createTaskQuery().processInstanceId(started).singleResult();
    ResponseEntity<JsonNode> ownApproval = submit(TestAccounts.manager(SO_Y_TE), approval.getId(),
        Map.of("approvalDecision", "approve"));

    assertThat(ownApproval.getStatusCode().value()).isEqualTo(403);
    assertThat(ownApproval.getBody().path("message").asText()).contains("không tự phê duyệt");
    // Returning it needs a reason; with one, the table goes back to the standing agency.
    assertThat(submit(TestAccounts.manager(SO_Y_TE), approval.getId(), Map.of("approvalDecision", "return"))
        .getStatusCode().value()).isEqualTo(400);
    assertThat(submit(TestAccounts.manager(SO_Y_TE), approval.getId(), Map.of("approvalDecision", "return",
        "approvalNote", "Ghi rõ thời gian của mục 2.")).getStatusCode().value()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().processInstanceId(started).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_ReviewTable");
  }

  static String correct(String proposed) {
    return UnseenDirective.corrected(proposed);
  }

  static vn.cpreferrals.agency.AgencyRegistry registry() throws IOException {
    return ImportAccuracy.registry();
  }

  private ResponseEntity<JsonNode> upload(String user, byte[] content, String fileName) {
    Map<String, Object> file = Map.of("type", "File", "value", Base64.getEncoder().encodeToString(content),
        "valueInfo", Map.of("filename", fileName, "mimetype", "application/octet-stream"));
    return rest.withBasicAuth(user, PASSWORD).exchange("/engine-rest/process-definition/key/"
        + DirectiveImportProcess.KEY + "/submit-form", HttpMethod.POST,
        json(Map.of("variables", Map.of("directiveFile", file))), JsonNode.class);
  }

  private ResponseEntity<JsonNode> submit(String user, String taskId, Map<String, Object> values) {
    rest.withBasicAuth(user, PASSWORD).exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
        json(Map.of("userId", user)), JsonNode.class);
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return rest.withBasicAuth(user, PASSWORD).exchange("/engine-rest/task/" + taskId + "/submit-form",
        HttpMethod.POST, json(Map.of("variables", variables)), JsonNode.class);
  }

  private String formVariable(String user, String taskId, String name) {
    JsonNode variables = rest.withBasicAuth(user, PASSWORD).getForObject("/engine-rest/task/" + taskId
        + "/form-variables?variableNames=" + name, JsonNode.class);
    return variables.path(name).path("value").asText();
  }

  private ResponseEntity<JsonNode> startDirective(String user, String key) {
    return rest.withBasicAuth(user, PASSWORD).exchange("/engine-rest/process-definition/key/" + key + "/start",
        HttpMethod.POST, json(Map.of("variables", Map.of("year", Map.of("value", 2027), "directiveNumber",
            Map.of("value", UnseenDirective.NUMBER), "issuedOn", Map.of("value", "2026-10-12")))), JsonNode.class);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
