package vn.cpreferrals.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Who continues the work of the units that ended in 2025, as registry/successors.yaml and the official list say. */
class SuccessorsTests {

  static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

  static AgencyRegistry registry() throws IOException {
    return RegistryFiles.read(TodaysStructureTests.FILE, List.of("lai-chau", "quang-ngai", "gia-lai"), DAY);
  }

  static Successors successors(AgencyRegistry registry) throws IOException {
    return Successors.read(new ClassPathResource("registry/successors.yaml"), registry);
  }

  @Test
  void soLdtbxhOfBinhDinhEndsAtSoYTeOfGiaLaiFollowingTheChain() throws IOException {
    Successors successors = successors(registry());

    assertThat(successors.successorOf("binh-dinh-so-ldtbxh", DAY)).get()
        .extracting(Successors.Move::to).isEqualTo("gia-lai-so-y-te");
    assertThat(successors.successorOf("lai-chau-so-ldtbxh", LocalDate.of(2025, 3, 1))).get()
        .extracting(Successors.Move::to).isEqualTo("lai-chau-so-y-te");
    assertThat(successors.successorOf("lai-chau-so-ldtbxh", LocalDate.of(2025, 2, 28))).isEmpty();
    assertThat(successors.provinceSuccessorOf("binh-dinh", DAY)).get().extracting(Successors.Move::to)
        .isEqualTo("gia-lai");
    assertThat(successors.unreachable()).isEmpty();
  }

  @Test
  void everyUnitOfTheSeedsThatEndedHasASuccessorOfTodaysStructure() throws IOException {
    AgencyRegistry registry = registry();
    Successors successors = successors(registry);

    for (Agency unit : registry.agencies()) {
      boolean ended = unit.province().equals("binh-dinh") || unit.level() == AgencyLevel.DISTRICT
          || unit.id().startsWith("lai-chau-muong-te-") || unit.id().startsWith("lai-chau-tp-")
          || unit.id().startsWith("quang-ngai-tp-") || unit.id().endsWith("-ldtbxh");
      if (ended) {
        assertThat(successors.successorOf(unit.id(), DAY)).as(unit.id()).get()
            .satisfies(m -> assertThat(registry.existsOn(m.to(), DAY)).as(m.to()).isTrue());
      }
    }
  }

  @Test
  void aCommuneOfMuongTeGeneratedFromTheOfficialListGoesToTheCommuneThatTookItOver() throws IOException {
    AgencyRegistry registry = registry();
    Successors successors = successors(registry);
    String kanHo = registry.agencies().stream().filter(a -> a.name().startsWith("Ủy ban nhân dân xã Kan Hồ"))
        .findFirst().orElseThrow().id();

    assertThat(kanHo).matches("lai-chau-muong-te-ubnd-\\d{5}");
    assertThat(successors.successorOf(kanHo, LAST_DAY_OF_DISTRICTS)).isEmpty();
    assertThat(successors.successorOf(kanHo, DAY)).get().extracting(Successors.Move::to)
        .satisfies(to -> assertThat(registry.agency(to)).get().extracting(Agency::province).isEqualTo("lai-chau"));
    assertThat(successors.successorOf(kanHo.replace("-ubnd-", "-cong-an-"), DAY)).get()
        .extracting(Successors.Move::to).asString().startsWith("lai-chau-cong-an-");
  }

  @Test
  void aMapNamingAnUnknownUnitStopsTheStartWithItsName() throws IOException {
    AgencyRegistry registry = registry();
    Successors.File file = new Successors.File(List.of(), List.of(new Successors.Change(DAY, "thử",
        Map.of("lai-chau-so-khong-co", "lai-chau-so-y-te", "lai-chau-so-y-te", "lai-chau-so-khong-co-nua"))));

    assertThatThrownBy(() -> Successors.of(file, registry)).isInstanceOf(InvalidRegistryException.class)
        .hasMessageContaining("'lai-chau-so-khong-co' is not in the registry")
        .hasMessageContaining("successor 'lai-chau-so-khong-co-nua', which is not in the registry");
  }

  @Test
  void aMoveIntoAProvinceThatIsNotEnabledIsListedAsNotApplicable() throws IOException {
    AgencyRegistry withoutGiaLai = RegistryFiles.read(TodaysStructureTests.FILE, List.of("lai-chau"), DAY);

    Successors successors = successors(withoutGiaLai);

    assertThat(successors.unreachable()).anyMatch(u -> u.startsWith("binh-dinh-so-ldtbxh → gia-lai-so-y-te"))
        .anyMatch(u -> u.startsWith("binh-dinh → gia-lai"));
    assertThat(successors.successorOf("binh-dinh-so-ldtbxh", DAY)).isEmpty();
  }
}
