package vn.cpreferrals.casework;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.process.AsSystem;
import vn.cpreferrals.process.Caller;

/**
 * JSON intake for the 111 helpline's system and other intake points ({@code POST /api/cases}, HTTP Basic). A report
 * resent with the same source and external reference answers 200 with the existing case instead of opening a new one.
 */
@RestController
class CaseIntakeController {

  private final CaseIntake intake;
  private final CaseReopening reopening;
  private final IdentityService identityService;
  private final org.camunda.bpm.engine.HistoryService history;

  CaseIntakeController(CaseIntake intake, CaseReopening reopening, IdentityService identityService,
      org.camunda.bpm.engine.HistoryService history) {
    this.intake = intake;
    this.reopening = reopening;
    this.identityService = identityService;
    this.history = history;
  }

  /** The commune working the case (its staff or chairman) or the administrator reopens a closed case. */
  @PostMapping("/api/cases/{caseNumber}/reopen")
  ResponseEntity<Map<String, Object>> reopen(@org.springframework.web.bind.annotation.PathVariable String caseNumber,
      @RequestBody(required = false) Map<String, String> body) {
    Caller caller = Caller.current(identityService).orElse(null);
    String commune = AsSystem.run(identityService, () -> history.createHistoricVariableInstanceQuery()
        .variableName(CaseProcess.COMMUNE_AGENCY.name())
        .processInstanceIdIn(history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY)
            .processInstanceBusinessKey(caseNumber).list().stream().map(h -> h.getId()).toArray(String[]::new))
        .list().stream().map(v -> String.valueOf(v.getValue())).findFirst().orElse(null));
    List<String> groups = caller == null ? List.of() : caller.groupIds();
    boolean allowed = groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)
        || (commune != null && (groups.contains(commune) || groups.contains(commune + Agency.MANAGER_GROUP_SUFFIX)));
    if (!allowed) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("type", "AccessDenied",
          "message", "Chỉ Ủy ban nhân dân xã/phường đang quản lý hồ sơ được mở lại hồ sơ."));
    }
    String reason = body == null ? null : body.get("reason");
    if (reason == null || reason.isBlank()) {
      return ResponseEntity.badRequest().body(Map.of("type", "InvalidRequest",
          "message", "Cần nêu lý do mở lại hồ sơ (reason)."));
    }
    CaseReopening.Reopened reopened = AsSystem.run(identityService, () -> reopening.reopen(caseNumber, reason, caller.userId()));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseNumber", reopened.caseNumber(),
        "processInstanceId", reopened.processInstanceId(), "reopenCount", reopened.reopenCount()));
  }

  @ExceptionHandler(CaseReopening.CaseNotReopenable.class)
  ResponseEntity<Map<String, Object>> notReopenable(CaseReopening.CaseNotReopenable e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("type", "CaseNotReopenable",
        "message", e.getMessage()));
  }

  @PostMapping("/api/cases")
  ResponseEntity<Map<String, Object>> report(@Valid @RequestBody CaseReport report) {
    Caller caller = Caller.current(identityService).orElse(null);
    if (caller == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("type", "AccessDenied",
          "message", "Cần đăng nhập (HTTP Basic) để gửi tin báo."));
    }
    CaseIntake.Opened opened = intake.open(report, caller.userId());
    Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("caseNumber", opened.caseNumber(),
        "processInstanceId", opened.processInstanceId(), "duplicate", opened.duplicate()));
    if (opened.note() != null) {
      body.put("note", opened.note()); // the commune named had been merged: say where the case went
    }
    return ResponseEntity.status(opened.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList();
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidReport",
        "message", "Tin báo chưa đủ hoặc chưa đúng thông tin.", "errors", errors));
  }

  @ExceptionHandler(CaseIntake.InvalidReportException.class)
  ResponseEntity<Map<String, Object>> invalid(CaseIntake.InvalidReportException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidReport", "message", e.getMessage(),
        "errors", List.of(Map.of("field", e.field, "message", e.getMessage()))));
  }

  @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> notJson(org.springframework.web.HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("type", "InvalidReport",
        "message", "Tin báo phải gửi dạng JSON (Content-Type: application/json)."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof InvalidFormatException wrong && wrong.getTargetType() != null
        && wrong.getTargetType().isEnum() && !wrong.getPath().isEmpty()) {
      // A wrong code (e.g. "hotline_111"): say which field and which codes it takes.
      String field = wrong.getPath().get(wrong.getPath().size() - 1).getFieldName();
      String allowed = Arrays.stream(wrong.getTargetType().getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
      return ResponseEntity.badRequest().body(Map.of("type", "InvalidReport",
          "message", "Giá trị của " + field + " không hợp lệ; dùng một trong: " + allowed + ".",
          "errors", List.of(Map.of("field", String.valueOf(field), "message", "Dùng một trong: " + allowed + "."))));
    }
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidReport",
        "message", "Nội dung không phải JSON hợp lệ hoặc sai kiểu dữ liệu (ví dụ ngày giờ phải có dạng "
            + "2026-04-29T10:15:00+07:00)."));
  }
}
