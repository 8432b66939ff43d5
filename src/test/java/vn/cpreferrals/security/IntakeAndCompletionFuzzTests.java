package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cpreferrals.support.TestAccounts.STAFF_PASSWORD;
import static vn.cpreferrals.support.TestAccounts.officer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.support.EngineTest;

/**
 * Hundreds of generated bodies for the two doors through which staff put data in — case intake and task completion:
 * the server never answers with a fault of its own (5xx), refuses in Vietnamese, and opens a case exactly for each
 * report it accepted. The generator is seeded, so a failure replays.
 */
@EngineTest
class IntakeAndCompletionFuzzTests {

  static final String REPORTER = officer("quang-ngai-cong-an-tinh");
  static final String COMMUNE = "quang-ngai-tp-ubnd-p-chanh-lo";
  static final Pattern VIETNAMESE = Pattern.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]");
  static final List<Object> ODD_VALUES = List.of(42, -1, 3.5, true, false, List.of("a", 1), Map.of("x", "y"), "",
      " ", "=cmd|' /C calc'!A0", "'; DROP TABLE cp_case_intake; --", "\u0000", "🙂".repeat(10), "x".repeat(5000),
      "9999-99-99", "+999999999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", 1_700_000_000_000L);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  final Random random = new Random(20261203);
  final String run = "FUZZ-" + Long.toHexString(System.nanoTime()) + "-";

  final List<String> opened = new ArrayList<>();

  @AfterEach
  void removeTheCases() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention")
        .variableValueLike("externalReference", run + "%").list().forEach(pi -> opened.add(pi.getId()));
    opened.stream().distinct().forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test cleanup", true,
        true, true, true));
  }

  @Test
  void threeHundredGeneratedReportsNeverFailTheServerAndOpenExactlyTheAcceptedCases() {
    long casesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention").count();
    int accepted = 0;
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Map<String, Object> report = mutate(validReport(run + i), 1 + random.nextInt(3));
      ResponseEntity<String> answer = send("/api/cases", report, i % 25 == 0 ? MediaType.MULTIPART_FORM_DATA
          : MediaType.APPLICATION_JSON);
      int status = answer.getStatusCode().value();
      if (status == 201) {
        accepted++;
        opened.add(answer.getBody().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1"));
      } else if (status >= 500 || (status >= 400 && !isVietnamese(answer.getBody()))) {
        problems.add(status + " for " + abbreviated(report) + ": " + answer.getBody());
      }
    }

    assertThat(problems).isEmpty();
    assertThat(accepted).isPositive();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention").count())
        .isEqualTo(casesBefore + accepted);
    assertThat(opened).allMatch(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() == 1);
  }

  @Test
  void twoHundredGeneratedCompletionsAreRefusedInVietnameseAndTheTaskWaitsForAValidOne() {
    ResponseEntity<String> opened = send("/api/cases", validReport(run + "task"), MediaType.APPLICATION_JSON);
    assertThat(opened.getStatusCode().value()).isEqualTo(201);
    String task = taskService.createTaskQuery().taskDefinitionKey("Task_VerifyAndAssess")
        .processVariableValueEquals("externalReference", run + "task").singleResult().getId();

    List<String> problems = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Map<String, Object> answers = invalidCompletion();
      ResponseEntity<String> answer = send("/engine-rest/task/" + task + "/complete",
          Map.of("variables", typed(answers, i % 10 == 0)), MediaType.APPLICATION_JSON);
      int status = answer.getStatusCode().value();
      if (status != 400 || !isVietnamese(answer.getBody())) {
        problems.add(status + " for " + abbreviated(answers) + ": " + answer.getBody());
      }
    }

    assertThat(problems).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(send("/engine-rest/task/" + task + "/complete", Map.of("variables",
        typed(SecurityProbeScenario.validVerification(), false)), MediaType.APPLICATION_JSON).getStatusCode().value())
        .isEqualTo(204);
  }

  Map<String, Object> validReport(String reference) {
    Map<String, Object> report = new HashMap<>();
    report.put("externalReference", reference);
    report.put("source", "HOTLINE_111");
    report.put("receivedAt", Instant.now().minusSeconds(3600).toString());
    report.put("communeAgency", COMMUNE);
    report.put("harmType", "bao_luc");
    report.put("lifeThreatening", false);
    report.put("perpetratorHasAccess", true);
    report.put("child", new HashMap<>(Map.of("fullName", "Trẻ Giả Định", "birthDate", "2016-05-01", "sex", "nu")));
    report.put("summary", "Tình huống giả định");
    report.put("reporter", new HashMap<>(Map.of("fullName", "Người Báo Giả Định", "phone", "0912345678")));
    return report;
  }

  Map<String, Object> mutate(Map<String, Object> report, int times) {
    List<UnaryOperator<Map<String, Object>>> mutations = List.of(
        r -> { r.remove(anyKey(r)); return r; },
        r -> { r.put(anyKey(r), odd()); return r; },
        r -> { r.put(anyKey(r), null); return r; },
        r -> { r.put("communeAgency", random.nextBoolean() ? "quang-ngai-cong-an-tinh" : "xa-khong-ton-tai"); return r; },
        r -> { r.put("unexpected" + random.nextInt(3), odd()); return r; },
        r -> { r.put("child", random.nextBoolean() ? odd() : Map.of("fullName", odd(), "birthDate", odd())); return r; },
        r -> { r.put("reporter", Map.of("phone", odd())); return r; },
        r -> { r.put("receivedAt", odd()); return r; });
    for (int i = 0; i < times; i++) {
      report = mutations.get(random.nextInt(mutations.size())).apply(report);
    }
    return report;
  }

  /** Always wrong in at least one way: a wrong type, a foreign or routing field, a missing or overlong answer. */
  Map<String, Object> invalidCompletion() {
    Map<String, Object> answers = new HashMap<>(SecurityProbeScenario.validVerification());
    List<String> fields = new ArrayList<>(answers.keySet());
    switch (random.nextInt(7)) {
      case 0 -> answers.put("verified", random.nextBoolean() ? "yes" : 1);
      case 1 -> answers.put(fields.get(random.nextInt(fields.size())), List.of("x"));
      case 2 -> answers.remove(fields.get(random.nextInt(fields.size())));
      case 3 -> answers.put(List.of("communeAgency", "provinceId", "communeChairman", "planDue", "cpDueStatus",
          "childName", "caseNumber").get(random.nextInt(7)), odd());
      case 4 -> answers.put("initialAssessment", "x".repeat(4001 + random.nextInt(2000)));
      case 5 -> answers.put("harmType", random.nextBoolean() ? "khong_co" : 7);
      default -> answers.put(fields.get(random.nextInt(fields.size())), null);
    }
    return answers;
  }

  Map<String, Object> typed(Map<String, Object> answers, boolean withDeclaredTypes) {
    Map<String, Object> variables = new HashMap<>();
    answers.forEach((k, v) -> {
      Map<String, Object> value = new HashMap<>();
      value.put("value", v);
      if (withDeclaredTypes && v instanceof List<?> list) {
        value.put("type", "Json");
        value.put("value", "[\"" + list.get(0) + "\"]");
      } else if (withDeclaredTypes && v != null) {
        value.put("type", v instanceof Boolean ? "Boolean" : v instanceof Number ? "Integer" : "String");
      }
      variables.put(k, value);
    });
    return variables;
  }

  String anyKey(Map<String, Object> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    return keys.isEmpty() ? "externalReference" : keys.get(random.nextInt(keys.size()));
  }

  Object odd() {
    return ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
  }

  ResponseEntity<String> send(String path, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    Object payload = type.equals(MediaType.APPLICATION_JSON) ? body : String.valueOf(body);
    return rest.withBasicAuth(REPORTER.equals(officer("quang-ngai-cong-an-tinh")) && path.startsWith("/engine-rest")
        ? officer(COMMUNE) : REPORTER, STAFF_PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(payload, headers),
        String.class);
  }

  static boolean isVietnamese(String body) {
    return body != null && VIETNAMESE.matcher(body.toLowerCase()).find();
  }

  static String abbreviated(Object o) {
    String s = String.valueOf(o);
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
