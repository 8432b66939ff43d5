package vn.cpreferrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.AuditQuery;
import vn.cpreferrals.support.KeycloakServer;
import vn.cpreferrals.support.TestAccounts;

/**
 * Single sign-on (profile oidc) against a real Keycloak: an officer signs in on Keycloak's page, lands in the
 * Vietnamese Tasklist with her agency's work, completes a task and signs out at Keycloak too; the APIs take Keycloak's
 * bearer tokens and no passwords. The people and their groups exist only in Keycloak.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "oidc"})
@ContextConfiguration(initializers = KeycloakServer.class)
class SingleSignOnBrowserTests {

  static final String OFFICER = "nguyen.thi.hoa";
  static final String OTHER_PROVINCE = "pham.van.duc";
  static final String PASSWORD = "sso-staff-secret";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuditLog auditLog;

  String healthTask;
  String laiChauTask;

  @BeforeAll
  static void keycloakCanRun() {
    KeycloakServer.assumeAvailable();
  }

  @BeforeEach
  void givenWorkForSoYTeQuangNgaiAndForLaiChau() {
    healthTask = startWorkFor("quang-ngai-so-y-te", "quang-ngai", "Rà soát danh sách trẻ (kiểm thử SSO)");
    laiChauTask = startWorkFor("lai-chau-so-y-te", "lai-chau", "Việc của Lai Châu (kiểm thử SSO)");
  }

  @AfterEach
  void removeInstances() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("AgencyTaskFixture").list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  @Test
  void officerSignsInAtKeycloakCompletesHerAgencysTaskAndSignsOutThere() throws Exception {
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    try (Browser browser = Browser.open()) {
      browser.go(tasklist);
      browser.visible(By.id("username")).sendKeys(OFFICER);
      assertThat(browser.driver.getCurrentUrl()).startsWith(KeycloakServer.issuer());
      browser.screenshot("sso-01-dang-nhap-keycloak");
      browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.click(By.id("kc-login"));

      browser.waitForText("Việc chưa nhận của cơ quan");
      assertThat(browser.bodyText()).contains("Hoa", "Việc của tôi");
      browser.click(By.xpath("//a[contains(., 'Việc chưa nhận của cơ quan')]"));
      browser.click(By.xpath("//*[contains(@class,'task')]//a[contains(., 'Xử lý việc được giao')]"));
      browser.waitForText("Sở Y tế tỉnh Quảng Ngãi");
      assertThat(browser.bodyText()).doesNotContain("Việc của Lai Châu");
      browser.screenshot("sso-02-tasklist-sau-dang-nhap");
      browser.click(By.cssSelector("button.claim"));
      browser.type(By.xpath("//label[contains(., 'Kết quả xử lý')]/following::textarea[1]"),
          "Đã rà soát (kiểm thử SSO)");
      browser.click(By.xpath("//button[contains(., 'Hoàn thành')]"));
      browser.wait.until(d -> taskService.createTaskQuery().taskId(healthTask).count() == 0);

      browser.click(By.cssSelector("li.account > a, .account.dropdown > a"));
      browser.click(By.xpath("//a[contains(., 'Đăng xuất')]"));
      browser.visible(By.id("username"));
      assertThat(browser.driver.getCurrentUrl()).startsWith(KeycloakServer.issuer());
      browser.screenshot("sso-03-da-dang-xuat");

      // Signed out at Keycloak too: Tasklist asks for the password again instead of signing her straight back in.
      browser.go(tasklist);
      browser.visible(By.id("username"));
      assertThat(browser.driver.getCurrentUrl()).startsWith(KeycloakServer.issuer());
    }

    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(healthTask).singleResult().getAssignee())
        .isEqualTo(OFFICER);
    assertThat(taskService.createTaskQuery().taskId(laiChauTask).count()).isOne();
    assertThat(identityService.createGroupQuery().groupMember(OFFICER).list()).extracting(g -> g.getId())
        .containsExactly("quang-ngai-so-y-te");
    assertThat(auditLog.find(new AuditQuery(null, null, null, null, OFFICER, null, Instant.now().minusSeconds(600),
        null, 100))).anyMatch(e -> e.action().equals("LOGIN_SUCCEEDED") && "sso".equals(e.subject()));
  }

  @Test
  void apisTakeKeycloakTokensOfTheirOwnProvinceAndNoPasswords() throws Exception {
    String hoa = KeycloakServer.accessToken(OFFICER, PASSWORD);
    String duc = KeycloakServer.accessToken(OTHER_PROVINCE, PASSWORD);

    assertThat(get("/engine-rest/task", "Bearer " + hoa).body()).contains(healthTask).doesNotContain(laiChauTask);
    assertThat(get("/engine-rest/task", "Bearer " + duc).body()).contains(laiChauTask).doesNotContain(healthTask);
    assertThat(get("/engine-rest/task/" + laiChauTask, "Bearer " + hoa).statusCode()).isEqualTo(404);
    assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/task", "Bearer " + tampered(hoa)).statusCode()).isEqualTo(401);
    String demoOfficer = java.util.Base64.getEncoder().encodeToString(
        (TestAccounts.officer("quang-ngai-so-y-te") + ":" + TestAccounts.STAFF_PASSWORD).getBytes());
    assertThat(get("/engine-rest/task", "Basic " + demoOfficer).statusCode()).isEqualTo(401);
  }

  /**
   * The token with one character of its signature changed. Not the last characters: the final base64url character
   * carries padding bits, so changing it can leave the signature's bytes as they were (a 1-in-256 flaky test).
   */
  private static String tampered(String jwt) {
    int at = jwt.length() - 10;
    char changed = jwt.charAt(at) == 'A' ? 'B' : 'A';
    return jwt.substring(0, at) + changed + jwt.substring(at + 1);
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String startWorkFor(String agencyId, String provinceId, String subject) {
    String instanceId = runtimeService.startProcessInstanceByKey("AgencyTaskFixture",
        Map.of("agencyId", agencyId, "provinceId", provinceId, "subject", subject)).getId();
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }
}
