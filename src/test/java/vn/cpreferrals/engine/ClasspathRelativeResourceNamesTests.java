package vn.cpreferrals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClasspathRelativeResourceNamesTests {

  @Test
  void sameModelHasTheSameNameFromMavenAndFromTheFatJar() {
    String fromMaven = ClasspathRelativeResourceNames.relativeName(
        "file:/home/op/cp-referrals/target/classes/bpmn/CaseProcess.bpmn", "CaseProcess.bpmn");
    String fromJar = ClasspathRelativeResourceNames.relativeName(
        "jar:nested:/srv/app.jar/!BOOT-INF/classes/!/bpmn/CaseProcess.bpmn", "CaseProcess.bpmn");

    assertThat(fromMaven).isEqualTo("bpmn/CaseProcess.bpmn").isEqualTo(fromJar);
  }

  @Test
  void formsKeepTheirFolderAndUnknownPlacesFallBackToTheFileName() {
    assertThat(ClasspathRelativeResourceNames.relativeName("file:/x/classes/forms/intake.form", "intake.form"))
        .isEqualTo("forms/intake.form");
    assertThat(ClasspathRelativeResourceNames.relativeName("file:/x/other/intake.form", "intake.form"))
        .isEqualTo("intake.form");
  }
}
