package vn.cpreferrals.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The registry of today's structure: the registry file plus every commune of each enabled province, from the template. */
class TodaysStructureTests {

  static final ClassPathResource FILE = new ClassPathResource("registry/agencies.yaml");
  static final LocalDate DAY = LocalDate.of(2026, 12, 3);

  static List<Agency> committeesOfCommunes(AgencyRegistry registry, String province) {
    return registry.agenciesIn(province).stream()
        .filter(a -> a.level() == AgencyLevel.COMMUNE && a.kind() == AgencyKind.PEOPLES_COMMITTEE
            && a.id().matches(province + "-ubnd-\\d{5}"))
        .toList();
  }

  @Test
  void everyCommuneOfAnEnabledProvinceHasItsPeoplesCommitteeAndPoliceUnderTheProvincesBodies() throws IOException {
    AgencyRegistry registry = RegistryFiles.read(FILE, List.of("lai-chau", "quang-ngai", "gia-lai"), DAY);

    assertThat(committeesOfCommunes(registry, "lai-chau")).hasSize(38);
    assertThat(committeesOfCommunes(registry, "quang-ngai")).hasSize(96);
    assertThat(committeesOfCommunes(registry, "gia-lai")).hasSize(135);
    assertThat(registry.agency("quang-ngai-ubnd-21025")).get().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Ủy ban nhân dân phường Cẩm Thành, tỉnh Quảng Ngãi");
      assertThat(a.parent()).isEqualTo("quang-ngai-ubnd-tinh");
    });
    assertThat(registry.agency("quang-ngai-cong-an-21025")).get().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Công an phường Cẩm Thành, tỉnh Quảng Ngãi");
      assertThat(a.kind()).isEqualTo(AgencyKind.POLICE);
      assertThat(a.parent()).isEqualTo("quang-ngai-cong-an-tinh");
    });
  }

  @Test
  void aWardOfTheFormerBinhDinhBelongsToGiaLaiToday() throws IOException {
    AgencyRegistry registry = RegistryFiles.read(FILE, List.of("gia-lai"), DAY);

    assertThat(registry.province("gia-lai")).get().extracting(Province::name).isEqualTo("Tỉnh Gia Lai");
    assertThat(registry.agency("gia-lai-ubnd-21553")).get().satisfies(a -> {
      assertThat(a.name()).isEqualTo("Ủy ban nhân dân phường Quy Nhơn Bắc, tỉnh Gia Lai");
      assertThat(a.province()).isEqualTo("gia-lai");
    });
    assertThat(registry.supervisorsOf("gia-lai-ubnd-21553")).extracting(Agency::id).containsExactly("gia-lai-ubnd-tinh");
    assertThat(registry.agency("gia-lai-so-y-te")).get().extracting(Agency::standing).isEqualTo(true);
  }

  @Test
  void unitsOfTheRegistryFileKeepTheirWordingAndStandWithoutDuplicates() throws IOException {
    AgencyRegistry file = RegistryFiles.read(FILE);
    AgencyRegistry registry = RegistryFiles.read(FILE, List.of("quang-ngai"), DAY);

    assertThat(registry.agency("quang-ngai-ubnd-cap-xa")).isEqualTo(file.agency("quang-ngai-ubnd-cap-xa"));
    assertThat(registry.agency("quang-ngai-so-y-te")).isEqualTo(file.agency("quang-ngai-so-y-te"));
    assertThat(registry.agencies()).extracting(Agency::id).doesNotHaveDuplicates()
        .containsAll(file.agencies().stream().map(Agency::id).toList());
    assertThat(registry.provinces()).extracting(Province::id).containsExactlyElementsOf(
        file.provinces().stream().map(Province::id).toList());
  }

  @Test
  void enablingAnotherProvinceIsOneSetting() throws IOException {
    AgencyRegistry registry = RegistryFiles.read(FILE, List.of("ha-noi"), DAY);

    assertThat(registry.province("ha-noi")).get().extracting(Province::name).isEqualTo("Thành phố Hà Nội");
    assertThat(registry.agency("ha-noi-ubnd-00004")).get().extracting(Agency::name)
        .isEqualTo("Ủy ban nhân dân phường Ba Đình, thành phố Hà Nội");
    assertThat(registry.agencies()).allSatisfy(a -> assertThat(a.id().length()).isLessThanOrEqualTo(40));
  }

  @Test
  void aProvinceThatNoLongerExistsIsRefusedNamingTodaysProvinces() {
    assertThatThrownBy(() -> RegistryFiles.read(FILE, List.of("kon-tum"), DAY))
        .isInstanceOf(InvalidRegistryException.class)
        .hasMessageContaining("kon-tum").hasMessageContaining("quang-ngai");
  }

  @Test
  void provinceIdsAreTheirNamesWithoutDiacritics() {
    assertThat(Slugs.ofProvince("Thành phố Hồ Chí Minh")).isEqualTo("ho-chi-minh");
    assertThat(Slugs.ofProvince("Đắk Lắk")).isEqualTo("dak-lak");
    assertThat(Slugs.of("Quảng Ngãi")).isEqualTo("quang-ngai");
  }
}
