package vn.cpreferrals.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

@EngineTest
class IdentitySyncTests {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired AgencyRegistry registry;
  @Autowired IdentitySync sync;

  @Test
  void everyProvinceIsATenantAndEveryAgencyHasAStaffAndALeadershipGroupInIt() {
    assertThat(identityService.createTenantQuery().list())
        .extracting(t -> t.getId())
        .containsAll(registry.provinces().stream().map(p -> p.id()).toList());
    registry.agencies().forEach(agency -> {
      assertThat(identityService.createGroupQuery().groupId(agency.groupId()).memberOfTenant(agency.province()).count())
          .as(agency.id()).isEqualTo(1);
      assertThat(identityService.createGroupQuery().groupId(agency.managerGroupId())
          .memberOfTenant(agency.province()).count()).as(agency.managerGroupId()).isEqualTo(1);
    });
  }

  @Test
  void groupsAndDemoAccountsCarryVietnameseAgencyNames() {
    Group health = identityService.createGroupQuery().groupId("quang-ngai-so-y-te").singleResult();
    User officer = identityService.createUserQuery().userId("quang-ngai-so-y-te-officer").singleResult();

    assertThat(health.getName()).isEqualTo("Sở Y tế tỉnh Quảng Ngãi");
    assertThat(officer.getFirstName()).isEqualTo("Cán bộ");
    assertThat(officer.getLastName()).contains("Sở Y tế");
    assertThat(identityService.checkPassword(officer.getId(), TestAccounts.STAFF_PASSWORD)).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup("quang-ngai-so-y-te").list())
        .extracting(User::getId).contains("quang-ngai-so-y-te-officer", "quang-ngai-so-y-te-manager");
  }

  @Test
  void standingAgenciesAndPeoplesCommitteesGetADemoManager() {
    registry.agencies().forEach(agency -> assertThat(
        identityService.createUserQuery().userId(IdentitySync.managerId(agency)).count())
        .as(agency.id()).isEqualTo(agency.standing() || agency.kind() == AgencyKind.PEOPLES_COMMITTEE ? 1 : 0));
    assertThat(identityService.createUserQuery().userId("quang-ngai-ubnd-tinh-manager")
        .memberOfGroup("quang-ngai-ubnd-tinh-managers").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().userId("quang-ngai-cong-an-tinh-manager").count()).isZero();
  }

  @Test
  void staffGroupsHoldNoWildcardTaskOrInstanceRights() {
    long wildcardTaskGrants = authorizationService.createAuthorizationQuery()
        .groupIdIn("quang-ngai-so-y-te").resourceType(Resources.TASK).count();
    long managerInstanceGrants = authorizationService.createAuthorizationQuery()
        .groupIdIn("quang-ngai-so-y-te-managers").resourceType(Resources.PROCESS_INSTANCE).resourceId("*").count();

    assertThat(wildcardTaskGrants).isZero();
    assertThat(managerInstanceGrants).isEqualTo(1);
  }

  @Test
  void runningTheSyncAgainChangesNothing() {
    long groups = identityService.createGroupQuery().count();
    long users = identityService.createUserQuery().count();
    long memberships = identityService.createUserQuery().memberOfGroup("quang-ngai-so-y-te").count();
    long authorizations = authorizationService.createAuthorizationQuery().count();

    sync.engineBuilt(engine);

    assertThat(sync.lastRowsWritten()).as("rows written when nothing changed").isZero();
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createUserQuery().memberOfGroup("quang-ngai-so-y-te").count()).isEqualTo(memberships);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void aMembershipRemovedByHandIsRestoredByTheNextSyncAndNothingElseIsWritten() {
    identityService.deleteMembership("quang-ngai-so-y-te-officer", "quang-ngai-so-y-te");
    identityService.deleteTenantGroupMembership("quang-ngai", "quang-ngai-so-y-te-managers");

    sync.engineBuilt(engine);

    assertThat(sync.lastRowsWritten()).isEqualTo(2);
    assertThat(identityService.createUserQuery().userId("quang-ngai-so-y-te-officer").memberOfGroup("quang-ngai-so-y-te")
        .count()).isOne();
    assertThat(identityService.createGroupQuery().groupId("quang-ngai-so-y-te-managers").memberOfTenant("quang-ngai")
        .count()).isOne();
  }

  @Test
  void aPermissionTakenByHandAndAGroupRenamedByHandAreRestoredByTheNextSync() {
    Authorization tasklist = authorizationService.createAuthorizationQuery().groupIdIn("quang-ngai-so-y-te")
        .resourceType(Resources.APPLICATION).resourceId("tasklist").singleResult();
    tasklist.removePermission(Permissions.ACCESS);
    authorizationService.saveAuthorization(tasklist);
    Group health = identityService.createGroupQuery().groupId("quang-ngai-so-y-te").singleResult();
    health.setName("Tên sửa tay");
    identityService.saveGroup(health);

    sync.engineBuilt(engine);

    assertThat(sync.lastRowsWritten()).isEqualTo(2);
    assertThat(authorizationService.createAuthorizationQuery().authorizationId(tasklist.getId()).singleResult()
        .isPermissionGranted(Permissions.ACCESS)).isTrue();
    assertThat(identityService.createGroupQuery().groupId("quang-ngai-so-y-te").singleResult().getName())
        .isEqualTo("Sở Y tế tỉnh Quảng Ngãi");
  }
}
