package vn.cpreferrals.directive.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.audit.AuditAction;
import vn.cpreferrals.audit.AuditEvent;
import vn.cpreferrals.audit.AuditTrail;
import vn.cpreferrals.directive.DirectiveDeployer;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.identity.DirectiveStarters;
import vn.cpreferrals.process.AsSystem;
import vn.cpreferrals.process.Caller;
import vn.cpreferrals.rest.Refusal;

import static vn.cpreferrals.directive.importer.DirectiveImportProcess.*;

/**
 * The steps of {@code bpmn/DirectiveImport.bpmn}, thin: reading the upload ({@link DirectiveImports}), checking the
 * reviewed text ({@link ReviewText}), and deploying the approved table ({@link DirectiveDeployer}). A refusal rolls
 * the step back and answers the person in Vietnamese (400, or 403 for who may not).
 */
@Component
class DirectiveImportSteps {

  private final DirectiveImports imports;
  private final DirectiveDeployer deployer;
  private final DirectiveStarters starters;
  private final AgencyRegistry registry;
  private final AuditTrail audit;
  private final IdentityService identity;

  DirectiveImportSteps(DirectiveImports imports, DirectiveDeployer deployer, DirectiveStarters starters,
      AgencyRegistry registry, AuditTrail audit, IdentityService identity) {
    this.imports = imports;
    this.deployer = deployer;
    this.starters = starters;
    this.registry = registry;
    this.audit = audit;
    this.identity = identity;
  }

  /** Start: the uploaded file becomes a proposed table for the standing agency of the uploader's province. */
  void propose(DelegateExecution execution) {
    Caller caller = Caller.inCommand().orElseThrow(() -> new AuthorizationException(DirectiveImports.NOT_ALLOWED));
    FileValue file = execution.getVariableTyped(DIRECTIVE_FILE.name());
    Proposal proposal;
    try {
      proposal = imports.proposal(caller, file == null ? null : bytes(file), file == null ? null : file.getFilename(),
          execution.getTenantId());
    } catch (Refusal refusal) {
      throw refusal.status() == HttpStatus.FORBIDDEN ? new AuthorizationException(refusal.getMessage())
          : new BadUserRequestException(refusal.getMessage());
    }
    DirectiveTable table = proposal.table();
    Agency standing = standingAgencyOf(table.province());
    TITLE.set(execution, title(table));
    REVIEW_GROUP.set(execution, standing.groupId());
    APPROVE_GROUP.set(execution, standing.managerGroupId());
    PROPOSED_TABLE.set(execution, table.toYaml());
    FLAGS.set(execution, flagList(proposal.flags()));
    REVIEW_TEXT.set(execution, ReviewText.write(table, registry, proposal.flags()));
  }

  /** Review completed: a table sent for approval must read and make a correct model; nothing is kept otherwise. */
  void reviewed(DelegateTask task) {
    Caller caller = Caller.inCommand().orElse(null);
    String province = task.getTenantId();
    if (CANCEL.equals(REVIEW_DECISION.from(task))) {
      audit.record(AuditEvent.of(AuditAction.DIRECTIVE_IMPORT_CANCELLED, province, task.getProcessInstanceId(), null));
      return;
    }
    DirectiveTable table;
    try {
      table = ReviewText.read(REVIEW_TEXT.from(task), registry);
    } catch (ReviewTextException e) {
      throw refused(e.problems());
    }
    List<String> problems = new java.util.ArrayList<>(deployer.problems(table));
    if (!province.equals(table.province())) {
      problems.add(0, "Cơ quan ban hành phải là của " + registry.province(province).map(p -> p.name())
          .orElse(province) + " (tỉnh của người tải văn bản lên)");
    }
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    int corrections = ReviewText.differences(DirectiveTable.fromYaml(PROPOSED_TABLE.from(task)), table);
    REVIEWED_TABLE.set(task, table.toYaml());
    REVIEWED_BY.set(task, caller == null ? null : caller.userId());
    CORRECTIONS.set(task, corrections);
    TITLE.set(task, title(table));
    SUMMARY.set(task, summary(table, corrections));
    audit.record(AuditEvent.of(AuditAction.DIRECTIVE_TABLE_REVIEWED, province, table.processId(),
        "corrections=" + corrections + "; items=" + table.items().size()));
  }

  /** Approval completed: four eyes, the reviewer does not approve their own table. */
  void decided(DelegateTask task) {
    Caller caller = Caller.inCommand().orElse(null);
    String reviewer = REVIEWED_BY.from(task);
    boolean approved = APPROVE.equals(APPROVAL_DECISION.from(task));
    if (approved && caller != null && caller.userId().equals(reviewer)) {
      throw new AuthorizationException("Người đã rà soát bảng nhiệm vụ không tự phê duyệt bảng đó: hãy để một lãnh "
          + "đạo khác của cơ quan phê duyệt.");
    }
    String note = APPROVAL_NOTE.from(task);
    if (!approved && (note == null || note.isBlank())) {
      throw new BadUserRequestException("Hãy ghi ý kiến (cần sửa gì) khi trả lại bảng nhiệm vụ.");
    }
    DirectiveTable table = DirectiveTable.fromYaml(REVIEWED_TABLE.from(task));
    audit.record(AuditEvent.of(approved ? AuditAction.DIRECTIVE_APPROVED : AuditAction.DIRECTIVE_RETURNED,
        task.getTenantId(), table.processId(), approved ? null : "note=" + note.length() + " characters"));
  }

  /** Approved: the model is generated and deployed, and the province may start it at once. */
  void deploy(DelegateExecution execution) {
    DirectiveTable table = DirectiveTable.fromYaml(REVIEWED_TABLE.from(execution));
    List<String> problems = deployer.problems(table);
    if (!problems.isEmpty()) {
      // Something changed since the review (another model took the key, the registry moved): back to the approver.
      throw refused(problems);
    }
    FileValue file = execution.getVariableTyped(DIRECTIVE_FILE.name());
    DirectiveDeployer.DeployedDirective deployed = AsSystem.run(identity, () -> {
      DirectiveDeployer.DeployedDirective d = deployer.deploy(table, file == null ? null : bytes(file),
          file == null ? null : file.getFilename());
      starters.allow(d.processKey(), table.province());
      return d;
    });
    DEPLOYED_KEY.set(execution, deployed.processKey());
    DEPLOYMENT_ID.set(execution, deployed.deploymentId());
    audit.record(AuditEvent.of(AuditAction.DIRECTIVE_DEPLOYED, table.province(), deployed.processKey(),
        "deployment=" + deployed.deploymentId() + "; version=" + deployed.version() + "; items="
            + table.items().size()));
  }

  private Agency standingAgencyOf(String province) {
    return registry.agenciesIn(province).stream().filter(Agency::standing).findFirst()
        .orElseThrow(() -> new BadUserRequestException("Tỉnh của văn bản chưa có cơ quan thường trực trong danh mục."));
  }

  private static BadUserRequestException refused(List<String> problems) {
    return new BadUserRequestException("Bảng nhiệm vụ chưa hợp lệ, chưa gửi đi: " + String.join("; ", problems)
        + ".");
  }

  private static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String title(DirectiveTable table) {
    String name = table.name() == null ? "" : table.name();
    return name.length() <= 120 ? name : name.substring(0, 117) + "…";
  }

  private static String flagList(List<Flag> flags) {
    if (flags.isEmpty()) {
      return "Không có điểm nào cần lưu ý.";
    }
    return flags.stream().map(f -> "- **" + severity(f.severity()) + "** " + f.message())
        .collect(Collectors.joining("\n"));
  }

  static String severity(Flag.Severity severity) {
    return switch (severity) {
      case ERROR -> "Lỗi (phải sửa):";
      case WARNING -> "Cần xem lại:";
      case INFO -> "Ghi chú:";
    };
  }

  private String summary(DirectiveTable table, int corrections) {
    StringBuilder s = new StringBuilder();
    s.append("**").append(table.name()).append("** (số ").append(table.documentNumber()).append("), ")
        .append(registry.nameOf(table.issuedBy())).append(" ban hành; cơ quan thường trực: ")
        .append(registry.nameOf(table.standingAgency())).append(".\n\n");
    s.append("- ").append(table.items().size()).append(" mục; kỳ báo cáo: ")
        .append(table.reports().stream().map(r -> r.name() + " (hạn " + r.due() + ", tổng hợp " + r.consolidateBy()
            + ")").collect(Collectors.joining(", "))).append(".\n");
    s.append("- Số chỗ đã sửa so với đề xuất của hệ thống: ").append(corrections).append(".\n");
    s.append("- Mã quy trình: ").append(table.processId()).append(".\n");
    int running = deployer.runningVersion(table.processId());
    if (running > 0) {
      // Approving replaces what the province starts from now on: the approver must know.
      s.append("- **Lưu ý:** tỉnh đã có quy trình mã này (phiên bản ").append(running).append("); phê duyệt sẽ tạo "
          + "phiên bản ").append(running + 1).append(" cho các lần bắt đầu từ nay, các lần đang thực hiện giữ phiên bản cũ.\n");
    }
    s.append("\n");
    for (DirectiveTable.Item item : table.items()) {
      s.append("- **Mục ").append(item.id()).append("** ").append(item.title()).append(" — *chủ trì:* ")
          .append(names(item.lead()));
      if (!item.coordinating().isEmpty()) {
        s.append("; *phối hợp:* ").append(names(item.coordinating()));
      }
      s.append("; *thời gian:* ").append(item.timing()).append("\n");
    }
    return s.toString();
  }

  private String names(List<String> agencies) {
    return agencies.stream().map(registry::nameOf).collect(Collectors.joining(", "));
  }
}
