package vn.cpreferrals.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.process.AsSystem;
import vn.cpreferrals.process.Caller;

/**
 * The standing agency downloads a period's consolidated report of a directive instance, running or finished: the
 * workbook ({@code …/workbook}, XLSX) and the draft report to sign ({@code …/document}, DOCX). HTTP Basic, as the rest
 * of /api; who may is {@link ReportAccess}; each download is audited (ids only).
 */
@RestController
@RequestMapping("/api/directives/{processInstanceId}/reports/{reportId}")
class ReportController {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType DOCX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final String NOT_FOUND = "Không tìm thấy văn bản chỉ đạo này.";

  private final ReportReader reader;
  private final ReportAccess access;
  private final IdentityService identity;
  private final AuditTrail audit;

  ReportController(ReportReader reader, ReportAccess access, IdentityService identity, AuditTrail audit) {
    this.reader = reader;
    this.access = access;
    this.identity = identity;
    this.audit = audit;
  }

  @GetMapping("/workbook")
  ResponseEntity<byte[]> workbook(@PathVariable String processInstanceId, @PathVariable String reportId) {
    return download(processInstanceId, reportId, "workbook", XLSX, "xlsx", ReportWorkbook::write);
  }

  @GetMapping("/document")
  ResponseEntity<byte[]> document(@PathVariable String processInstanceId, @PathVariable String reportId) {
    return download(processInstanceId, reportId, "document", DOCX, "docx", ReportDocument::write);
  }

  private ResponseEntity<byte[]> download(String processInstanceId, String reportId, String what, MediaType type,
      String extension, Function<ConsolidatedReport, byte[]> writer) {
    Caller caller = Caller.current(identity)
        .orElseThrow(() -> new Refused(HttpStatus.UNAUTHORIZED, "Cần đăng nhập (HTTP Basic)."));
    DirectiveInstance directive = AsSystem.run(identity, () -> reader.directive(processInstanceId))
        .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, NOT_FOUND));
    switch (access.of(caller, directive)) {
      case HIDDEN -> throw new Refused(HttpStatus.NOT_FOUND, NOT_FOUND);
      case FORBIDDEN -> throw new Refused(HttpStatus.FORBIDDEN,
          "Chỉ cơ quan thường trực và lãnh đạo các cơ quan của tỉnh được tải báo cáo tổng hợp của văn bản này.");
      case ALLOWED -> { }
    }
    if (!AsSystem.run(identity, () -> reader.periods(directive)).containsKey(reportId)) {
      throw new Refused(HttpStatus.NOT_FOUND, "Văn bản này không có kỳ báo cáo đã chọn.");
    }
    ConsolidatedReport report = AsSystem.run(identity, () -> reader.read(directive, reportId));
    byte[] file = writer.apply(report);
    audit.record(caller.userId(), caller.groupIds(), new AuditEvent(AuditAction.REPORT_DOWNLOADED,
        directive.province(), directive.processDefinitionKey(), directive.id(), directive.businessKey(), null, what,
        "reportId=" + reportId));
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(filename(report, extension)).build().toString())
        .body(file);
  }

  /** "bao-cao-65-kh-ubnd-annual.docx": ASCII only, nothing a browser or a file system could misread. */
  static String filename(ConsolidatedReport report, String extension) {
    return "bao-cao-" + ascii(report.documentNumber()) + "-" + ascii(report.reportId()) + "." + extension;
  }

  static String ascii(String text) {
    String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "x" : slug;
  }

  static final class Refused extends RuntimeException {
    final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<Map<String, String>> refused(Refused e) {
    return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_JSON).body(Map.of(
        "type", e.status == HttpStatus.NOT_FOUND ? "NotFound" : "AccessDenied", "message", e.getMessage()));
  }
}
