package vn.cpreferrals.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdentityPropertiesTests {

  static final String STRONG = "Xk7#pQ2v!Lm9zR";

  @Test
  void demoProfileAcceptsWellKnownPasswords() {
    IdentityProperties demo = new IdentityProperties("demo", true, "demo", true, null, null, false);

    assertThat(demo.startableProcesses()).isEmpty();
  }

  @Test
  void productionRefusesDefaultMissingOrShortAdminPasswords() {
    for (String weak : new String[] {null, "", "demo", "Admin", "short-1A!"}) {
      assertThatThrownBy(() -> new IdentityProperties(weak, false, null, false, List.of(), List.of(), false))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("CP_ADMIN_PASSWORD");
    }
  }

  @Test
  void productionRefusesADefaultDemoPasswordOnlyWhenDemoAccountsAreWanted() {
    assertThatThrownBy(() -> new IdentityProperties(STRONG, true, "demo", false, List.of(), List.of(), false))
        .hasMessageContaining("CP_DEMO_PASSWORD");
    assertThat(new IdentityProperties(STRONG, false, "demo", false, List.of(), List.of(), false).demoUsers()).isFalse();
  }

  @Test
  void withADirectoryNoLocalPasswordIsNeededAndDemoAccountsAreRefused() {
    assertThat(new IdentityProperties(null, false, null, false, List.of(), List.of(), true).directory()).isTrue();
    assertThatThrownBy(() -> new IdentityProperties(null, true, null, false, List.of(), List.of(), true))
        .hasMessageContaining("directory");
  }
}
