package vn.cpreferrals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.support.EngineTest;

/** Single sign-on's mirror of a person into the engine, on the real engine with the registry's groups. */
@EngineTest
class TokenAccountsTests {

  static final String PERSON = "tran.van.khoa";

  @Autowired IdentityService identity;

  @AfterEach
  void forgetThePerson() {
    if (identity.createUserQuery().userId(PERSON).count() > 0) {
      identity.deleteUser(PERSON);
    }
  }

  @Test
  void firstSignInCreatesThePersonInTheTokensGroupsTheEngineKnowsOnly() {
    TokenAccounts.SignedIn signedIn = new TokenAccounts(identity, "admin").signIn(PERSON, "Khoa", "Trần Văn",
        "khoa@sso.cp-referrals.invalid", List.of("quang-ngai-so-y-te", "/some/keycloak/path", "not-an-agency"));

    User user = identity.createUserQuery().userId(PERSON).singleResult();
    assertThat(user.getLastName()).isEqualTo("Trần Văn");
    assertThat(user.getEmail()).isEqualTo("khoa@sso.cp-referrals.invalid");
    assertThat(signedIn.groupIds()).containsExactly("quang-ngai-so-y-te");
    assertThat(groupsOf(PERSON)).containsExactly("quang-ngai-so-y-te");
    assertThat(identity.createTenantQuery().userMember(PERSON).includingGroupsOfUser(true).singleResult().getId())
        .isEqualTo("quang-ngai");
  }

  @Test
  void aLaterSignInWithOtherGroupsMovesThePersonAndTheirProvince() {
    new TokenAccounts(identity, "admin").signIn(PERSON, "Khoa", "Trần Văn", null, List.of("quang-ngai-so-y-te"));

    new TokenAccounts(identity, "admin").signIn(PERSON, "Khoa", "Trần Văn", null, List.of("lai-chau-so-y-te"));

    assertThat(groupsOf(PERSON)).containsExactly("lai-chau-so-y-te");
    assertThat(identity.createTenantQuery().userMember(PERSON).includingGroupsOfUser(true).singleResult().getId())
        .isEqualTo("lai-chau");
  }

  @Test
  void noTokenTakesOverTheLocalAdministratorAndANamelessTokenIsNoOne() {
    TokenAccounts accounts = new TokenAccounts(identity, "admin");

    assertThatThrownBy(() -> accounts.signIn("admin", null, null, null, List.of("camunda-admin")))
        .isInstanceOf(TokenAccounts.Refused.class).hasMessageContaining("mật khẩu cục bộ");
    assertThatThrownBy(() -> accounts.signIn(" ", null, null, null, List.of("quang-ngai-so-y-te")))
        .isInstanceOf(TokenAccounts.Refused.class);
    assertThat(groupsOf("admin")).contains("camunda-admin");
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }
}
