package vn.cpreferrals.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class ProvinceRuleTests {

  private final ProvinceRule rule = new ProvinceRule(Set.of("quang-ngai", "lai-chau")::contains);

  @Test
  void staffOfOneProvinceOpenWorkThereWithoutNamingIt() {
    assertThat(rule.decide(null, List.of("quang-ngai"))).isEqualTo("quang-ngai");
    assertThat(rule.decide("  ", List.of("quang-ngai"))).isEqualTo("quang-ngai");
  }

  @Test
  void staffMayNameTheirOwnProvince() {
    assertThat(rule.decide("lai-chau", List.of("quang-ngai", "lai-chau"))).isEqualTo("lai-chau");
  }

  @Test
  void staffCannotOpenWorkInAnotherProvince() {
    assertThatThrownBy(() -> rule.decide("lai-chau", List.of("quang-ngai")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("lai-chau");
  }

  @Test
  void staffOfSeveralProvincesMustChoose() {
    assertThatThrownBy(() -> rule.decide(null, List.of("quang-ngai", "lai-chau")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("provinceId");
  }

  @Test
  void systemAndAdministratorMustNameAKnownProvince() {
    assertThat(rule.decide("lai-chau", null)).isEqualTo("lai-chau");
    assertThatThrownBy(() -> rule.decide(null, null)).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> rule.decide("ha-noi", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("ha-noi");
  }
}
