package vn.cpreferrals.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.cpreferrals.agency.AdministrativeUnit.Level;
import vn.cpreferrals.agency.AdministrativeUnits.Succession;

class AdministrativeUnitsTests {

  static final AdministrativeUnits UNITS = AdministrativeUnits.load();

  static final LocalDate LAST_DAY_BEFORE_2025_ARRANGEMENT = LocalDate.of(2025, 6, 30);
  static final LocalDate FIRST_DAY_OF_2025_ARRANGEMENT = LocalDate.of(2025, 7, 1);
  static final LocalDate IN_2024 = LocalDate.of(2024, 9, 1);
  static final LocalDate IN_2026 = LocalDate.of(2026, 12, 1);

  static final String LAI_CHAU = "12";
  static final String QUANG_NGAI = "51";
  /** Bình Định until 30/6/2025, the new Gia Lai (with the former Bình Định) from 1/7/2025. */
  static final String CODE_52 = "52";
  static final String KON_TUM = "62";
  static final String FORMER_GIA_LAI = "64";

  static Map<String, Long> countByType(List<AdministrativeUnit> units) {
    return units.stream().collect(Collectors.groupingBy(AdministrativeUnit::type, Collectors.counting()));
  }

  @Test
  void onTheFirstDayOfJuly2025VietnamHas34ProvincesAnd3321CommuneLevelUnits() {
    List<AdministrativeUnit> provinces = UNITS.provincesAt(FIRST_DAY_OF_2025_ARRANGEMENT);
    List<AdministrativeUnit> communes = provinces.stream()
        .flatMap(p -> UNITS.communesOf(p.code(), FIRST_DAY_OF_2025_ARRANGEMENT).stream())
        .toList();

    assertThat(provinces).hasSize(34);
    assertThat(countByType(provinces)).containsOnly(
        Map.entry("tỉnh", 28L), Map.entry("thành phố trực thuộc trung ương", 6L));
    assertThat(communes).hasSize(3321);
    assertThat(countByType(communes)).containsOnly(
        Map.entry("xã", 2621L), Map.entry("phường", 687L), Map.entry("đặc khu", 13L));
  }

  @Test
  void todayVietnamHas34ProvincesAnd3321CommuneLevelUnitsWithDongNaiACityAndTenMoreWards() {
    List<AdministrativeUnit> provinces = UNITS.provincesAt(IN_2026);
    List<AdministrativeUnit> communes = provinces.stream()
        .flatMap(p -> UNITS.communesOf(p.code(), IN_2026).stream())
        .toList();

    assertThat(provinces).hasSize(34);
    assertThat(countByType(provinces)).containsOnly(
        Map.entry("tỉnh", 27L), Map.entry("thành phố trực thuộc trung ương", 7L));
    assertThat(UNITS.byCode("75", IN_2026)).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Thành phố Đồng Nai");
    assertThat(communes).hasSize(3321);
    assertThat(countByType(communes)).containsOnly(
        Map.entry("xã", 2611L), Map.entry("phường", 697L), Map.entry("đặc khu", 13L));
  }

  @Test
  void aTypeChangeKeepsTheCodeAndClosesTheEarlierVersionTheDayBefore() {
    assertThat(UNITS.versionsOf("26485"))
        .extracting(AdministrativeUnit::type, AdministrativeUnit::validFrom, AdministrativeUnit::validTo)
        .containsExactly(
            tuple("xã", FIRST_DAY_OF_2025_ARRANGEMENT, LocalDate.of(2026, 4, 29)),
            tuple("phường", LocalDate.of(2026, 4, 30), null));
    assertThat(UNITS.byCode("26485", LocalDate.of(2026, 4, 29))).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Xã Nhơn Trạch");
    assertThat(UNITS.byCode("26485", LocalDate.of(2026, 4, 30))).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Phường Nhơn Trạch");
  }

  @Test
  void quangNgaiOf2026IncludesTheFormerKonTumAndCounts96CommuneLevelUnits() {
    List<AdministrativeUnit> communes = UNITS.communesOf(QUANG_NGAI, IN_2026);

    assertThat(UNITS.byCode(QUANG_NGAI, IN_2026)).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Tỉnh Quảng Ngãi");
    assertThat(communes).hasSize(96);
    assertThat(countByType(communes)).containsOnly(
        Map.entry("xã", 86L), Map.entry("phường", 9L), Map.entry("đặc khu", 1L));
    // Kon Tum is gone as a province; its former seat is now a ward of Quảng Ngãi.
    assertThat(UNITS.byCode(KON_TUM, IN_2026)).isEmpty();
    assertThat(UNITS.byCode(KON_TUM, IN_2024)).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Tỉnh Kon Tum");
    assertThat(communes).extracting(AdministrativeUnit::fullName)
        .contains("Phường Kon Tum", "Phường Đăk Bla", "Xã Đăk Pék", "Đặc khu Lý Sơn", "Phường Cẩm Thành");
    // The code 23293 was Phường Thắng Lợi of thành phố Kon Tum and is Phường Kon Tum of Quảng Ngãi since 1/7/2025.
    assertThat(UNITS.byCode("23293", IN_2024)).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Phường Thắng Lợi");
    assertThat(UNITS.provinceOf("23293", IN_2024)).get().extracting(AdministrativeUnit::code).isEqualTo(KON_TUM);
    assertThat(UNITS.byCode("23293", IN_2026)).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Phường Kon Tum");
    assertThat(UNITS.provinceOf("23293", IN_2026)).get().extracting(AdministrativeUnit::code)
        .isEqualTo(QUANG_NGAI);
  }

  @Test
  void code52WasBinhDinhUntilJune2025AndIsGiaLaiWith135CommuneLevelUnitsSince() {
    assertThat(UNITS.versionsOf(CODE_52)).extracting(AdministrativeUnit::fullName)
        .containsExactly("Tỉnh Bình Định", "Tỉnh Gia Lai");
    assertThat(UNITS.byCode(CODE_52, LAST_DAY_BEFORE_2025_ARRANGEMENT)).get()
        .extracting(AdministrativeUnit::name).isEqualTo("Bình Định");
    assertThat(UNITS.byCode(CODE_52, FIRST_DAY_OF_2025_ARRANGEMENT)).get()
        .extracting(AdministrativeUnit::name).isEqualTo("Gia Lai");
    assertThat(UNITS.byCode(FORMER_GIA_LAI, IN_2024)).get().extracting(AdministrativeUnit::name)
        .isEqualTo("Gia Lai");
    assertThat(UNITS.byCode(FORMER_GIA_LAI, IN_2026)).isEmpty();

    List<AdministrativeUnit> communes = UNITS.communesOf(CODE_52, IN_2026);
    assertThat(communes).hasSize(135);
    assertThat(countByType(communes)).containsOnly(Map.entry("xã", 110L), Map.entry("phường", 25L));
    // Quy Nhơn (former Bình Định) and Pleiku (former Gia Lai) are both in the new Gia Lai.
    assertThat(communes).extracting(AdministrativeUnit::fullName).contains("Phường Quy Nhơn", "Phường Pleiku");
  }

  @Test
  void laiChauKeepsItsCodeAndHas38CommuneLevelUnitsAfterJuly2025() {
    List<AdministrativeUnit> communes = UNITS.communesOf(LAI_CHAU, IN_2026);

    assertThat(UNITS.versionsOf(LAI_CHAU)).extracting(AdministrativeUnit::validFrom, AdministrativeUnit::validTo)
        .containsExactly(
            tuple(null, LAST_DAY_BEFORE_2025_ARRANGEMENT),
            tuple(FIRST_DAY_OF_2025_ARRANGEMENT, null));
    assertThat(communes).hasSize(38);
    assertThat(countByType(communes)).containsOnly(Map.entry("xã", 36L), Map.entry("phường", 2L));
    assertThat(communes).extracting(AdministrativeUnit::fullName)
        .contains("Phường Đoàn Kết", "Phường Tân Phong", "Xã Mường Tè");
  }

  @Test
  void muongTeDistrictExistedIn2024ButNotAfterJuly2025() {
    assertThat(UNITS.byCode("107", IN_2024)).get()
        .satisfies(d -> {
          assertThat(d.fullName()).isEqualTo("Huyện Mường Tè");
          assertThat(d.level()).isEqualTo(Level.DISTRICT);
          assertThat(d.parentCode()).isEqualTo(LAI_CHAU);
        });
    assertThat(UNITS.byCode("107", LAST_DAY_BEFORE_2025_ARRANGEMENT)).isPresent();
    assertThat(UNITS.byCode("107", FIRST_DAY_OF_2025_ARRANGEMENT)).isEmpty();
    assertThat(UNITS.districtsOf(LAI_CHAU, IN_2024)).extracting(AdministrativeUnit::fullName)
        .contains("Huyện Mường Tè", "Thành phố Lai Châu")
        .hasSize(8);
    assertThat(UNITS.districtsOf(LAI_CHAU, IN_2026)).isEmpty();
    assertThat(UNITS.communesOf(LAI_CHAU, IN_2024)).hasSize(106);
    // The huyện had a thị trấn and a xã both named Mường Tè; the xã's code 03445 is the new xã's code.
    assertThat(UNITS.communesOf(LAI_CHAU, IN_2024)).filteredOn(c -> c.parentCode().equals("107"))
        .extracting(AdministrativeUnit::fullName)
        .contains("Thị trấn Mường Tè", "Xã Mường Tè")
        .hasSize(14);
    assertThat(UNITS.versionsOf("03445")).extracting(AdministrativeUnit::parentCode).containsExactly("107", LAI_CHAU);
  }

  @Test
  void thanhPhoLaiChauWasADistrictLevelCityWithSevenCommuneLevelUnits() {
    assertThat(UNITS.byCode("105", IN_2024)).get()
        .satisfies(d -> {
          assertThat(d.name()).isEqualTo("Lai Châu");
          assertThat(d.type()).isEqualTo("thành phố thuộc tỉnh");
          assertThat(d.fullName()).isEqualTo("Thành phố Lai Châu");
        });
    assertThat(UNITS.communesOf(LAI_CHAU, IN_2024)).filteredOn(c -> c.parentCode().equals("105")).hasSize(7);
    assertThat(UNITS.byCode("105", IN_2026)).isEmpty();
  }

  @Test
  void theFiveSeedProvincesBeforeJuly2025HaveTheirDistrictsAndCommunes() {
    Map<String, AdministrativeUnit> provinces = UNITS.provincesAt(IN_2024).stream()
        .collect(Collectors.toMap(AdministrativeUnit::code, Function.identity()));

    assertThat(provinces.values()).extracting(AdministrativeUnit::fullName).containsExactlyInAnyOrder(
        "Tỉnh Lai Châu", "Tỉnh Quảng Ngãi", "Tỉnh Bình Định", "Tỉnh Kon Tum", "Tỉnh Gia Lai");
    assertThat(Map.of(
            LAI_CHAU, UNITS.districtsOf(LAI_CHAU, IN_2024).size(),
            QUANG_NGAI, UNITS.districtsOf(QUANG_NGAI, IN_2024).size(),
            CODE_52, UNITS.districtsOf(CODE_52, IN_2024).size(),
            KON_TUM, UNITS.districtsOf(KON_TUM, IN_2024).size(),
            FORMER_GIA_LAI, UNITS.districtsOf(FORMER_GIA_LAI, IN_2024).size()))
        .containsOnly(Map.entry(LAI_CHAU, 8), Map.entry(QUANG_NGAI, 13), Map.entry(CODE_52, 11),
            Map.entry(KON_TUM, 10), Map.entry(FORMER_GIA_LAI, 17));
    assertThat(Map.of(
            LAI_CHAU, UNITS.communesOf(LAI_CHAU, IN_2024).size(),
            QUANG_NGAI, UNITS.communesOf(QUANG_NGAI, IN_2024).size(),
            CODE_52, UNITS.communesOf(CODE_52, IN_2024).size(),
            KON_TUM, UNITS.communesOf(KON_TUM, IN_2024).size(),
            FORMER_GIA_LAI, UNITS.communesOf(FORMER_GIA_LAI, IN_2024).size()))
        .containsOnly(Map.entry(LAI_CHAU, 106), Map.entry(QUANG_NGAI, 170), Map.entry(CODE_52, 155),
            Map.entry(KON_TUM, 102), Map.entry(FORMER_GIA_LAI, 218));
    assertThat(UNITS.communesOf(CODE_52, IN_2024)).extracting(AdministrativeUnit::fullName)
        .contains("Phường Trần Phú", "Phường Thị Nại");
  }

  @Test
  void everyCodeHasAtMostOneVersionOnAnyDay() {
    Map<String, List<AdministrativeUnit>> byCode = UNITS.all().stream()
        .collect(Collectors.groupingBy(AdministrativeUnit::code));

    byCode.forEach((code, versions) -> {
      for (int i = 0; i < versions.size(); i++) {
        for (int j = i + 1; j < versions.size(); j++) {
          assertThat(versions.get(i).overlaps(versions.get(j))).as("versions of %s", code).isFalse();
        }
      }
    });
    for (LocalDate day : List.of(IN_2024, LAST_DAY_BEFORE_2025_ARRANGEMENT, FIRST_DAY_OF_2025_ARRANGEMENT, IN_2026)) {
      List<String> codes = UNITS.all().stream().filter(u -> u.validAt(day)).map(AdministrativeUnit::code).toList();
      assertThat(codes).as("codes on %s", day).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyUnitsParentExistsOneLevelUpOnTheSameDay() {
    for (AdministrativeUnit unit : UNITS.all()) {
      LocalDate day = unit.validTo() != null ? unit.validTo() : unit.validFrom();
      if (unit.level() == Level.PROVINCE) {
        assertThat(unit.parentCode()).isNull();
        continue;
      }
      Level expected = day.isAfter(LAST_DAY_BEFORE_2025_ARRANGEMENT) || unit.level() == Level.DISTRICT
          ? Level.PROVINCE : Level.DISTRICT;
      assertThat(UNITS.byCode(unit.parentCode(), day)).as("parent of %s on %s", unit.code(), day).get()
          .extracting(AdministrativeUnit::level).isEqualTo(expected);
      assertThat(UNITS.provinceOf(unit.code(), day)).as("province of %s on %s", unit.code(), day).isPresent();
    }
  }

  @Test
  void codesHaveTheOfficialLengthsAndNamesKeepTheirVietnameseDiacritics() {
    assertThat(UNITS.all()).allSatisfy(u -> {
      int length = switch (u.level()) {
        case PROVINCE -> 2;
        case DISTRICT -> 3;
        case COMMUNE -> 5;
      };
      assertThat(u.code()).as("code of %s", u.name()).hasSize(length).containsOnlyDigits();
      assertThat(u.name()).as("name of %s", u.code()).isNotBlank().isEqualTo(u.name().strip())
          .doesNotContain(",", "\"");
    });
    assertThat(UNITS.byCode("01", IN_2026)).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Thành phố Hà Nội");
    assertThat(UNITS.byCode("79", IN_2026)).get().extracting(AdministrativeUnit::name).isEqualTo("Hồ Chí Minh");
    assertThat(UNITS.byCode("66", IN_2026)).get().extracting(AdministrativeUnit::name).isEqualTo("Đắk Lắk");
    assertThat(UNITS.byCode("21548", IN_2026)).get().extracting(AdministrativeUnit::fullName)
        .isEqualTo("Đặc khu Lý Sơn");
    long withDiacritics = UNITS.all().stream().filter(u -> !u.name().matches("[A-Za-z0-9 -]*")).count();
    assertThat(withDiacritics).isGreaterThan(UNITS.all().size() * 9L / 10);
  }

  @Test
  void aBrokenLineOrOverlappingVersionsAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> AdministrativeUnits.parse("12,Lai Châu,tỉnh,PROVINCE,,2025-07-01", "x.csv:2"))
        .hasMessageContaining("x.csv:2").hasMessageContaining("expected 7 fields");
    assertThatThrownBy(() -> AdministrativeUnits.parse("12,Lai Châu,tỉnh,STATE,,2025-07-01,", "x.csv:3"))
        .hasMessageContaining("x.csv:3");

    AdministrativeUnit province = AdministrativeUnits.parse("12,Lai Châu,tỉnh,PROVINCE,,2025-07-01,", "x");
    AdministrativeUnit overlapping = AdministrativeUnits.parse("12,Lai Châu,tỉnh,PROVINCE,,,2025-07-01", "x");
    AdministrativeUnit orphan = AdministrativeUnits.parse("03445,Mường Tè,xã,COMMUNE,99,2025-07-01,", "x");
    assertThatThrownBy(() -> AdministrativeUnits.of(List.of(province, overlapping, orphan)))
        .hasMessageContaining("code 12 has overlapping versions")
        .hasMessageContaining("03445 (Mường Tè) names parent 99");
  }

  static Successor whole(String newCode) {
    return new Successor(newCode, FIRST_DAY_OF_2025_ARRANGEMENT, true);
  }

  static Successor part(String newCode) {
    return new Successor(newCode, FIRST_DAY_OF_2025_ARRANGEMENT, false);
  }

  static String nameOn(String code, LocalDate day) {
    return UNITS.commune(code, day).map(AdministrativeUnit::fullName).orElseThrow();
  }

  @Test
  void oldXaMuongTeHasTheNewXaMuongTeAsSuccessorWhileTheOldTownOfMuongTeWentToBumTo() {
    // Xã Mường Tè (03445) and Thị trấn Mường Tè (03433), both of huyện Mường Tè (107).
    assertThat(UNITS.commune("03445", LAST_DAY_BEFORE_2025_ARRANGEMENT)).get()
        .extracting(AdministrativeUnit::fullName, AdministrativeUnit::parentCode)
        .containsExactly("Xã Mường Tè", "107");
    assertThat(UNITS.successorsOf("03445")).containsExactly(whole("03445"));
    assertThat(nameOn("03445", FIRST_DAY_OF_2025_ARRANGEMENT)).isEqualTo("Xã Mường Tè");

    // The source lists the town under the new Xã Bum Tở: "Thị trấn Mường Tè, Xã Can Hồ, Xã Bum Tở".
    assertThat(nameOn("03433", LAST_DAY_BEFORE_2025_ARRANGEMENT)).isEqualTo("Thị trấn Mường Tè");
    assertThat(UNITS.successorsOf("03433")).containsExactly(whole("03433"));
    assertThat(nameOn("03433", FIRST_DAY_OF_2025_ARRANGEMENT)).isEqualTo("Xã Bum Tở");
    assertThat(UNITS.provinceOf("03433", FIRST_DAY_OF_2025_ARRANGEMENT)).get()
        .extracting(AdministrativeUnit::code).isEqualTo(LAI_CHAU);
  }

  @Test
  void quyNhonWardsOfBinhDinhHaveWardsOfTheNewGiaLaiAsSuccessors() {
    assertThat(nameOn("21550", LAST_DAY_BEFORE_2025_ARRANGEMENT)).isEqualTo("Phường Nhơn Bình");
    assertThat(UNITS.provinceOf("21550", LAST_DAY_BEFORE_2025_ARRANGEMENT)).get()
        .extracting(AdministrativeUnit::fullName).isEqualTo("Tỉnh Bình Định");
    assertThat(UNITS.successorsOf("21550")).containsExactly(whole("21601"));
    assertThat(nameOn("21601", FIRST_DAY_OF_2025_ARRANGEMENT)).isEqualTo("Phường Quy Nhơn Đông");
    assertThat(UNITS.provinceOf("21601", FIRST_DAY_OF_2025_ARRANGEMENT)).get()
        .extracting(AdministrativeUnit::fullName).isEqualTo("Tỉnh Gia Lai");

    assertThat(nameOn("21595", LAST_DAY_BEFORE_2025_ARRANGEMENT)).isEqualTo("Phường Ghềnh Ráng");
    assertThat(UNITS.successorsOf("21595")).containsExactly(whole("21592"));
    assertThat(nameOn("21592", FIRST_DAY_OF_2025_ARRANGEMENT)).isEqualTo("Phường Quy Nhơn Nam");
  }

  @Test
  void konTumCommunesHaveCommunesOfQuangNgaiAsSuccessorsWhateverTheirSpelling() {
    // Phường Thắng Lợi of thành phố Kon Tum; Pleiku (former Gia Lai) had a Phường Thắng Lợi too.
    assertThat(UNITS.successorsOf("23293")).containsExactly(whole("23293"));
    assertThat(UNITS.provinceOf("23293", FIRST_DAY_OF_2025_ARRANGEMENT)).get()
        .extracting(AdministrativeUnit::code).isEqualTo(QUANG_NGAI);
    assertThat(UNITS.successorsOf("23582")).containsExactly(whole("23602"));
    assertThat(nameOn("23602", FIRST_DAY_OF_2025_ARRANGEMENT)).isEqualTo("Phường An Phú");
    // The source writes "Xã Đăk Cấm" for the old Xã Đắk Cấm and "Xã Pờ Y" for the old Xã Bờ Y.
    assertThat(nameOn("23311", LAST_DAY_BEFORE_2025_ARRANGEMENT)).isEqualTo("Xã Đắk Cấm");
    assertThat(UNITS.successorsOf("23311")).containsExactly(whole("23284"));
    assertThat(nameOn("23284", FIRST_DAY_OF_2025_ARRANGEMENT)).isEqualTo("Phường Đăk Cấm");
    assertThat(UNITS.successorsOf("23395")).containsExactly(whole("23377"));
    assertThat(UNITS.successorsOf("23377")).containsExactly(whole("23377"));
    assertThat(nameOn("23377", LAST_DAY_BEFORE_2025_ARRANGEMENT)).isEqualTo("Thị trấn Plei Kần");
    assertThat(nameOn("23377", FIRST_DAY_OF_2025_ARRANGEMENT)).isEqualTo("Xã Bờ Y");
  }

  @Test
  void aCommuneSplitBetweenNewCommunesHasEachAsAPartSuccessor() {
    // Xã Trà Bùi is named plainly under both Xã Cà Đam and Xã Tây Trà Bồng.
    assertThat(UNITS.successorsOf("21142")).containsExactly(part("21136"), part("21157"));
    // Xã An Nghĩa: under Xã An Hòa, and its "phần còn lại" under Xã An Toàn.
    assertThat(UNITS.successorsOf("21634")).containsExactly(part("21622"), part("21628"));
  }

  @Test
  void everyOldCommuneOfTheFiveProvincesHasASuccessor() {
    List<AdministrativeUnit> oldCommunes = Stream.of(LAI_CHAU, QUANG_NGAI, CODE_52, KON_TUM, FORMER_GIA_LAI)
        .flatMap(p -> UNITS.communesOf(p, LAST_DAY_BEFORE_2025_ARRANGEMENT).stream())
        .toList();
    List<Successor> successors = oldCommunes.stream().flatMap(c -> UNITS.successorsOf(c.code()).stream()).toList();

    assertThat(oldCommunes).hasSize(751);
    assertThat(oldCommunes).filteredOn(c -> UNITS.successorsOf(c.code()).isEmpty()).isEmpty();
    assertThat(oldCommunes).filteredOn(c -> UNITS.successorsOf(c.code()).size() > 1)
        .extracting(AdministrativeUnit::code).containsExactly("21142", "21634", "21997", "22000");
    assertThat(successors).hasSize(755);
    assertThat(successors).filteredOn(s -> !s.whole()).hasSize(8);
    // Every new commune of Lai Châu, Quảng Ngãi and Gia Lai (38 + 96 + 135) but Đặc khu Lý Sơn: the source names
    // "Huyện Lý Sơn", a district without communes.
    assertThat(successors.stream().map(Successor::newCode).distinct()).hasSize(268);
    assertThat(UNITS.communesOf(QUANG_NGAI, LAST_DAY_BEFORE_2025_ARRANGEMENT))
        .noneMatch(c -> c.parentCode().equals("536"));
  }

  @Test
  void aCodeStillInForceOrUnknownHasNoSuccessorAndCommuneIgnoresOtherLevels() {
    assertThat(UNITS.successorsOf("00004")).isEmpty();
    assertThat(UNITS.successorsOf("99999")).isEmpty();
    assertThat(UNITS.commune("107", IN_2024)).isEmpty();
    assertThat(UNITS.commune("12", IN_2024)).isEmpty();
    assertThat(UNITS.commune("03445", IN_2024)).get().extracting(AdministrativeUnit::parentCode).isEqualTo("107");
    assertThat(UNITS.commune("03445", IN_2026)).get().extracting(AdministrativeUnit::parentCode).isEqualTo(LAI_CHAU);
  }

  @Test
  void aSuccessorRowNamingAnUnknownCodeOrTheWrongProvinceIsRefusedNamingTheRow() {
    List<AdministrativeUnit> units = UNITS.all();
    Succession unknownOld = AdministrativeUnits.parseSuccession("99999,03445,2025-07-01,whole", "x");
    Succession unknownNew = AdministrativeUnits.parseSuccession("03445,99998,2025-07-01,part", "x");
    // Ba Đình (Hà Nội) was not formed from Lai Châu.
    Succession elsewhere = AdministrativeUnits.parseSuccession("03433,00004,2025-07-01,whole", "x");

    assertThatThrownBy(() -> AdministrativeUnits.of(units, List.of(unknownOld)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "successor 99999 -> 03445 on 2025-07-01: old code 99999 is no commune ending on 2025-06-30");
    assertThatThrownBy(() -> AdministrativeUnits.of(units, List.of(unknownNew, elsewhere)))
        .hasMessageContaining("new code 99998 is no commune in force on 2025-07-01")
        .hasMessageContaining("successor 03433 -> 00004 on 2025-07-01: the new commune lies in province 01, "
            + "but old province 12 became province 12");
    assertThatThrownBy(() -> AdministrativeUnits.parseSuccession("03445,03445,2025-07-01,most", "s.csv:7"))
        .hasMessageContaining("s.csv:7").hasMessageContaining("match must be 'whole' or 'part'");
    assertThatThrownBy(() -> AdministrativeUnits.parseSuccession("03445,03445,2025-07-01", "s.csv:8"))
        .hasMessageContaining("s.csv:8").hasMessageContaining("expected 4 fields");
  }
}
