package vn.cpreferrals.report;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cpreferrals.process.Caller;

/**
 * The standing agency downloads a period's consolidated report of a directive instance, running or finished: the
 * workbook ({@code …/workbook}, XLSX) and the draft report to sign ({@code …/document}, DOCX). HTTP Basic, as the rest
 * of /api; who may is {@link ReportAccess}, what is served {@link ReportDownloads}.
 */
@RestController
@RequestMapping("/api/directives/{processInstanceId}/reports/{reportId}")
class ReportController {

  private final ReportDownloads downloads;
  private final IdentityService identity;

  ReportController(ReportDownloads downloads, IdentityService identity) {
    this.downloads = downloads;
    this.identity = identity;
  }

  @GetMapping("/workbook")
  ResponseEntity<?> workbook(@PathVariable String processInstanceId, @PathVariable String reportId) {
    return download(processInstanceId, reportId, ReportDownloads.Kind.WORKBOOK);
  }

  @GetMapping("/document")
  ResponseEntity<?> document(@PathVariable String processInstanceId, @PathVariable String reportId) {
    return download(processInstanceId, reportId, ReportDownloads.Kind.DOCUMENT);
  }

  private ResponseEntity<?> download(String processInstanceId, String reportId, ReportDownloads.Kind kind) {
    Caller caller = Caller.current(identity).orElse(null);
    if (caller == null) {
      return refused(HttpStatus.UNAUTHORIZED.value(), "Cần đăng nhập (HTTP Basic).");
    }
    try {
      ReportDownloads.Download file = downloads.download(caller, processInstanceId, reportId, kind);
      return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename()).build()
              .toString())
          .body(file.bytes());
    } catch (ReportDownloads.Refused e) {
      return refused(e.status(), e.getMessage());
    }
  }

  private static ResponseEntity<Map<String, String>> refused(int status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of(
        "type", status == 404 ? "NotFound" : "AccessDenied", "message", message));
  }
}
