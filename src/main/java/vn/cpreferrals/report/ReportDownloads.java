package vn.cpreferrals.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.process.AsSystem;
import vn.cpreferrals.process.Caller;
import vn.cpreferrals.rest.Refusal;

/**
 * A period's consolidated report of a directive instance as a file, for whoever {@link ReportAccess} allows: served by
 * the REST API (HTTP Basic) and by the managers' Cockpit plugin (webapp session). Each download is audited (ids only).
 */
@Service
public class ReportDownloads {

  public enum Kind {
    WORKBOOK("workbook", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ReportWorkbook::write),
    DOCUMENT("document", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportDocument::write);

    private final String what;
    private final String extension;
    private final String mediaType;
    private final Function<ConsolidatedReport, byte[]> writer;

    Kind(String what, String extension, String mediaType, Function<ConsolidatedReport, byte[]> writer) {
      this.what = what;
      this.extension = extension;
      this.mediaType = mediaType;
      this.writer = writer;
    }

    public String mediaType() {
      return mediaType;
    }
  }

  public record Download(String filename, String mediaType, byte[] bytes) {}

  static final String NOT_FOUND = "Không tìm thấy văn bản chỉ đạo này.";

  private final ReportReader reader;
  private final ReportAccess access;
  private final IdentityService identity;
  private final AuditTrail audit;

  /** The webapps' plugin resources are made by JAX-RS, not Spring: they find the downloads of their engine here. */
  private static final java.util.Map<org.camunda.bpm.engine.ProcessEngine, ReportDownloads> BY_ENGINE =
      new java.util.concurrent.ConcurrentHashMap<>();

  ReportDownloads(org.camunda.bpm.engine.ProcessEngine engine, ReportReader reader, ReportAccess access,
      IdentityService identity, AuditTrail audit) {
    BY_ENGINE.put(engine, this);
    this.reader = reader;
    this.access = access;
    this.identity = identity;
    this.audit = audit;
  }

  static java.util.Optional<ReportDownloads> of(org.camunda.bpm.engine.ProcessEngine engine) {
    return java.util.Optional.ofNullable(BY_ENGINE.get(engine));
  }

  /**
   * Another province's directive answers exactly as an unknown id does (404), so nothing about it leaks.
   *
   * @throws Refusal 403 or 404 with the reason in Vietnamese
   */
  public Download download(Caller caller, String processInstanceId, String reportId, Kind kind) {
    DirectiveInstance directive = AsSystem.run(identity, () -> reader.directive(processInstanceId))
        .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, NOT_FOUND));
    switch (access.of(caller, directive)) {
      case HIDDEN -> throw new Refusal(HttpStatus.NOT_FOUND, NOT_FOUND);
      case FORBIDDEN -> throw new Refusal(HttpStatus.FORBIDDEN,
          "Chỉ cơ quan thường trực và lãnh đạo các cơ quan của tỉnh được tải báo cáo tổng hợp của văn bản này.");
      case ALLOWED -> { }
    }
    if (!AsSystem.run(identity, () -> reader.periods(directive)).containsKey(reportId)) {
      throw new Refusal(HttpStatus.NOT_FOUND, "Văn bản này không có kỳ báo cáo đã chọn.");
    }
    ConsolidatedReport report = AsSystem.run(identity, () -> reader.read(directive, reportId));
    byte[] file = kind.writer.apply(report);
    audit.record(caller.userId(), caller.groupIds(), new AuditEvent(AuditAction.REPORT_DOWNLOADED,
        directive.province(), directive.processDefinitionKey(), directive.id(), directive.businessKey(), null,
        kind.what, "reportId=" + reportId));
    return new Download(filename(report, kind.extension), kind.mediaType, file);
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
}
