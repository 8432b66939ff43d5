package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.support.TestAccounts;

/**
 * Intake points report at the same moment (the 111 helpline's system sends in parallel and resends on timeouts): every
 * report gets its own case number, and the same report sent several times at once opens exactly one case.
 */
abstract class ConcurrentIntakeScenario {

  static final String REPORTER = TestAccounts.officer("quang-ngai-cong-an-tinh");

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;

  final List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void removeTheCases() {
    opened.stream().distinct().forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test cleanup", true,
        true, true, true));
  }

  @Test
  void twentyParallelIntakesGetTwentyDistinctCaseNumbers() throws Exception {
    List<ResponseEntity<Map<String, Object>>> answers = inParallel(20, i -> UUID.randomUUID().toString());

    assertThat(answers).allMatch(a -> a.getStatusCode().value() == 201);
    List<Object> numbers = answers.stream().map(a -> a.getBody().get("caseNumber")).toList();
    assertThat(numbers).doesNotHaveDuplicates().hasSize(20);
  }

  @Test
  void tenParallelSendsOfOneReportOpenOneCase() throws Exception {
    String reference = UUID.randomUUID().toString();

    List<ResponseEntity<Map<String, Object>>> answers = inParallel(10, i -> reference);

    assertThat(answers).allMatch(a -> a.getStatusCode().is2xxSuccessful());
    assertThat(answers).filteredOn(a -> a.getStatusCode().value() == 201).hasSize(1);
    assertThat(answers.stream().map(a -> a.getBody().get("caseNumber")).distinct()).hasSize(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CaseIntervention")
        .variableValueEquals("externalReference", reference).count()).isEqualTo(1);
  }

  interface Reference {
    String of(int i);
  }

  private List<ResponseEntity<Map<String, Object>>> inParallel(int n, Reference reference) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<ResponseEntity<Map<String, Object>>>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String ref = reference.of(i);
        Callable<ResponseEntity<Map<String, Object>>> send = () -> {
          start.await();
          return rest.withBasicAuth(REPORTER, TestAccounts.STAFF_PASSWORD).exchange("/api/cases", HttpMethod.POST,
              json(report(ref)), new ParameterizedTypeReference<>() {});
        };
        futures.add(pool.submit(send));
      }
      start.countDown();
      List<ResponseEntity<Map<String, Object>>> answers = new ArrayList<>();
      for (var f : futures) {
        ResponseEntity<Map<String, Object>> answer = f.get();
        if (answer.getBody() != null && answer.getBody().get("processInstanceId") != null) {
          opened.add((String) answer.getBody().get("processInstanceId"));
        }
        answers.add(answer);
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  static Map<String, Object> report(String reference) {
    Map<String, Object> report = new HashMap<>();
    report.put("externalReference", reference);
    report.put("source", "HOTLINE_111");
    report.put("receivedAt", Instant.now().minusSeconds(60).toString());
    report.put("communeAgency", "quang-ngai-tp-ubnd-p-nghia-lo");
    report.put("harmType", "nguy_co");
    report.put("lifeThreatening", false);
    report.put("perpetratorHasAccess", false);
    return report;
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
