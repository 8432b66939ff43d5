package vn.cpreferrals.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class AgencyRegistryTests {

  static final Province QNG = new Province("quang-ngai", "Tỉnh Quảng Ngãi");
  static final Province LCU = new Province("lai-chau", "Tỉnh Lai Châu");

  static Agency unit(String id, AgencyLevel level, AgencyKind kind, String parent, String province) {
    return new Agency(id, "Tên " + id, "Tên ngắn " + id, level, kind, parent, province, false, List.of());
  }

  static Agency committee(String id, String province) {
    return unit(id, AgencyLevel.PROVINCE, AgencyKind.PEOPLES_COMMITTEE, null, province);
  }

  @Test
  void shippedRegistryCoversTheThreeProvincesOfTheSeedDirectives() throws IOException {
    AgencyRegistry registry = RegistryFiles.read(new ClassPathResource("registry/agencies.yaml"));

    assertThat(registry.provinces()).extracting(Province::id)
        .containsExactlyInAnyOrder("lai-chau", "quang-ngai", "binh-dinh");
    assertThat(registry.agency("quang-ngai-so-y-te")).get()
        .satisfies(a -> {
          assertThat(a.name()).isEqualTo("Sở Y tế tỉnh Quảng Ngãi");
          assertThat(a.standing()).isTrue();
          assertThat(a.level()).isEqualTo(AgencyLevel.PROVINCE);
        });
    assertThat(registry.agencies().stream().filter(Agency::standing).map(Agency::province))
        .containsExactlyInAnyOrder("lai-chau", "lai-chau", "lai-chau", "quang-ngai", "binh-dinh");
  }

  @Test
  void everySeedNamesAtLeastOneUnitAndEveryLevelIsPresent() throws IOException {
    AgencyRegistry registry = RegistryFiles.read(new ClassPathResource("registry/agencies.yaml"));

    assertThat(registry.agencies().stream().flatMap(a -> a.seeds().stream()).distinct())
        .containsExactlyInAnyOrder("000", "001", "002", "003", "004");
    assertThat(registry.agencies().stream().map(Agency::level).distinct())
        .containsExactlyInAnyOrder(AgencyLevel.values());
  }

  @Test
  void supervisorsAreListedNearestFirst() {
    AgencyRegistry registry = new AgencyRegistry(List.of(LCU), List.of(
        committee("lai-chau-ubnd-tinh", "lai-chau"),
        unit("lai-chau-muong-te-ubnd", AgencyLevel.DISTRICT, AgencyKind.PEOPLES_COMMITTEE,
            "lai-chau-ubnd-tinh", "lai-chau"),
        unit("lai-chau-muong-te-phong-ldtbxh", AgencyLevel.DISTRICT, AgencyKind.OFFICE,
            "lai-chau-muong-te-ubnd", "lai-chau")));

    assertThat(registry.supervisorsOf("lai-chau-muong-te-phong-ldtbxh")).extracting(Agency::id)
        .containsExactly("lai-chau-muong-te-ubnd", "lai-chau-ubnd-tinh");
  }

  @Test
  void brokenRegistryIsRefusedWithEveryProblemListed() {
    assertThatThrownBy(() -> new AgencyRegistry(List.of(QNG, LCU), List.of(
        committee("quang-ngai-ubnd-tinh", "quang-ngai"),
        committee("quang-ngai-ubnd-tinh", "quang-ngai"),
        unit("Quang_Ngai_So", AgencyLevel.PROVINCE, AgencyKind.DEPARTMENT, "quang-ngai-ubnd-tinh", "quang-ngai"),
        unit("quang-ngai-so-x", AgencyLevel.PROVINCE, AgencyKind.DEPARTMENT, "missing-parent", "quang-ngai"),
        unit("lai-chau-so-y", AgencyLevel.PROVINCE, AgencyKind.DEPARTMENT, "quang-ngai-ubnd-tinh", "lai-chau"),
        unit("quang-ngai-orphan", AgencyLevel.PROVINCE, AgencyKind.DEPARTMENT, null, "quang-ngai"),
        unit("ha-noi-so", AgencyLevel.PROVINCE, AgencyKind.DEPARTMENT, "quang-ngai-ubnd-tinh", "ha-noi"))))
        .isInstanceOfSatisfying(InvalidRegistryException.class, e -> assertThat(e.problems())
            .anyMatch(p -> p.contains("duplicate id 'quang-ngai-ubnd-tinh'"))
            .anyMatch(p -> p.contains("'Quang_Ngai_So'"))
            .anyMatch(p -> p.contains("missing-parent"))
            .anyMatch(p -> p.contains("lai-chau-so-y") && p.contains("its parent is in quang-ngai"))
            .anyMatch(p -> p.contains("quang-ngai-orphan") && p.contains("no parent"))
            .anyMatch(p -> p.contains("unknown province 'ha-noi'")));
  }

  @Test
  void muongTesClassesStandForTheCommunesOfTheDayBefore1July2025AndForNoUnitAfter() throws IOException {
    AgencyRegistry registry = RegistryFiles.read(new ClassPathResource("registry/agencies.yaml"),
        List.of("lai-chau", "quang-ngai"), LocalDate.of(2026, 12, 3));
    LocalDate lastDayOfDistricts = LocalDate.of(2025, 6, 30);
    LocalDate firstDayOfToday = LocalDate.of(2025, 7, 1);

    List<Agency> committees2024 = registry.membersOf("lai-chau-muong-te-ubnd-cac-xa", LocalDate.of(2024, 5, 22));
    List<Agency> police2024 = registry.membersOf("lai-chau-muong-te-cong-an-cac-xa", LocalDate.of(2024, 5, 22));

    // The official list: thị trấn Mường Tè and 13 xã under district 107 until 30/6/2025.
    assertThat(committees2024).hasSize(14).allSatisfy(a -> {
      assertThat(a.kind()).isEqualTo(AgencyKind.PEOPLES_COMMITTEE);
      assertThat(a.level()).isEqualTo(AgencyLevel.COMMUNE);
      assertThat(a.parent()).isEqualTo("lai-chau-muong-te-ubnd");
    }).extracting(Agency::id).contains("lai-chau-muong-te-ubnd-tt-muong-te", "lai-chau-muong-te-ubnd-xa-bum-nua",
        "lai-chau-muong-te-ubnd-xa-bum-to", "lai-chau-muong-te-ubnd-03469")
        .doesNotContain("lai-chau-muong-te-ubnd-03433", "lai-chau-muong-te-ubnd-03454", "lai-chau-muong-te-ubnd-03466");
    assertThat(registry.agency("lai-chau-muong-te-ubnd-03469")).get().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Ủy ban nhân dân xã Kan Hồ, huyện Mường Tè");
      assertThat(a.shortName()).isEqualTo("UBND xã Kan Hồ");
      assertThat(a.province()).isEqualTo("lai-chau");
    });
    assertThat(police2024).hasSize(14).allSatisfy(a -> {
      assertThat(a.kind()).isEqualTo(AgencyKind.POLICE);
      assertThat(a.parent()).isEqualTo("lai-chau-muong-te-cong-an");
      assertThat(a.id()).matches("lai-chau-muong-te-cong-an-\\d{5}");
    });
    assertThat(registry.agency("lai-chau-muong-te-cong-an-03433")).get().extracting(Agency::name)
        .isEqualTo("Công an thị trấn Mường Tè, huyện Mường Tè");
    assertThat(registry.membersOf("lai-chau-muong-te-ubnd-cac-xa", lastDayOfDistricts)).hasSize(14);
    assertThat(registry.existsOn("lai-chau-muong-te-ubnd-03469", lastDayOfDistricts)).isTrue();

    // From 1/7/2025 the district and its communes are gone: the class stands for no unit of today.
    assertThat(registry.membersOf("lai-chau-muong-te-ubnd-cac-xa", firstDayOfToday)).isEmpty();
    assertThat(registry.membersOf("lai-chau-muong-te-cong-an-cac-xa", firstDayOfToday)).isEmpty();
    assertThat(registry.membersOf("lai-chau-muong-te-ubnd-cac-xa")).isEmpty();
    assertThat(registry.existsOn("lai-chau-muong-te-ubnd-03469", firstDayOfToday)).isFalse();
    assertThat(registry.existsOn("lai-chau-muong-te-ubnd", firstDayOfToday)).as("undated unit").isTrue();

    // A province's class: today's communes from 1/7/2025; before, no earlier data, so no unit.
    assertThat(registry.membersOf("quang-ngai-ubnd-cap-xa", firstDayOfToday)).hasSize(96)
        .isEqualTo(registry.membersOf("quang-ngai-ubnd-cap-xa"));
    assertThat(registry.membersOf("quang-ngai-ubnd-cap-xa", lastDayOfDistricts)).isEmpty();
    // The registry file alone (as the generator reads it for earlier directives) has the same 2024 communes.
    assertThat(RegistryFiles.read(new ClassPathResource("registry/agencies.yaml"))
        .membersOf("lai-chau-muong-te-ubnd-cac-xa", LocalDate.of(2024, 5, 22))).isEqualTo(committees2024);
  }

  @Test
  void aDistrictWithAnUnknownCodeOrAMisplacedCommuneIsRefused() {
    String file = """
        provinces: [{id: lai-chau, name: Tỉnh Lai Châu}]
        agencies:
          - {id: lai-chau-ubnd-tinh, name: UBND tỉnh, shortName: UBND tỉnh, level: PROVINCE,
             kind: PEOPLES_COMMITTEE, parent: null, province: lai-chau, standing: false}
          - {id: lai-chau-muong-te-ubnd, name: UBND huyện, shortName: UBND huyện, level: DISTRICT,
             kind: PEOPLES_COMMITTEE, parent: lai-chau-ubnd-tinh, province: lai-chau, standing: false}
        districts:
          - {prefix: lai-chau-x, code: "999", committee: lai-chau-muong-te-ubnd}
          - {prefix: lai-chau-muong-te, code: "107", committee: lai-chau-muong-te-ubnd,
             communes: {"03433": lai-chau-ubnd-tinh, "00001": lai-chau-muong-te-ubnd}}
        """;

    assertThatThrownBy(() -> RegistryFiles.read(new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(InvalidRegistryException.class, e -> assertThat(e.problems())
            .anyMatch(p -> p.contains("'999' is no district code"))
            .anyMatch(p -> p.contains("'lai-chau-ubnd-tinh' must be a commune People's Committee"))
            .anyMatch(p -> p.contains("'00001' is no commune of district 107")));
  }
}
