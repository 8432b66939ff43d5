package vn.cpreferrals.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with profile {@code ldap} against a real in-memory LDAP server ({@link InMemoryDirectory})
 * holding the same people as the local test accounts, on an H2 database of its own. Test classes with exactly this
 * annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "ldap"})
@ContextConfiguration(initializers = InMemoryDirectory.class)
@AutoConfigureObservability(tracing = false)
@Import(DirectoryAccounts.class)
public @interface DirectoryEngineTest {}
