package vn.cpreferrals.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * A real LDAP server (UnboundID's in-memory directory) on a free port, shared by every directory test of the JVM, as a
 * province would run it: people under ou=people, agency groups (groupOfNames) under ou=groups whose cn is the
 * registry's group id, administrators in cn=camunda-admin. Started before the Spring context, which it points at
 * itself with profile {@code ldap}'s settings.
 */
public final class InMemoryDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String BASE_DN = "dc=cp-referrals,dc=test";
  static final String SERVICE_DN = "cn=cp-referrals-reader," + BASE_DN;
  static final String SERVICE_PASSWORD = "directory-reader-secret";

  private static InMemoryDirectoryServer server;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    InMemoryDirectoryServer directory = server();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("in-memory-directory", Map.of(
        "cp.ldap.server-url", "ldap://localhost:" + directory.getListenPort(),
        "cp.ldap.base-dn", BASE_DN,
        "cp.ldap.manager-dn", SERVICE_DN,
        "cp.ldap.manager-password", SERVICE_PASSWORD,
        // A database of its own: the other H2 test contexts of the JVM keep the local accounts.
        "spring.datasource.url", "jdbc:h2:mem:cp-ldap-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")));
  }

  /** The running server, started with its base entries and the administrator on first use. */
  public static synchronized InMemoryDirectoryServer server() {
    if (server == null) {
      try {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        // Leadership groups without a demo manager are empty, which groupOfNames' schema forbids.
        config.setSchema(null);
        config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
        InMemoryDirectoryServer started = new InMemoryDirectoryServer(config);
        started.add(new Entry(BASE_DN, new Attribute("objectClass", "top", "domain"),
            new Attribute("dc", "cp-referrals")));
        started.add(new Entry("ou=people," + BASE_DN, new Attribute("objectClass", "top", "organizationalUnit")));
        started.add(new Entry("ou=groups," + BASE_DN, new Attribute("objectClass", "top", "organizationalUnit")));
        started.startListening();
        server = started;
        addPerson(TestAccounts.ADMIN, "Quản trị", "hệ thống", TestAccounts.ADMIN_PASSWORD);
        addGroup("camunda-admin", "Quản trị hệ thống", List.of(TestAccounts.ADMIN));
      } catch (LDAPException e) {
        throw new IllegalStateException("in-memory directory did not start", e);
      }
    }
    return server;
  }

  public static void addPerson(String uid, String givenName, String surname, String password) throws LDAPException {
    server().add(new Entry(personDn(uid), new Attribute("objectClass", "top", "person", "organizationalPerson",
        "inetOrgPerson"), new Attribute("uid", uid), new Attribute("cn", givenName + " " + surname),
        new Attribute("givenName", givenName), new Attribute("sn", surname),
        new Attribute("mail", uid + "@demo.cp-referrals.invalid"), new Attribute("userPassword", password)));
  }

  public static void addGroup(String cn, String description, List<String> memberUids) throws LDAPException {
    List<Attribute> attributes = new ArrayList<>(List.of(new Attribute("objectClass", "top", "groupOfNames"),
        new Attribute("cn", cn), new Attribute("description", description)));
    if (!memberUids.isEmpty()) {
      attributes.add(new Attribute("member", memberUids.stream().map(InMemoryDirectory::personDn).toList()));
    }
    server().add(new Entry("cn=" + cn + ",ou=groups," + BASE_DN, attributes));
  }

  static String personDn(String uid) {
    return "uid=" + uid + ",ou=people," + BASE_DN;
  }
}
