package vn.cpreferrals.engine.variables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/**
 * Text longer than the engine's 4,000-character column (a directive table under review) is stored whole as bytes and
 * is still a String to every reader: the runtime, history and REST. Text that fits keeps the engine's own serializer.
 */
@EngineTest
class LongTextSerializerTests {

  static final String KEY = "LongTextProbe";
  static final String VARIABLE = "reviewText";
  /** Multi-byte on purpose: 20,000 characters of it are some 26,000 bytes in UTF-8. */
  static final String LINE = "Mục II.1: Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Công an tỉnh và UBND"
      + " cấp xã; thời gian: Thường xuyên trong năm.\n";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  String deployment;
  String instance;

  @BeforeEach
  void givenAnInstanceWaitingAtATask() {
    deployment = repositoryService.createDeployment().name("long-text-probe")
        .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask().endEvent().done())
        .deploy().getId();
    instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("provinceId", "quang-ngai")).getId();
  }

  @AfterEach
  void removeTheProbe() {
    repositoryService.deleteDeployment(deployment, true, true, true);
  }

  @Test
  void aDirectiveTableLongerThanTheTextColumnIsKeptWhole() {
    String table = vietnamese(20_000);

    runtimeService.setVariable(instance, VARIABLE, table);

    assertThat((String) runtimeService.getVariable(instance, VARIABLE)).isEqualTo(table);
    assertThat(runtimeService.getVariableTyped(instance, VARIABLE).getType()).isEqualTo(ValueType.STRING);
    HistoricVariableInstance historic = historic();
    assertThat(historic.getValue()).isEqualTo(table);
    assertThat(historic.getTypedValue().getType()).isEqualTo(ValueType.STRING);
    assertThat(historic.getTypeName()).isEqualTo("string");
    // Stored as bytes under this serializer, the text column left empty.
    Stored stored = stored();
    assertThat(stored.type()).isEqualTo(LongTextSerializer.NAME);
    assertThat(stored.text()).isNull();
    assertThat(stored.byteArrayId()).isNotNull();
    assertThat(historicType()).isEqualTo(LongTextSerializer.NAME);

    // What Tasklist and Cockpit read.
    ResponseEntity<Map> runtime = admin().getForEntity("/engine-rest/process-instance/" + instance + "/variables/"
        + VARIABLE, Map.class);
    assertThat(runtime.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.getBody()).containsEntry("type", "String").containsEntry("value", table);
    ResponseEntity<List> history = admin().getForEntity("/engine-rest/history/variable-instance?processInstanceId="
        + instance + "&variableName=" + VARIABLE, List.class);
    assertThat(history.getBody()).singleElement().satisfies(v -> {
      assertThat(((Map<?, ?>) v).get("type")).isEqualTo("String");
      assertThat(((Map<?, ?>) v).get("value")).isEqualTo(table);
    });
  }

  @Test
  void aReviewTextShortenedBelowTheColumnAndLengthenedAgainReadsBackEachTime() {
    String longer = vietnamese(20_000);
    runtimeService.setVariable(instance, VARIABLE, longer);
    String bytesOfTheLongText = stored().byteArrayId();
    String historicBytesOfTheLongText = historicByteArrayId();

    runtimeService.setVariable(instance, VARIABLE, "Đã rút gọn");

    assertThat((String) runtimeService.getVariable(instance, VARIABLE)).isEqualTo("Đã rút gọn");
    assertThat(historic().getValue()).isEqualTo("Đã rút gọn");
    Stored shorter = stored();
    assertThat(shorter.type()).isEqualTo("string");
    assertThat(shorter.text()).isEqualTo("Đã rút gọn");
    // No bytes of the long text are left behind the short one.
    assertThat(shorter.byteArrayId()).isNull();
    assertThat(historicByteArrayId()).isNull();
    assertThat(jdbc.queryForObject("select count(*) from ACT_GE_BYTEARRAY where ID_ in (?, ?)", Integer.class,
        bytesOfTheLongText, historicBytesOfTheLongText)).isZero();

    runtimeService.setVariable(instance, VARIABLE, longer + "!");

    assertThat((String) runtimeService.getVariable(instance, VARIABLE)).isEqualTo(longer + "!");
    assertThat(historic().getValue()).isEqualTo(longer + "!");
    assertThat(stored().type()).isEqualTo(LongTextSerializer.NAME);
  }

  @Test
  void textThatFitsTheColumnKeepsTheEnginesOwnSerializer() {
    String fits = vietnamese(LongTextSerializer.TEXT_COLUMN);

    runtimeService.setVariable(instance, VARIABLE, fits);

    assertThat((String) runtimeService.getVariable(instance, VARIABLE)).isEqualTo(fits);
    assertThat(stored().type()).isEqualTo("string");
    assertThat(stored().text()).isEqualTo(fits);
    assertThat(stored().byteArrayId()).isNull();

    // One character more and it no longer fits.
    runtimeService.setVariable(instance, VARIABLE, fits + ".");

    assertThat((String) runtimeService.getVariable(instance, VARIABLE)).isEqualTo(fits + ".");
    assertThat(stored().type()).isEqualTo(LongTextSerializer.NAME);
  }

  /** The row of the variable as the engine stored it: its serializer's name, text column and byte array. */
  record Stored(String type, String text, String byteArrayId) {}

  private Stored stored() {
    return jdbc.queryForObject("select TYPE_, TEXT_, BYTEARRAY_ID_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and"
        + " NAME_ = ?", (rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)), instance, VARIABLE);
  }

  private String historicType() {
    return jdbc.queryForObject("select VAR_TYPE_ from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ = ?",
        String.class, instance, VARIABLE);
  }

  private String historicByteArrayId() {
    return jdbc.queryForObject("select BYTEARRAY_ID_ from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ = ?",
        String.class, instance, VARIABLE);
  }

  private HistoricVariableInstance historic() {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(VARIABLE)
        .singleResult();
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
  }

  static String vietnamese(int length) {
    return LINE.repeat(length / LINE.length() + 1).substring(0, length);
  }
}
