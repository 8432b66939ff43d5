package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cpreferrals.support.TestAccounts.officer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import vn.cpreferrals.support.DirectoryAccounts;
import vn.cpreferrals.support.DirectoryEngineTest;
import vn.cpreferrals.support.InMemoryDirectory;
import vn.cpreferrals.support.WebappSession;

/**
 * The isolation scenario, unchanged, with people, groups and passwords in a real LDAP directory (profile ldap): the
 * provinces a person works in still come from the registry, through the groups the directory puts them in.
 */
@DirectoryEngineTest
class LdapTaskIsolationTests extends TaskIsolationScenario {

  @Autowired IdentityService identityService;
  @Autowired DirectoryAccounts.Filled directory;
  @LocalServerPort int port;

  @Test
  void peopleAndGroupsAreTheDirectorysAndCannotBeWrittenHere() {
    assertThat(directory.people()).isGreaterThan(600);
    assertThat(identityService.isReadOnly()).isTrue();
    assertThat(identityService.createGroupQuery().groupMember(officer(QNG_HEALTH)).list())
        .extracting(g -> g.getId()).containsExactly(QNG_HEALTH);
    assertThat(identityService.createUserQuery().userId(officer(QNG_HEALTH)).memberOfGroup("camunda-admin").count())
        .isZero();
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isOne();
    assertThatThrownBy(() -> identityService.saveUser(identityService.newUser("intruder")))
        .hasMessageContaining("read-only");
  }

  @Test
  void aGroupTheDirectoryLacksHasNoMembersAndAWildcardNamesNoGroup() {
    // The plugin alone answered 1 and 1,365 (every group): it searched a missing group from the root, and put ids in
    // its filters as written.
    assertThat(identityService.createUserQuery().userId(officer(QNG_HEALTH)).memberOfGroup("cp-operators").count())
        .isZero();
    assertThat(identityService.createGroupQuery().groupId("*").count()).isZero();
    assertThat(identityService.createGroupQuery().groupIdIn(QNG_HEALTH, "*)(cn=*").count()).isZero();
    assertThat(identityService.createGroupQuery().groupId(QNG_HEALTH).count()).isOne();
  }

  @Test
  void aPersonWorksInTheProvinceOfTheirDirectoryGroupsOnly() {
    assertThat(identityService.createTenantQuery().userMember(officer(QNG_HEALTH)).includingGroupsOfUser(true).list())
        .extracting(Tenant::getId, Tenant::getName).containsExactly(org.assertj.core.groups.Tuple.tuple(
            "quang-ngai", "Tỉnh Quảng Ngãi"));
    assertThat(identityService.createTenantQuery().userMember(officer(LCU_HEALTH)).includingGroupsOfUser(true)
        .singleResult().getId()).isEqualTo("lai-chau");
    assertThat(identityService.createTenantQuery().userMember("admin").includingGroupsOfUser(true).count()).isZero();
    assertThat(identityService.createTenantQuery().groupMember(QNG_POLICE).singleResult().getId())
        .isEqualTo("quang-ngai");
  }

  @Test
  void aNewColleagueAddedInTheDirectorySignsInToTasklistWithoutAnyChangeHere() throws Exception {
    InMemoryDirectory.addPerson("qng-yte-nguyen-van-an", "An", "Nguyễn Văn", "mat-khau-thu-muc");
    InMemoryDirectory.server().modify("cn=" + QNG_HEALTH + ",ou=groups," + InMemoryDirectory.BASE_DN,
        new com.unboundid.ldap.sdk.Modification(com.unboundid.ldap.sdk.ModificationType.ADD, "member",
            "uid=qng-yte-nguyen-van-an,ou=people," + InMemoryDirectory.BASE_DN));

    WebappSession session = WebappSession.login(port, "tasklist", "qng-yte-nguyen-van-an", "mat-khau-thu-muc");
    WebappSession wrong = WebappSession.login(port, "tasklist", "qng-yte-nguyen-van-an", "sai-mat-khau");

    assertThat(session.loginStatus()).isEqualTo(HttpStatus.OK.value());
    assertThat(session.get("/camunda/api/engine/engine/default/task").body()).contains(qngHealthTask)
        .doesNotContain(qngPoliceTask).doesNotContain(lcuHealthTask);
    assertThat(wrong.loginStatus()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
  }
}
