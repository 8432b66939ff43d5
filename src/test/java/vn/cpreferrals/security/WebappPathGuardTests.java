package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.cpreferrals.CpReferralsApplication;

class WebappPathGuardTests {

  @Test
  void webappsMovedAwayFromTheGuardedPathStopTheStartWithTheReason() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(CpReferralsApplication.class)
        // No web server: the webapp keeps static references to the last context that started one.
        .web(WebApplicationType.NONE);
    String[] args = {"--camunda.bpm.webapp.application-path=/quy-trinh", "--spring.datasource.url=jdbc:h2:mem:path",
        "--camunda.bpm.job-execution.enabled=false"};

    assertThatThrownBy(() -> app.run(args))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'/quy-trinh'")
        .hasMessageContaining("APPLICATIONPATH");
  }

  @Test
  void theGuardedPathWithOrWithoutTrailingSlashIsAccepted() {
    assertThat(WebappPath.requireGuarded("/camunda")).isEqualTo("/camunda");
    assertThat(WebappPath.requireGuarded("/camunda/")).isEqualTo("/camunda");
    assertThatThrownBy(() -> WebappPath.requireGuarded("/operaton")).isInstanceOf(IllegalStateException.class);
  }
}
