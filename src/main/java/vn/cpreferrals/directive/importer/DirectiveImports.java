package vn.cpreferrals.directive.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.Province;
import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.process.Caller;
import vn.cpreferrals.rest.Refusal;

/**
 * An uploaded directive turned into a proposed table for review (issue 21): who may upload, which files are read, the
 * caller's province, and the audit entry. The file is read in memory and forgotten with the request: its text is
 * neither stored, nor logged, nor audited (the audit entry holds the file type, its size and counts).
 */
@Service
class DirectiveImports {

  private static final Logger LOG = LoggerFactory.getLogger(DirectiveImports.class);

  static final String NOT_ALLOWED = "Chỉ cán bộ và lãnh đạo của cơ quan thường trực (ví dụ Sở Y tế) của tỉnh và quản "
      + "trị viên được tải văn bản chỉ đạo lên để đề xuất bảng nhiệm vụ.";
  static final String EMPTY = "Chưa có tệp hoặc tệp rỗng: hãy chọn văn bản .docx, .pdf (có lớp chữ) hoặc .txt.";
  static final String UNSUPPORTED = "Loại tệp này chưa đọc được: chỉ nhận .docx, .pdf (có lớp chữ) hoặc văn bản "
      + ".txt (UTF-8).";
  static final String IMAGE = "Tệp ảnh chưa đọc được (hệ thống không nhận dạng chữ): hãy tải bản .docx, .pdf xuất "
      + "từ Word hoặc .txt.";

  /** What is read from an upload, by its name and first bytes. */
  enum FileType { DOCX, PDF, TEXT }

  private final DirectiveImporter importer;
  private final AgencyRegistry registry;
  private final AuditTrail audit;

  DirectiveImports(DirectiveImporter importer, AgencyRegistry registry, AuditTrail audit) {
    this.importer = importer;
    this.registry = registry;
    this.audit = audit;
  }

  /**
   * The proposal for an uploaded file, for a caller who may upload in the directive's province.
   *
   * @param province the province the caller uploads for, required only to narrow the choice of a caller who belongs
   *     to several (null: any of theirs)
   * @throws Refusal 400 (empty, unsupported or unreadable file), 403 (caller, or the text's province), 422 (no
   *     province found in the text)
   */
  ProposedTable propose(Caller caller, byte[] content, String fileName, String province) {
    return ProposedTable.of(proposal(caller, content, fileName, province));
  }

  /** The same checks as {@link #propose}, answering the proposal itself (the import process keeps it for review). */
  Proposal proposal(Caller caller, byte[] content, String fileName, String province) {
    Set<String> allowed = provincesOf(caller);
    if (allowed.isEmpty()) {
      throw new Refusal(HttpStatus.FORBIDDEN, NOT_ALLOWED);
    }
    if (province != null && !province.isBlank()) {
      String chosen = province.trim();
      if (!allowed.contains(chosen)) {
        throw new Refusal(HttpStatus.FORBIDDEN, "Bạn không được đề xuất văn bản chỉ đạo cho tỉnh '" + chosen
            + "'.");
      }
      allowed = Set.of(chosen);
    }
    if (content == null || content.length == 0) {
      throw new Refusal(HttpStatus.BAD_REQUEST, EMPTY);
    }
    FileType type = typeOf(content, fileName);
    String text;
    try {
      text = switch (type) {
        case DOCX -> DocumentText.docx(content);
        case PDF -> DocumentText.pdf(content);
        case TEXT -> DocumentText.text(content);
      };
    } catch (DocumentText.UnreadableDocumentException e) {
      throw new Refusal(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    if (text.isBlank()) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Tệp không có nội dung chữ: hãy kiểm tra lại tệp đã chọn.");
    }

    Proposal proposal;
    try {
      proposal = importer.propose(text, sourceName(fileName, type));
    } catch (RuntimeException e) {
      // The message could quote the text: only the kind of failure and where it happened are logged.
      StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      LOG.warn("The importer failed on an uploaded {} of {} bytes: {} at {}", type, content.length,
          e.getClass().getName(), at);
      throw new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "Không đọc được nội dung văn bản này; hãy kiểm tra tệp hoặc "
          + "lập bảng nhiệm vụ thủ công.");
    }
    DirectiveTable table = proposal.table();
    if (table.province() == null) {
      throw new Refusal(HttpStatus.UNPROCESSABLE_ENTITY, "Không xác định được văn bản thuộc tỉnh nào (không tìm "
          + "thấy tên tỉnh hay huyện của tỉnh trong văn bản): chưa đề xuất được bảng.");
    }
    if (!allowed.contains(table.province())) {
      throw new Refusal(HttpStatus.FORBIDDEN, "Văn bản này của " + provinceName(table.province())
          + "; bạn chỉ được đề xuất văn bản chỉ đạo của " + allowed.stream().map(this::provinceName)
          .collect(Collectors.joining(", ")) + ".");
    }

    audit.record(caller.userId(), caller.groupIds(), AuditEvent.of(AuditAction.DIRECTIVE_IMPORT_PROPOSED,
        table.province(), table.processId(), "fileType=" + type.name().toLowerCase(Locale.ROOT) + "; bytes="
            + content.length + "; items=" + table.items().size() + "; flags=" + proposal.flags().size() + " (ERROR "
            + count(proposal, Flag.Severity.ERROR) + ", WARNING " + count(proposal, Flag.Severity.WARNING) + ", INFO "
            + count(proposal, Flag.Severity.INFO) + ")"));
    return proposal;
  }

  /**
   * The provinces a caller may upload for: those of the agencies marked {@code standing} in the registry whose staff or
   * leadership the caller is; every province for the administrator.
   */
  Set<String> provincesOf(Caller caller) {
    if (caller.isIn(Groups.CAMUNDA_ADMIN)) {
      return registry.provinces().stream().map(Province::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
    Set<String> provinces = new LinkedHashSet<>();
    for (String group : caller.groupIds()) {
      String agencyId = Agency.isManagerGroup(group)
          ? group.substring(0, group.length() - Agency.MANAGER_GROUP_SUFFIX.length()) : group;
      registry.agency(agencyId).filter(Agency::standing).ifPresent(a -> provinces.add(a.province()));
    }
    return provinces;
  }

  /** By the first bytes, then by the name; an image, an old .doc or anything else is refused with its reason. */
  static FileType typeOf(byte[] content, String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
    if (isImage(content) || name.matches(".*\\.(png|jpe?g|gif|bmp|tiff?|webp|heic)$")) {
      throw new Refusal(HttpStatus.BAD_REQUEST, IMAGE);
    }
    if (startsWith(content, 0xd0, 0xcf, 0x11, 0xe0) || name.endsWith(".doc")) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Tệp Word cũ (.doc) chưa đọc được: hãy lưu thành .docx hoặc PDF rồi "
          + "tải lên.");
    }
    if (startsWith(content, '%', 'P', 'D', 'F')) {
      return FileType.PDF;
    }
    if (name.endsWith(".pdf")) {
      return FileType.PDF;
    }
    if (name.endsWith(".docx")) {
      return FileType.DOCX;
    }
    if ((name.endsWith(".txt") || name.endsWith(".md") || !name.contains(".")) && !startsWith(content, 'P', 'K')) {
      return FileType.TEXT;
    }
    throw new Refusal(HttpStatus.BAD_REQUEST, UNSUPPORTED);
  }

  private static boolean isImage(byte[] c) {
    return startsWith(c, 0x89, 'P', 'N', 'G') || startsWith(c, 0xff, 0xd8, 0xff) || startsWith(c, 'G', 'I', 'F', '8')
        || startsWith(c, 'I', 'I', 0x2a, 0) || startsWith(c, 'M', 'M', 0, 0x2a) || startsWith(c, 'B', 'M');
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The file's own name without any folder, as the table's {@code source}. */
  private static String sourceName(String fileName, FileType type) {
    String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
    return name.isEmpty() ? "tệp tải lên (" + type.name().toLowerCase(Locale.ROOT) + ")" : name;
  }

  private String provinceName(String id) {
    return registry.province(id).map(Province::name)
        .map(n -> n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1)).orElse("tỉnh '" + id + "'");
  }

  private static long count(Proposal proposal, Flag.Severity severity) {
    return proposal.flags().stream().filter(f -> f.severity() == severity).count();
  }

  /** The proposal as answered: the table's fields as {@code directives/*.yaml} names them, its flags, a summary. */
  record ProposedTable(String processId, String name, String documentNumber, String issuedBy, String issued,
      String province, String standingAgency, String source, List<DirectiveTable.Report> reports, List<Item> items,
      List<String> alsoReportTo, List<FlagView> flags, String summary) {

    record Item(String id, String title, List<String> lead, List<String> coordinating, String timing) {}

    record FlagView(String field, Flag.Severity severity, String message) {}

    static ProposedTable of(Proposal proposal) {
      DirectiveTable t = proposal.table();
      long errors = count(proposal, Flag.Severity.ERROR);
      long warnings = count(proposal, Flag.Severity.WARNING);
      long infos = count(proposal, Flag.Severity.INFO);
      String summary = "Đề xuất " + t.items().size() + " mục; " + warnings + " cảnh báo cần xem lại"
          + (errors > 0 ? "; " + errors + " lỗi phải sửa trước khi duyệt" : "")
          + (infos > 0 ? "; " + infos + " ghi chú" : "");
      return new ProposedTable(t.processId(), t.name(), t.documentNumber(), t.issuedBy(), t.issued(), t.province(),
          t.standingAgency(), t.source(), t.reports(),
          t.items().stream().map(i -> new Item(i.id(), i.title(), i.lead(), i.coordinating(), i.timing())).toList(),
          t.alsoReportTo(), proposal.flags().stream().map(f -> new FlagView(f.field(), f.severity(), f.message()))
              .toList(), summary);
    }
  }
}
