package vn.cpreferrals.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 engine with the job executor off. Every test class that uses exactly this
 * annotation shares one Spring context (and one engine), which keeps the suite fast on two cores.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Metrics export (Prometheus) is part of what is tested; Spring Boot turns it off in tests unless asked.
@AutoConfigureObservability(tracing = false)
public @interface EngineTest {}
