package vn.cpreferrals.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import vn.cpreferrals.support.EngineTest;

/** The reorganisation scenario on the embedded H2 engine, and the operator's command line. */
@EngineTest
class H2ReorganisationTests extends ReorganisationScenario {

  @Autowired ReorganiseCommand command;

  @Test
  void theOperatorCommandPrintsTheDryRunAndRefusesAMissingDay() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream console = System.out;
    int plan;
    int wrong;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      plan = command.execute(new DefaultApplicationArguments("--reorganise=plan", "--as-of=2025-07-01"));
      wrong = command.execute(new DefaultApplicationArguments("--reorganise=apply"));
    } finally {
      System.setOut(console);
    }

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(plan).isZero();
    assertThat(wrong).isEqualTo(2);
    assertThat(printed).contains("REORGANISATION PLAN (dry run) as of 2025-07-01:", "open tasks before/after:",
        "usage: --reorganise=plan|apply --as-of=yyyy-MM-dd").doesNotContain("REORGANISATION APPLIED");
  }
}
