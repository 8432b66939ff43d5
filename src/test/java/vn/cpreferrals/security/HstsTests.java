package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Behind HTTPS the operator switches on HSTS and the TLS-only session cookie with two settings. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"CP_HSTS_DISABLED=false", "CP_SECURE_COOKIE=true",
        // A context of its own: its own database and engine name, so the shared test engine is never replaced.
        "spring.datasource.url=jdbc:h2:mem:cp-hsts;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "camunda.bpm.process-engine-name=hsts"})
@ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext
class HstsTests {

  @Autowired TestRestTemplate rest;

  @Test
  void webappsSendHstsAndASecureSessionCookieWhenTheOperatorAsks() {
    var page = rest.getForEntity("/camunda/app/tasklist/hsts/", String.class);

    assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
    assertThat(String.join(";", page.getHeaders().getOrEmpty("Set-Cookie"))).containsIgnoringCase("secure");
  }
}
