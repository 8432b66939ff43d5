package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.support.EngineTest;

@EngineTest
class HealthEndpointTests {

  @Autowired TestRestTemplate rest;

  @Test
  void operatorSeesDatabaseAndEngineStatusWithoutDetails() {
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody())
        .contains("\"status\":\"UP\"")
        .contains("\"db\":{\"status\":\"UP\"}")
        .contains("\"processEngine\"")
        .doesNotContain("jdbc:");
  }

  @Test
  void tasklistIsServedAtTheRoot() {
    ResponseEntity<String> root = rest.getForEntity("/", String.class);

    assertThat(root.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(root.getBody()).containsIgnoringCase("camunda");
  }
}
