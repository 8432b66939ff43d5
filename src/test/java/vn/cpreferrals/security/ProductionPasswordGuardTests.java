package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.cpreferrals.CpReferralsApplication;

class ProductionPasswordGuardTests {

  @Test
  void postgresProfileRefusesToStartWithTheDemoAdminPassword() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(CpReferralsApplication.class)
        .profiles("postgres")
        // No web server: the Camunda webapp keeps static references to the last context that started one.
        .web(WebApplicationType.NONE);
    // Command-line arguments outrank the profile's files: an in-memory database, everything valid but the password.
    String[] args = {"--CP_ADMIN_PASSWORD=demo", "--CP_AUDIT_KEY=a-strong-audit-key-for-this-test-0123456789",
        "--spring.datasource.url=jdbc:h2:mem:guard", "--spring.datasource.driver-class-name=org.h2.Driver",
        "--camunda.bpm.database.type=h2", "--camunda.bpm.job-execution.enabled=false"};

    assertThatThrownBy(() -> app.run(args))
        .rootCause()
        .hasMessageContaining("CP_ADMIN_PASSWORD");
  }
}
