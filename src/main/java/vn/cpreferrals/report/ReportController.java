package vn.cpreferrals.report;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cpreferrals.rest.Callers;

/**
 * The standing agency downloads a period's consolidated report of a directive instance, running or finished: the
 * workbook ({@code …/workbook}, XLSX) and the draft report to sign ({@code …/document}, DOCX). HTTP Basic, as the rest
 * of /api; who may is {@link ReportAccess}, what is served {@link ReportDownloads}; refusals are answered by
 * {@code rest.RefusalHandler}.
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
  ResponseEntity<byte[]> workbook(@PathVariable String processInstanceId, @PathVariable String reportId) {
    return download(processInstanceId, reportId, ReportDownloads.Kind.WORKBOOK);
  }

  @GetMapping("/document")
  ResponseEntity<byte[]> document(@PathVariable String processInstanceId, @PathVariable String reportId) {
    return download(processInstanceId, reportId, ReportDownloads.Kind.DOCUMENT);
  }

  private ResponseEntity<byte[]> download(String processInstanceId, String reportId, ReportDownloads.Kind kind) {
    ReportDownloads.Download file = downloads.download(Callers.signedIn(identity), processInstanceId, reportId, kind);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename()).build()
            .toString())
        .body(file.bytes());
  }
}
