package vn.cpreferrals.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import vn.cpreferrals.architecture.fixture.FeatureReachingIntoEngine;

/**
 * The shape of the code: engine internals are used only in the engine wing ({@code vn.cpreferrals.engine..}), the
 * wing's adapters are not used by features, the engine core stands on nothing of ours, and no package cycle exists.
 */
class PackageRulesTests {

  static final JavaClasses PRODUCT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.cpreferrals");

  static final ArchRule ENGINE_INTERNALS_ONLY_IN_THE_WING = noClasses()
      .that().resideOutsideOfPackage("vn.cpreferrals.engine..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("feature code talks to the engine through its public API and the engine wing");

  static final ArchRule FEATURES_DO_NOT_USE_THE_ADAPTERS = noClasses()
      .that().resideOutsideOfPackage("vn.cpreferrals.engine..")
      .should().dependOnClassesThat().resideInAnyPackage("vn.cpreferrals.engine.audit..",
          "vn.cpreferrals.engine.deadline..", "vn.cpreferrals.engine.guard..", "vn.cpreferrals.engine.history..",
          "vn.cpreferrals.engine.rest..", "vn.cpreferrals.engine.tenancy..")
      .because("the engine adapters plug features into the engine; features call the engine core only");

  static final ArchRule ENGINE_CORE_STANDS_ON_NOTHING_OF_OURS = classes()
      .that().resideInAPackage("vn.cpreferrals.engine")
      .should().onlyDependOnClassesThat().resideOutsideOfPackage("vn.cpreferrals..")
      .orShould().dependOnClassesThat().resideInAPackage("vn.cpreferrals.engine")
      .because("every feature may use the engine core, so the core may use no feature");

  @Test
  void engineInternalsAreUsedOnlyInTheEngineWing() {
    ENGINE_INTERNALS_ONLY_IN_THE_WING.check(PRODUCT);
  }

  @Test
  void featuresDoNotReachIntoTheEngineAdapters() {
    FEATURES_DO_NOT_USE_THE_ADAPTERS.check(PRODUCT);
  }

  @Test
  void engineCoreDependsOnNoFeature() {
    ENGINE_CORE_STANDS_ON_NOTHING_OF_OURS.check(PRODUCT);
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching("vn.cpreferrals.(**)").should().beFreeOfCycles().check(PRODUCT);
  }

  @Test
  void aFeatureClassUsingEngineInternalsBreaksTheRule() {
    JavaClasses offender = new ClassFileImporter().importClasses(FeatureReachingIntoEngine.class);

    assertThat(ENGINE_INTERNALS_ONLY_IN_THE_WING.evaluate(offender).hasViolation()).isTrue();
  }
}
