package vn.cpreferrals.directive.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyLevel;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.agency.Province;
import vn.cpreferrals.agency.RegistryFiles;
import vn.cpreferrals.directive.DirectiveTable;
import vn.cpreferrals.directive.DirectiveTable.Figure;
import vn.cpreferrals.directive.DirectiveTable.Item;
import vn.cpreferrals.directive.DirectiveTable.Report;

/**
 * The review text of a directive's table: what the standing agency's officer reads and corrects in the Tasklist form,
 * and the table read back from it.
 */
class ReviewTextTests {

  static final String REGISTRY = "registry/agencies.yaml";
  static final String QUANG_NGAI = "Directive_QuangNgai_2025_KH65.yaml";

  static AgencyRegistry registry;

  @BeforeAll
  static void registry() throws IOException {
    registry = RegistryFiles.read(new ClassPathResource(REGISTRY));
  }

  @Test
  void everyCommittedTableSurvivesTheRoundTrip() throws IOException {
    List<Path> tables;
    try (Stream<Path> files = Files.list(Path.of("directives"))) {
      tables = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(tables).hasSize(5);

    for (Path file : tables) {
      DirectiveTable table = table(file);
      AgencyRegistry agencies = registryFor(table);

      String text = ReviewText.write(table, agencies, List.of());
      DirectiveTable read = ReviewText.read(text, agencies);

      assertThat(read).as(file.toString()).isEqualTo(table);
      assertThat(ReviewText.differences(table, read)).isZero();
      // Agencies by their names: no id of the table's agencies is left for the officer to decipher.
      Stream.concat(Stream.of(table.issuedBy(), table.standingAgency()),
          table.items().stream().flatMap(i -> Stream.concat(i.lead().stream(), i.coordinating().stream())))
          .distinct().forEach(id -> assertThat(text).as(file + ": " + id).doesNotContain(id)
              .contains(agencies.nameOf(id)));
    }
  }

  @Test
  void givenMuongTe_whenWritten_thenDayOfIssueAndIndicatorsReadAsStaffWriteThem() throws IOException {
    DirectiveTable table = table(Path.of("directives", "Directive_MuongTe_2024_KeHoachChiThi28.yaml"));

    String text = ReviewText.write(table, registryFor(table), List.of());

    assertThat(text.lines()).contains("Ngày ban hành: 22/05/2024",
        "Chỉ tiêu: XaPhuHopTreEm | Tỷ lệ xã, thị trấn phù hợp với trẻ em | % | đạt | 2025: 50; 2030: 71,4",
        "Chỉ tiêu: SuyDinhDuongCanNang | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể cân nặng theo tuổi | % | dưới"
            + " | 2025: 19; 2030: 15");
    assertThat(text.lines().filter(l -> l.startsWith("#"))).isNotEmpty()
        .anySatisfy(l -> assertThat(l).contains("Thêm một mục"))
        .anySatisfy(l -> assertThat(l).contains("Bỏ một mục"))
        .anySatisfy(l -> assertThat(l).contains("\";\""));
  }

  @Test
  void officerAddsRemovesAndEditsItems() throws IOException {
    DirectiveTable table = quangNgai();
    String text = ReviewText.write(table, registry, List.of());

    // Given: II.3 goes to the Sở Tư pháp, written without diacritics; II.4 is dropped; II.14 is added by copying a
    // block, its labels and names written as an officer types them.
    String edited = replaceInBlock(text, "II.3", "Chủ trì:", "Chủ trì: So Tu phap tinh Quang Ngai");
    edited = withoutBlock(edited, "II.4");
    edited = edited + """

        Mục II.14: Tổ chức dạy bơi an toàn cho trẻ em trong dịp hè
        chu tri: Sở Giáo dục và Đào tạo
        PHỐI HỢP: so y te;  UBND cấp xã ;
        Thời gian: Quý II, III năm 2025
        Chỉ tiêu: TreEmBietBoi | Số trẻ em được dạy bơi | trẻ em | đạt | 2025: 1.250
        Chỉ tiêu: TreEmDuoiNuoc | Tỷ lệ trẻ em bị đuối nước | % | dưới | 2025: 0,5
        """;

    DirectiveTable read = ReviewText.read(edited, registry);

    List<Item> items = new ArrayList<>(table.items());
    Item security = items.get(2);
    items.set(2, new Item(security.id(), security.title(), List.of("quang-ngai-so-tu-phap"), security.coordinating(),
        security.timing(), security.indicators()));
    items.remove(3);
    items.add(new Item("II.14", "Tổ chức dạy bơi an toàn cho trẻ em trong dịp hè", List.of("quang-ngai-so-gddt"),
        List.of("quang-ngai-so-y-te", "quang-ngai-ubnd-cap-xa"), "Quý II, III năm 2025", List.of(
            new Figure("TreEmBietBoi", "Số trẻ em được dạy bơi", "trẻ em", "atLeast",
                Map.of("2025", new BigDecimal("1250"))),
            new Figure("TreEmDuoiNuoc", "Tỷ lệ trẻ em bị đuối nước", "%", "below",
                Map.of("2025", new BigDecimal("0.5"))))));
    assertThat(read).isEqualTo(withItems(table, items));
    assertThat(ReviewText.differences(table, read)).isEqualTo(3);
    assertThat(read.problems(registry)).isEmpty();
  }

  @Test
  void unknownAgencyIsNamedWithItsLine() throws IOException {
    String text = replaceInBlock(ReviewText.write(quangNgai(), registry, List.of()), "II.2", "Phối hợp:",
        "Phối hợp: Sở ABC; Sở Y tế");
    int line = text.lines().toList().indexOf("Phối hợp: Sở ABC; Sở Y tế") + 1;

    ReviewTextException e = catchThrowableOfType(() -> ReviewText.read(text, registry), ReviewTextException.class);

    assertThat(e.problems()).singleElement().asString().startsWith("Dòng " + line
        + ": không tìm thấy cơ quan 'Sở ABC' trong danh sách cơ quan của tỉnh Quảng Ngãi");
    assertThat(e).hasMessage(e.problems().get(0));
  }

  @Test
  void allProblemsAreListedAtOnce() {
    String text = """
        # Bảng sửa tay
        Tên văn bản: Kế hoạch thử
        Ngày ban hành: 31/02/2025
        Cơ quan ban hành: UBND tỉnh Quảng Ngãi
        Cơ quan thường trực: Sở Y tế
        Số ngày lập kế hoạch: mười lăm
        Báo cáo: SixMonth | Báo cáo 6 tháng | hạn 15/05
        Báo cáo: Annual | Báo cáo năm | hạn 31/11 | tổng hợp 22/11
        Người ký: Chủ tịch

        Mục II.1: Truyền thông về quyền trẻ em
        Phối hợp: Sở Giáo dục và Đào tạo
        ⚠ LỖI: a flag line is never read
        Mục II.1: Kiểm tra, giám sát
        Chủ trì: Sở Y tế
        Chủ trì: Công an tỉnh

        Mục II.2:
        Chủ trì: Công an tỉnh
        Chỉ tiêu: TreEm | Số trẻ em | trẻ em | đạt | 2025: năm mươi
        """;

    ReviewTextException e = catchThrowableOfType(() -> ReviewText.read(text, registry), ReviewTextException.class);

    assertThat(e.problems()).satisfiesExactly(
        p -> assertThat(p).isEqualTo("Thiếu dòng 'Mã quy trình: …'"),
        p -> assertThat(p).startsWith("Dòng 3: ngày '31/02/2025' không hợp lệ"),
        p -> assertThat(p).startsWith("Dòng 6: 'mười lăm' không phải là số ngày"),
        p -> assertThat(p).startsWith("Dòng 7: dòng báo cáo phải có 4 phần"),
        p -> assertThat(p).startsWith("Dòng 8: ngày 'hạn 31/11' không hợp lệ"),
        p -> assertThat(p).startsWith("Dòng 9: không hiểu tên trường 'Người ký'"),
        p -> assertThat(p).startsWith("Dòng 11: mục II.1 chưa có cơ quan chủ trì"),
        p -> assertThat(p).startsWith("Dòng 14: số mục 'II.1' trùng với mục ở dòng 11"),
        p -> assertThat(p).startsWith("Dòng 16: 'Chủ trì' của mục II.1 đã ghi ở dòng 15"),
        p -> assertThat(p).startsWith("Dòng 18: mục II.2 chưa có nội dung"),
        p -> assertThat(p).startsWith("Dòng 20: 'năm mươi' không phải là số"));
    assertThat(e).hasMessage(String.join(" ", e.problems()));
  }

  @Test
  void givenAnEmptyText_whenRead_thenEveryMissingPartIsNamed() {
    ReviewTextException e = catchThrowableOfType(() -> ReviewText.read("# chỉ có hướng dẫn\n\n", registry),
        ReviewTextException.class);

    assertThat(e.problems()).satisfiesExactly(
        p -> assertThat(p).isEqualTo("Thiếu dòng 'Mã quy trình: …'"),
        p -> assertThat(p).isEqualTo("Thiếu dòng 'Tên văn bản: …'"),
        p -> assertThat(p).isEqualTo("Thiếu dòng 'Cơ quan ban hành: …'"),
        p -> assertThat(p).isEqualTo("Thiếu dòng 'Cơ quan thường trực: …'"),
        p -> assertThat(p).startsWith("Chưa có dòng 'Báo cáo: …' nào"),
        p -> assertThat(p).startsWith("Chưa có mục nào"));
  }

  @Test
  void flagsAppearUnderTheirFieldAndAreIgnoredOnRead() throws IOException {
    DirectiveTable table = quangNgai();
    List<Flag> flags = List.of(
        Flag.warning("items[II.2].coordinating", "'các cơ quan báo chí' không có trong danh mục"),
        Flag.error("standingAgency", "Không xác định được cơ quan thường trực"),
        Flag.info("reports[1]", "Văn bản không nêu hạn tổng hợp: đề xuất 22/11"),
        Flag.error("table", "Kiểm tra bảng: một vấn đề\nxuống dòng"),
        Flag.info("items[II.9]", "Mục lấy từ câu giao việc ở phần kết"),
        Flag.warning("items[IV.1].timing", "Thời gian thực hiện lấy từ nội dung mục"),
        Flag.info("issued", "Văn bản để trống ngày ban hành"));

    String text = ReviewText.write(table, registry, flags);
    List<String> lines = text.lines().toList();

    assertThat(lineAfter(lines, "II.2", "Phối hợp:"))
        .isEqualTo("⚠ CẦN XEM: 'các cơ quan báo chí' không có trong danh mục");
    assertThat(lines.get(lines.indexOf("Cơ quan thường trực: Sở Y tế tỉnh Quảng Ngãi") + 1))
        .isEqualTo("⚠ LỖI: Không xác định được cơ quan thường trực");
    assertThat(lines.get(lines.indexOf("Báo cáo: Annual | Báo cáo năm | hạn 15/11 | tổng hợp 22/11") + 1))
        .isEqualTo("⚠ GHI CHÚ: Văn bản không nêu hạn tổng hợp: đề xuất 22/11");
    assertThat(lineAfter(lines, "II.9", "Mục II.9:")).isEqualTo("⚠ GHI CHÚ: Mục lấy từ câu giao việc ở phần kết");
    assertThat(lineAfter(lines, "IV.1", "Thời gian:")).isEqualTo("⚠ CẦN XEM: Thời gian thực hiện lấy từ nội dung mục");
    // No day of issue in the table: its line is written empty, for the flag and for the officer to fill in.
    assertThat(lines.get(lines.indexOf("Ngày ban hành:") + 1)).isEqualTo("⚠ GHI CHÚ: Văn bản để trống ngày ban hành");
    // A flag of no field: at the top, after the guide, on one line.
    int top = lines.indexOf("⚠ LỖI: Kiểm tra bảng: một vấn đề xuống dòng");
    assertThat(top).isPositive().isLessThan(lines.indexOf("Mã quy trình: Directive_QuangNgai_2025_KH65"));
    assertThat(lines.subList(0, top)).allSatisfy(l -> assertThat(l).startsWith("#"));
    assertThat(lines.stream().filter(l -> l.startsWith("⚠"))).hasSize(flags.size());

    assertThat(ReviewText.read(text, registry)).isEqualTo(table);
  }

  @Test
  void differencesCountFieldChanges() throws IOException {
    DirectiveTable before = quangNgai();
    List<Report> reports = new ArrayList<>(before.reports());
    reports.set(0, new Report("SixMonth", "Báo cáo 6 tháng", "10/06", "17/06"));
    reports.add(new Report("Quarter3", "Báo cáo quý III", "15/09", "22/09"));
    List<Item> items = new ArrayList<>(before.items());
    Item first = items.get(0);
    items.set(0, new Item(first.id(), "Nội dung đã sửa", List.of("quang-ngai-so-gddt"), first.coordinating(),
        first.timing()));
    items.remove(1);
    items.add(new Item("V.9", "Mục mới", List.of("quang-ngai-so-y-te"), List.of(), "Thường xuyên trong năm"));
    DirectiveTable after = new DirectiveTable(before.processId(), "Tên đã sửa", before.documentNumber(),
        before.issuedBy(), before.province(), "quang-ngai-so-gddt", before.source(), before.planWithinDays(), reports,
        items, before.alsoReportTo(), before.issued());

    // name, standing agency (2); a report changed and one added (2); II.1's title and lead (2); II.2 removed, V.9
    // added (2).
    assertThat(ReviewText.differences(before, after)).isEqualTo(8);
    assertThat(ReviewText.differences(before, before)).isZero();
    assertThat(ReviewText.differences(after, before)).isEqualTo(8);
  }

  @Test
  void givenTwoAgenciesOfOneName_whenWritten_thenTheIdStandsForItAndTheNameIsReadAsAmbiguous() {
    AgencyRegistry twins = new AgencyRegistry(List.of(new Province("thu", "Tỉnh Thử")), List.of(
        agency("thu-ubnd-tinh", "Ủy ban nhân dân tỉnh Thử", "UBND tỉnh Thử", AgencyKind.PEOPLES_COMMITTEE, null),
        agency("thu-so-y-te", "Sở Y tế tỉnh Thử", "Sở Y tế Thử", AgencyKind.DEPARTMENT, "thu-ubnd-tinh"),
        agency("thu-ttyt-a", "Trung tâm Y tế", "TTYT A", AgencyKind.SERVICE_UNIT, "thu-so-y-te"),
        agency("thu-ttyt-b", "Trung tâm Y tế", "TTYT B", AgencyKind.SERVICE_UNIT, "thu-so-y-te")));
    DirectiveTable table = new DirectiveTable("Directive_Thu_2025_1", "Kế hoạch thử", "1/KH-UBND", "thu-ubnd-tinh",
        "thu", "thu-so-y-te", null, null, List.of(new Report("Annual", "Báo cáo năm", "15/11", "22/11")),
        List.of(new Item("1", "Khám sức khỏe cho trẻ em", List.of("thu-ttyt-a"), List.of("thu-ttyt-b"),
            "Thường xuyên trong năm")), List.of(), null);

    String text = ReviewText.write(table, twins, List.of());

    assertThat(text.lines()).contains("Chủ trì: thu-ttyt-a", "Phối hợp: thu-ttyt-b");
    assertThat(ReviewText.read(text, twins)).isEqualTo(table);
    // The short name tells them apart; the name does not.
    assertThat(ReviewText.read(text.replace("Phối hợp: thu-ttyt-b", "Phối hợp: ttyt b"), twins)).isEqualTo(table);
    ReviewTextException e = catchThrowableOfType(
        () -> ReviewText.read(text.replace("Chủ trì: thu-ttyt-a", "Chủ trì: Trung tâm Y tế"), twins),
        ReviewTextException.class);
    assertThat(e.problems()).singleElement().asString().contains("tên 'Trung tâm Y tế' ứng với nhiều cơ quan")
        .contains("thu-ttyt-a", "thu-ttyt-b");
  }

  @Test
  void givenAnImportedProposal_whenWrittenWithItsFlags_thenItsTableIsReadBack() {
    Proposal proposal = new DirectiveImporter(registry).propose(DirectiveImporterTests.PLAN, "test");

    String text = ReviewText.write(proposal.table(), registry, proposal.flags());

    assertThat(text.lines().filter(l -> l.startsWith("⚠"))).hasSize(proposal.flags().size());
    assertThat(ReviewText.read(text, registry)).isEqualTo(proposal.table());
  }

  @Test
  void everyLabelNamesAComponentOfTheTable() {
    Set<String> components = Stream.concat(Arrays.stream(DirectiveTable.class.getRecordComponents()),
        Arrays.stream(Item.class.getRecordComponents())).map(c -> c.getName()).collect(Collectors.toSet());

    assertThat(ReviewText.Label.values()).allSatisfy(l -> assertThat(components).contains(l.field()));
  }

  // ---------------------------------------------------------------------------------------------------------------

  static DirectiveTable quangNgai() throws IOException {
    return table(Path.of("directives", QUANG_NGAI));
  }

  static DirectiveTable table(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return DirectiveTable.read(in);
    }
  }

  /** As GenerateDirectives.registryFor: a table of today's structure is written against today's units. */
  static AgencyRegistry registryFor(DirectiveTable table) throws IOException {
    boolean todays = table.issued() != null && !LocalDate.parse(table.issued()).isBefore(LocalDate.of(2025, 7, 1));
    return todays ? RegistryFiles.read(new ClassPathResource(REGISTRY), List.of(table.province()), LocalDate.now())
        : registry;
  }

  static DirectiveTable withItems(DirectiveTable t, List<Item> items) {
    return new DirectiveTable(t.processId(), t.name(), t.documentNumber(), t.issuedBy(), t.province(),
        t.standingAgency(), t.source(), t.planWithinDays(), t.reports(), items, t.alsoReportTo(), t.issued());
  }

  static Agency agency(String id, String name, String shortName, AgencyKind kind, String parent) {
    return new Agency(id, name, shortName, AgencyLevel.PROVINCE, kind, parent, "thu", false, List.of());
  }

  /** The lines of item {@code id}'s block: from its "Mục" line to the blank line after it. */
  static int[] block(List<String> lines, String id) {
    int from = lines.indexOf(lines.stream().filter(l -> l.startsWith("Mục " + id + ":")).findFirst().orElseThrow());
    int to = from + 1;
    while (to < lines.size() && !lines.get(to).isBlank()) {
      to++;
    }
    return new int[] {from, to};
  }

  static String replaceInBlock(String text, String id, String prefix, String line) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    int[] b = block(lines, id);
    for (int i = b[0]; i < b[1]; i++) {
      if (lines.get(i).startsWith(prefix)) {
        lines.set(i, line);
        return String.join("\n", lines) + "\n";
      }
    }
    throw new AssertionError("no line '" + prefix + "' in item " + id);
  }

  static String withoutBlock(String text, String id) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    int[] b = block(lines, id);
    lines.subList(b[0], Math.min(b[1] + 1, lines.size())).clear();
    return String.join("\n", lines) + "\n";
  }

  static String lineAfter(List<String> lines, String id, String prefix) {
    int[] b = block(lines, id);
    for (int i = b[0]; i < b[1]; i++) {
      if (lines.get(i).startsWith(prefix)) {
        return lines.get(i + 1);
      }
    }
    throw new AssertionError("no line '" + prefix + "' in item " + id);
  }
}
