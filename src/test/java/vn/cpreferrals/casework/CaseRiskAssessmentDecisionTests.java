package vn.cpreferrals.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The risk and routing table, one rule at a time, with the standalone DMN engine. */
class CaseRiskAssessmentDecisionTests {

  static DmnEngine dmn;
  static List<DmnDecision> decisions;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new ClassPathResource("bpmn/CaseRiskAssessment.dmn").getInputStream()) {
      decisions = dmn.parseDecisions(in);
    }
  }

  static DmnDecision decision(String key) {
    return decisions.stream().filter(d -> d.getKey().equals(key)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource({
      "true,  false, nguy_co,          Rule_LifeThreatening,            true,  khẩn cấp",
      "false, true,  xam_hai_tinh_duc, Rule_SexualAbuseWithAccess,      true,  khẩn cấp",
      "false, true,  mua_ban,          Rule_SexualAbuseWithAccess,      true,  khẩn cấp",
      "false, false, bo_roi,           Rule_AbandonedChild,             true,  khẩn cấp",
      "false, false, xam_hai_tinh_duc, Rule_AbuseWithoutImmediateDanger, false, cao",
      "false, true,  bao_luc,          Rule_AbuseWithoutImmediateDanger, false, cao",
      "false, false, nguy_co,          Rule_AtRisk,                     false, bình thường"})
  void emergencyRule(boolean lifeThreatening, boolean access, String harmType, String rule, boolean emergency,
      String urgency) {
    Map<String, Object> facts = Map.of("lifeThreatening", lifeThreatening, "perpetratorHasAccess", access,
        "harmType", harmType);
    DmnDecisionResult urgencyResult = dmn.evaluateDecision(decision("Decision_Urgency"), facts);

    // One output each: a business-rule task stores such a result as a plain variable (mapDecisionResult="singleEntry").
    assertThat(urgencyResult.getSingleResult().getEntryMap()).containsOnly(Map.entry("urgency", urgency));
    assertThat(dmn.evaluateDecision(decision("Decision_Emergency"), Map.of("urgency", urgency))
        .getSingleResult().getEntryMap()).containsOnly(Map.entry("emergency", emergency));
  }

  @Test
  void aReportWithoutTheFactsIsOfNormalUrgencyAndNoEmergency() {
    var unknown = Variables.createVariables().putValue("lifeThreatening", null)
        .putValue("perpetratorHasAccess", null).putValue("harmType", null);

    assertThat((Object) dmn.evaluateDecision(decision("Decision_Urgency"), unknown).getSingleEntry())
        .isEqualTo("bình thường");
    assertThat((Object) dmn.evaluateDecision(decision("Decision_Urgency"), Variables.createVariables())
        .getSingleEntry()).isEqualTo("bình thường");
  }

  /** The gateway after the decision must never read null: an urgency no rule knows is no emergency. */
  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "không rõ"})
  void anUrgencyWithoutARuleOfItsOwnIsNoEmergency(String urgency) {
    var input = Variables.createVariables().putValue("urgency", urgency);

    assertThat((Object) dmn.evaluateDecision(decision("Decision_Emergency"), input).getSingleEntry())
        .isEqualTo(false);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "xam_hai_tinh_duc, cong_an y_te tam_ly tro_giup_phap_ly",
      "bao_luc,          cong_an y_te tam_ly giao_duc",
      "bo_roi,           y_te bao_tro_xa_hoi",
      "mua_ban,          cong_an tam_ly tro_giup_phap_ly bao_tro_xa_hoi",
      "boc_lot_lao_dong, cong_an tro_giup_phap_ly giao_duc",
      "nguy_co,          giao_duc"})
  void servicesThePlanMustConsider(String harmType, String services) {
    DmnDecisionResult result = dmn.evaluateDecision(decision("Decision_RequiredServices"),
        Map.of("harmType", harmType));

    assertThat(result.collectEntries("service")).containsExactly((Object[]) services.split(" "));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "xam_hai_tinh_duc, 'cong_an,y_te,tam_ly,tro_giup_phap_ly'",
      "bo_roi,           'y_te,bao_tro_xa_hoi'",
      "nguy_co,          giao_duc",
      "khong_biet,       ''"})
  void servicesToConsiderAreOneCommaSeparatedStringForTheCaseToKeep(String harmType, String services) {
    DmnDecisionResult result = dmn.evaluateDecision(decision("Decision_ServicesToConsider"),
        Map.of("harmType", harmType));

    assertThat((Object) result.getSingleEntry()).isEqualTo(services);
  }
}
