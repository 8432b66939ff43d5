package vn.cpreferrals.directive.importer;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import vn.cpreferrals.rest.Callers;
import vn.cpreferrals.rest.Refusal;

/**
 * {@code POST /api/directives/imports}: a standing agency uploads a directive (multipart part {@code file}: DOCX, PDF
 * with a text layer or UTF-8 text; optional {@code province}) and is answered the proposed table with its flags
 * (docs/directive-import.md). HTTP Basic, as the rest of /api; who may and what is read: {@link DirectiveImports}.
 * Nothing is stored but the audit entry. The multipart body is parsed here, lazily (spring.servlet.multipart), so
 * that its faults, a file over the limit among them, are answered in Vietnamese.
 */
@RestController
@RequestMapping("/api/directives/imports")
class DirectiveImportController {

  private final DirectiveImports imports;
  private final IdentityService identity;
  private final org.springframework.util.unit.DataSize maxSize;

  DirectiveImportController(DirectiveImports imports, IdentityService identity,
      @org.springframework.beans.factory.annotation.Value("${cp.directive-import.max-file-size:10MB}")
      org.springframework.util.unit.DataSize maxSize) {
    this.imports = imports;
    this.identity = identity;
    this.maxSize = maxSize;
  }

  @PostMapping
  DirectiveImports.ProposedTable upload(HttpServletRequest request) {
    var caller = Callers.signedIn(identity);
    if (!(request instanceof MultipartHttpServletRequest multipart)) {
      throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Hãy gửi văn bản dạng multipart/form-data, tệp ở phần "
          + "'file'.");
    }
    MultipartFile file;
    String province;
    byte[] content;
    try {
      file = multipart.getFile("file");
      province = multipart.getParameter("province");
      if (file != null && file.getSize() > maxSize.toBytes()) {
        throw tooLarge();
      }
      content = file == null ? null : file.getBytes();
    } catch (MaxUploadSizeExceededException e) {
      throw tooLarge();
    } catch (MultipartException | IOException e) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Không đọc được tệp gửi lên (multipart/form-data, phần 'file').");
    }
    return imports.propose(caller, content, file == null ? null : file.getOriginalFilename(), province);
  }

  private Refusal tooLarge() {
    return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn: tối đa " + maxSize.toMegabytes() + " MB.");
  }
}
