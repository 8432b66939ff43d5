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
 * The shape of the code. The engine wing has two sides: {@code vn.cpreferrals.engine..} plugs our features into the
 * engine (plugins, interceptors, listeners, the engine configuration) and is used by nothing of ours;
 * {@code vn.cpreferrals.process} is the small facade features use (typed variables, clock, caller, current command,
 * start-up hooks) and uses nothing of ours. Only these two touch engine internals; no package cycle.
 */
class PackageRulesTests {

  static final JavaClasses PRODUCT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.cpreferrals");

  static final ArchRule ENGINE_INTERNALS_ONLY_IN_THE_WING = noClasses()
      .that().resideOutsideOfPackages("vn.cpreferrals.engine..", "vn.cpreferrals.process")
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("feature code talks to the engine through its public API and the process facade");

  static final ArchRule NOTHING_USES_THE_ENGINE_SIDE = noClasses()
      .that().resideOutsideOfPackage("vn.cpreferrals.engine..")
      .should().dependOnClassesThat().resideInAPackage("vn.cpreferrals.engine..")
      .because("the engine side plugs features into the engine; features call the process facade only");

  static final ArchRule FACADE_STANDS_ON_NOTHING_OF_OURS = classes()
      .that().resideInAPackage("vn.cpreferrals.process")
      .should().onlyDependOnClassesThat().resideOutsideOfPackage("vn.cpreferrals..")
      .orShould().dependOnClassesThat().resideInAPackage("vn.cpreferrals.process")
      .because("every feature may use the process facade, so it may use no feature");

  @Test
  void engineInternalsAreUsedOnlyInTheEngineWing() {
    ENGINE_INTERNALS_ONLY_IN_THE_WING.check(PRODUCT);
  }

  @Test
  void nothingOfOursUsesTheEngineSide() {
    NOTHING_USES_THE_ENGINE_SIDE.check(PRODUCT);
  }

  @Test
  void processFacadeDependsOnNoFeature() {
    FACADE_STANDS_ON_NOTHING_OF_OURS.check(PRODUCT);
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
