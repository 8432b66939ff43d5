package vn.cpreferrals.engine.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What Tasklist shows of a refusal: our Vietnamese reason, without the engine's English around it. */
class WebappFaultFilterTests {

  @Test
  void aRefusalFromATaskListenerIsReadWithoutTheEnginesWrapper() {
    String answer = "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 0e25: ENGINE-03051 There was an "
        + "exception while invoking the TaskListener. Message: 'Exception while invoking TaskListener: Bảng nhiệm vụ "
        + "chưa hợp lệ, chưa gửi đi: Dòng 19: chưa ghi Cơ quan thường trực.'\",\"code\":0}";

    assertThat(WebappFaultFilter.listenerRefusal(answer.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("Bảng nhiệm vụ chưa hợp lệ, chưa gửi đi: Dòng 19: chưa ghi Cơ quan thường trực.");
  }

  @Test
  void aRefusalPrefacedByTheRestLayerLosesOnlyThePreface() {
    String answer = "{\"message\":\"Cannot instantiate process definition DirectiveImport:1:e791: Chưa có tệp hoặc tệp "
        + "rỗng: hãy chọn văn bản .docx, .pdf (có lớp chữ) hoặc .txt.\"}";

    assertThat(WebappFaultFilter.listenerRefusal(answer.getBytes(StandardCharsets.UTF_8)))
        .startsWith("Chưa có tệp hoặc tệp rỗng");
  }

  @Test
  void anEngineFaultThatIsNoRefusalOfOursIsLeftAsItIs() {
    String engineFault = "{\"message\":\"Cannot submit task form 0e25: ENGINE-03004 Exception while executing Database "
        + "Operation\"}";
    String other = "{\"message\":\"Task with id 0e25 does not exist\"}";

    assertThat(WebappFaultFilter.listenerRefusal(engineFault.getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(WebappFaultFilter.listenerRefusal(other.getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(WebappFaultFilter.listenerRefusal("not json".getBytes(StandardCharsets.UTF_8))).isNull();
  }
}
