package vn.cpreferrals.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.cpreferrals.engine.guard.OpenVariables;

class AuditChainTests {

  static final AuditEntry ENTRY = new AuditEntry(7, Instant.parse("2025-05-15T01:00:00Z"), "quang-ngai-so-y-te-officer",
      "quang-ngai-so-y-te", "quang-ngai", "TASK_COMPLETED", "AgencyTaskFixture", "pi-1", "BK-1", "task-1",
      "Xử lý việc được giao", null, AuditChain.GENESIS, null);

  @Test
  void hashIsStableForTheSameContentAndKey() {
    assertThat(new AuditChain("k1").hash(ENTRY)).isEqualTo(new AuditChain("k1").hash(ENTRY)).hasSize(64);
  }

  @Test
  void anyChangedFieldOrAnotherKeyGivesAnotherHash() {
    AuditChain chain = new AuditChain("k1");
    AuditEntry otherActor = new AuditEntry(7, ENTRY.occurredAt(), "admin", ENTRY.actorAgency(), ENTRY.province(),
        ENTRY.action(), ENTRY.processDefinitionKey(), ENTRY.processInstanceId(), ENTRY.businessKey(), ENTRY.taskId(),
        ENTRY.subject(), ENTRY.details(), ENTRY.prevHash(), null);
    AuditEntry otherPrev = new AuditEntry(7, ENTRY.occurredAt(), ENTRY.actor(), ENTRY.actorAgency(), ENTRY.province(),
        ENTRY.action(), ENTRY.processDefinitionKey(), ENTRY.processInstanceId(), ENTRY.businessKey(), ENTRY.taskId(),
        ENTRY.subject(), ENTRY.details(), "f".repeat(64), null);

    assertThat(chain.hash(otherActor)).isNotEqualTo(chain.hash(ENTRY));
    assertThat(chain.hash(otherPrev)).isNotEqualTo(chain.hash(ENTRY));
    assertThat(new AuditChain("k2").hash(ENTRY)).isNotEqualTo(chain.hash(ENTRY));
  }

  @Test
  void productionRefusesTheDemoOrAShortKey() {
    assertThatThrownBy(() -> new AuditProperties(AuditProperties.DEMO_KEY, false, 3650))
        .hasMessageContaining("CP_AUDIT_KEY");
    assertThatThrownBy(() -> new AuditProperties("short", false, 3650)).hasMessageContaining("CP_AUDIT_KEY");
    assertThatThrownBy(() -> new AuditProperties(null, true, 3650)).hasMessageContaining("CP_AUDIT_KEY");
  }

  @Test
  void onlyTheOpenVariablesMayShowTheirValues() {
    assertThat(OpenVariables.of(null).isOpen("caseNumber")).isFalse();
    OpenVariables open = OpenVariables.of("caseNumber|referral_[a-z_]+|[a-zA-Z]+Due");
    assertThat(open.isOpen("caseNumber")).isTrue();
    assertThat(open.isOpen("referral_y_te")).isTrue();
    assertThat(open.isOpen("planDue")).isTrue();
    assertThat(open.isOpen("serviceOutcome")).isFalse();
    assertThat(open.isOpen("declineReason")).isFalse();
    assertThat(open.isOpen("childName")).isFalse();
  }
}
