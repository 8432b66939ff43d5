package vn.cpreferrals.directive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.cpreferrals.audit.AuditEntry;
import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.AuditQuery;
import vn.cpreferrals.process.EngineClock;
import vn.cpreferrals.support.EngineTest;
import vn.cpreferrals.support.TestAccounts;

/**
 * POST /api/directives/imports: a standing agency uploads a directive and is answered the proposed table with its
 * flags; other provinces, other agencies, anonymous callers and unreadable files are refused with a reason in
 * Vietnamese; each proposal is audited with counts and never the text.
 */
@EngineTest
class DirectiveUploadTests {

  static final Path SEED_003 = Path.of("directives", "sources", "003-ke-hoach-65-kh-ubnd-quang-ngai-2025.txt");
  static final String SO_Y_TE = "quang-ngai-so-y-te";
  static final String URL = "/api/directives/imports";

  @Autowired TestRestTemplate rest;
  @Autowired AuditLog auditLog;

  @Test
  void givenSeed003AsText_whenTheStandingAgencysOfficerOfQuangNgaiUploadsIt_thenEighteenItemsAndSoYTeAreProposed()
      throws IOException {
    // Other tests of this class upload the same text as the same officer, less than a second earlier: only entries
    // from this moment on (audit time is the engine clock's, to the millisecond), none seen already at this moment.
    Instant before = Instant.ofEpochMilli(EngineClock.now().getTime());
    List<Long> earlierProposals = proposalsBy(TestAccounts.officer(SO_Y_TE), before).stream().map(AuditEntry::seq)
        .toList();

    ResponseEntity<JsonNode> answer = upload(TestAccounts.officer(SO_Y_TE), seed003(), "ke-hoach-65.txt", null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode table = answer.getBody();
    assertThat(table.path("province").asText()).isEqualTo("quang-ngai");
    assertThat(table.path("standingAgency").asText()).isEqualTo(SO_Y_TE);
    assertThat(table.path("documentNumber").asText()).isEqualTo("65/KH-UBND");
    assertThat(table.path("issuedBy").asText()).isEqualTo("quang-ngai-ubnd-tinh");
    assertThat(table.path("processId").asText()).isNotBlank();
    assertThat(table.path("source").asText()).isEqualTo("ke-hoach-65.txt");
    assertThat(table.path("items")).hasSize(18);
    JsonNode item = table.path("items").get(0);
    assertThat(item.path("id").asText()).isNotBlank();
    assertThat(item.path("title").asText()).isNotBlank();
    assertThat(item.path("lead").isArray()).isTrue();
    assertThat(item.path("coordinating").isArray()).isTrue();
    assertThat(item.path("timing").asText()).isNotBlank();
    assertThat(table.path("reports")).hasSize(2);
    assertThat(table.path("reports").get(0).path("due").asText()).matches("\\d{2}/\\d{2}");
    assertThat(table.path("flags")).isNotEmpty();
    assertThat(table.path("flags")).allSatisfy(f -> {
      assertThat(f.path("field").asText()).isNotBlank();
      assertThat(f.path("severity").asText()).isIn("ERROR", "WARNING", "INFO");
      assertThat(f.path("message").asText()).isNotBlank();
    });
    long warnings = count(table, "WARNING");
    assertThat(count(table, "ERROR")).isZero();
    assertThat(table.path("summary").asText()).startsWith("Đề xuất 18 mục; " + warnings + " cảnh báo cần xem lại");

    // the audit entry: ids and counts, nothing of the text
    List<AuditEntry> entries = proposalsBy(TestAccounts.officer(SO_Y_TE), before).stream()
        .filter(e -> !earlierProposals.contains(e.seq())).toList();
    assertThat(entries).hasSize(1);
    AuditEntry entry = entries.get(0);
    assertThat(entry.province()).isEqualTo("quang-ngai");
    assertThat(entry.actorAgency()).isEqualTo(SO_Y_TE);
    assertThat(entry.subject()).isEqualTo(table.path("processId").asText());
    assertThat(entry.details()).contains("fileType=text", "bytes=" + seed003().length, "items=18",
        "flags=" + table.path("flags").size());
    String text = new String(seed003(), StandardCharsets.UTF_8);
    assertThat(entry.details()).doesNotContain("ke-hoach-65", "Quảng Ngãi", "Sở Y tế", "trẻ em");
    assertThat(entry.details() + entry.subject()).doesNotContain(text.substring(0, 40));
  }

  @Test
  void givenSeed003AsADocx_whenTheStandingAgencysLeadershipUploadsIt_thenTheSameEighteenItemsAreProposed()
      throws IOException {
    ResponseEntity<JsonNode> asText = upload(TestAccounts.officer(SO_Y_TE), seed003(), "ke-hoach-65.txt", null);

    ResponseEntity<JsonNode> answer = upload(TestAccounts.manager(SO_Y_TE), docx(seed003()), "ke-hoach-65.docx",
        "quang-ngai");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode table = answer.getBody();
    assertThat(table.path("standingAgency").asText()).isEqualTo(SO_Y_TE);
    assertThat(table.path("items")).hasSize(18);
    assertThat(table.path("items")).isEqualTo(asText.getBody().path("items"));
  }

  @Test
  void givenSeed003_whenTheStandingAgencysOfficerOfLaiChauUploadsIt_thenItIsRefusedAsAnotherProvincesDirective()
      throws IOException {
    ResponseEntity<JsonNode> answer = upload(TestAccounts.officer("lai-chau-so-y-te"), seed003(), "ke-hoach-65.txt",
        null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody().path("message").asText()).contains("tỉnh Quảng Ngãi", "tỉnh Lai Châu");
    assertThat(answer.getBody().has("items")).isFalse();
  }

  @Test
  void givenSeed003_whenAnOfficerOfQuangNgaiThatIsNoStandingAgencyUploadsIt_thenItIsRefused() throws IOException {
    ResponseEntity<JsonNode> answer = upload(TestAccounts.officer("quang-ngai-so-gddt"), seed003(), "ke-hoach.txt",
        null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody().path("message").asText()).isEqualTo(DirectiveImports.NOT_ALLOWED);
  }

  @Test
  void givenSeed003_whenTheStandingAgencyChoosesAnotherProvince_thenItIsRefused() throws IOException {
    ResponseEntity<JsonNode> answer = upload(TestAccounts.officer(SO_Y_TE), seed003(), "ke-hoach.txt", "lai-chau");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody().path("message").asText()).contains("lai-chau");
  }

  @Test
  void givenSeed003_whenTheAdministratorUploadsIt_thenTheProposalIsAnswered() throws IOException {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
        .postForEntity(URL, multipart(seed003(), "ke-hoach.txt", null), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().path("items")).hasSize(18);
  }

  @Test
  void givenAnEmptyFileAnOldDocAnImageOrAScannedPdf_whenUploaded_thenEachIsRefusedWithItsReason() {
    String officer = TestAccounts.officer(SO_Y_TE);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    byte[] doc = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};

    ResponseEntity<JsonNode> empty = upload(officer, new byte[0], "ke-hoach.txt", null);
    ResponseEntity<JsonNode> oldWord = upload(officer, doc, "ke-hoach.doc", null);
    ResponseEntity<JsonNode> image = upload(officer, png, "ke-hoach.png", null);
    ResponseEntity<JsonNode> workbook = upload(officer, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "bang.xlsx",
        null);
    ResponseEntity<JsonNode> scan = upload(officer, blankPdf(), "ke-hoach-scan.pdf", null);

    assertThat(List.of(empty, oldWord, image, workbook, scan)).allSatisfy(a -> {
      assertThat(a.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(a.getBody().path("type").asText()).isEqualTo("InvalidRequest");
    });
    assertThat(empty.getBody().path("message").asText()).isEqualTo(DirectiveImports.EMPTY);
    assertThat(oldWord.getBody().path("message").asText()).contains(".doc", ".docx");
    assertThat(image.getBody().path("message").asText()).isEqualTo(DirectiveImports.IMAGE);
    assertThat(workbook.getBody().path("message").asText()).isEqualTo(DirectiveImports.UNSUPPORTED);
    assertThat(scan.getBody().path("message").asText()).contains("không có lớp chữ");
  }

  @Test
  void givenAFileOverTenMegabytes_whenUploaded_thenItIsRefusedAsTooLarge() {
    byte[] large = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(large, (byte) 'a');

    ResponseEntity<JsonNode> answer = upload(TestAccounts.officer(SO_Y_TE), large, "ke-hoach.txt", null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(answer.getBody().path("message").asText()).startsWith("Tệp quá lớn");
  }

  @Test
  void givenNoCredentials_whenAFileIsUploaded_thenTheAnswerIs401() throws IOException {
    ResponseEntity<String> answer = rest.postForEntity(URL, multipart(seed003(), "ke-hoach.txt", null), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void givenAJsonBody_whenPostedToTheUploadOrAMultipartBodyToAnotherEndpoint_thenBothAre415() throws IOException {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> notMultipart = rest.withBasicAuth(TestAccounts.officer(SO_Y_TE),
        TestAccounts.STAFF_PASSWORD).postForEntity(URL, new HttpEntity<>("{}", json), JsonNode.class);
    ResponseEntity<String> multipartElsewhere = rest.withBasicAuth(TestAccounts.officer(SO_Y_TE),
        TestAccounts.STAFF_PASSWORD).postForEntity("/api/cases", multipart(seed003(), "x.txt", null), String.class);

    assertThat(notMultipart.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(notMultipart.getBody().path("message").asText()).contains("multipart/form-data");
    assertThat(multipartElsewhere.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  // --- helpers ---

  /** The upload proposals recorded for this person since the given moment. */
  List<AuditEntry> proposalsBy(String user, Instant since) {
    return auditLog.find(new AuditQuery(null, null, null, null, user, null, since, null, 0)).stream()
        .filter(e -> e.action().equals("DIRECTIVE_IMPORT_PROPOSED")).toList();
  }

  ResponseEntity<JsonNode> upload(String user, byte[] content, String fileName, String province) {
    return rest.withBasicAuth(user, TestAccounts.STAFF_PASSWORD).postForEntity(URL,
        multipart(content, fileName, province), JsonNode.class);
  }

  static HttpEntity<MultiValueMap<String, Object>> multipart(byte[] content, String fileName, String province) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    if (province != null) {
      body.add("province", province);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  static byte[] seed003() throws IOException {
    return Files.readAllBytes(SEED_003);
  }

  /** The seed's text a paragraph a line, as a DOCX saved from Word. */
  static byte[] docx(byte[] text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : new String(text, StandardCharsets.UTF_8).split("\\R")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** A page with no text layer, as a scanner writes it (without the image). */
  static byte[] blankPdf() {
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(JsonNode table, String severity) {
    long n = 0;
    for (JsonNode flag : table.path("flags")) {
      n += flag.path("severity").asText().equals(severity) ? 1 : 0;
    }
    return n;
  }
}
