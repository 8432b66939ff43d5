package benchmark.vanilla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;

/**
 * Outside the application's packages on purpose, so the application never scans it. The vanilla Camunda Spring Boot starter (webapp and REST) the footprint is compared with: nothing of ours is
 * scanned, no model is deployed, our database migrations do not run.
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
public class VanillaStarterApplication {

  public static void main(String[] args) {
    SpringApplication.run(VanillaStarterApplication.class, args);
  }
}
