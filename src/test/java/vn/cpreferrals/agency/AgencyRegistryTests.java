package vn.cpreferrals.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
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
}
