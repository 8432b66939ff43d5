package vn.cpreferrals.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cpreferrals.process.Caller;

/**
 * Read-only access to the audit log for managers (their provinces) and the administrator (all, plus verification).
 * Authentication is HTTP Basic against engine users, as for the engine REST API.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final CsvMapper CSV_MAPPER = new CsvMapper();
  private static final CsvSchema CSV_SCHEMA = CSV_MAPPER.schemaFor(AuditRow.class).withHeader();

  private final AuditLog log;
  private final AuditVerifier verifier;
  private final AuditAccess access;
  private final IdentityService identityService;

  AuditController(AuditLog log, AuditVerifier verifier, AuditAccess access, IdentityService identityService) {
    this.log = log;
    this.verifier = verifier;
    this.access = access;
    this.identityService = identityService;
  }

  @GetMapping("/entries")
  ResponseEntity<?> entries(
      @RequestParam(required = false) String processInstanceId,
      @RequestParam(required = false) String businessKey,
      @RequestParam(required = false) String processDefinitionKey,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "1000") int limit,
      @RequestParam(defaultValue = "json") String format) throws JsonProcessingException {
    if (!format.equals("json") && !format.equals("csv")) {
      throw new IllegalArgumentException("format phải là 'json' hoặc 'csv'.");
    }
    List<String> provinces = access.readableProvinces(Caller.current(identityService).orElse(null));
    AuditQuery query = new AuditQuery(provinces, processInstanceId, businessKey, processDefinitionKey, actor, agency,
        instant(from, "from", false), instant(to, "to", true), limit);
    List<AuditRow> rows = log.find(query).stream().map(AuditRow::of).toList();
    if (format.equals("csv")) {
      // The byte-order mark lets spreadsheet programs read Vietnamese diacritics correctly.
      String body = "\uFEFF" + CSV_MAPPER.writer(CSV_SCHEMA).writeValueAsString(
          rows.stream().map(AuditRow::forSpreadsheet).toList());
      return ResponseEntity.ok()
          .contentType(CSV)
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nhat-ky-kiem-toan.csv\"")
          .body(body);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
  }

  @GetMapping("/verify")
  VerificationResult verify(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
    access.requireAdministrator(Caller.current(identityService).orElse(null));
    return verifier.verify(from, to);
  }

  /** Accepts a date (whole day in Vietnam time) or an ISO instant such as 2025-05-15T08:00:00+07:00. */
  static Instant instant(String value, String name, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(VIETNAM).toInstant();
      }
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Tham số '" + name + "' không hợp lệ: dùng dạng 2025-05-15 hoặc "
          + "2025-05-15T08:00:00+07:00.");
    }
  }

  @ExceptionHandler(AuditAccess.AuditAccessDenied.class)
  ResponseEntity<Map<String, String>> denied(AuditAccess.AuditAccessDenied e) {
    return ResponseEntity.status(e.status).body(Map.of("type", "AccessDenied", "message", e.getMessage()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidRequest", "message", e.getMessage()));
  }
}
