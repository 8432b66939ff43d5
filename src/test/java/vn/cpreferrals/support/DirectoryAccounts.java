package vn.cpreferrals.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.unboundid.ldap.sdk.LDAPException;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyRegistry;

/**
 * Fills the in-memory directory with the people the local demo would create, so the same scenarios run against
 * either: an officer in each agency's group; a manager in both groups of each standing agency and People's Committee.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DirectoryAccounts {

  /** The number of people it added. */
  public record Filled(int people) {}

  @Bean
  Filled directoryFilledFromTheRegistry(AgencyRegistry registry) throws LDAPException {
    int people = 0;
    for (Agency agency : registry.agencies()) {
      String officer = TestAccounts.officer(agency.id());
      InMemoryDirectory.addPerson(officer, "Cán bộ", agency.shortName(), TestAccounts.STAFF_PASSWORD);
      List<String> staff = new ArrayList<>(List.of(officer));
      List<String> leaders = new ArrayList<>();
      people++;
      if (agency.standing() || agency.kind() == AgencyKind.PEOPLES_COMMITTEE) {
        String manager = TestAccounts.manager(agency.id());
        InMemoryDirectory.addPerson(manager, "Lãnh đạo", agency.shortName(), TestAccounts.STAFF_PASSWORD);
        staff.add(manager);
        leaders.add(manager);
        people++;
      }
      InMemoryDirectory.addGroup(agency.groupId(), agency.name(), staff);
      InMemoryDirectory.addGroup(agency.managerGroupId(), agency.managerGroupName(), leaders);
    }
    return new Filled(people);
  }
}
