package vn.cpreferrals.reorganisation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Operator command: {@code java -jar cp-referrals.jar --reorganise=plan|apply --as-of=2025-07-01} prints what moves
 * (plan) or moves it (apply), then exits: 0 done, 2 wrong arguments. The audit trail names the operator account
 * {@value #OPERATOR}.
 */
@Component
class ReorganiseCommand implements ApplicationRunner {

  static final String OPTION = "reorganise";
  static final String OPERATOR = "operator-command";

  private final Reorganisation reorganisation;
  private final ConfigurableApplicationContext context;

  ReorganiseCommand(Reorganisation reorganisation, ConfigurableApplicationContext context) {
    this.reorganisation = reorganisation;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(OPTION)) {
      return;
    }
    int code = execute(args);
    System.exit(SpringApplication.exit(context, () -> code));
  }

  /** Runs the command and prints its report; the exit code. */
  int execute(ApplicationArguments args) {
    String mode = args.getOptionValues(OPTION).isEmpty() ? "" : args.getOptionValues(OPTION).get(0);
    if (!mode.equals("plan") && !mode.equals("apply") || !args.containsOption("as-of")) {
      System.out.println("usage: --reorganise=plan|apply --as-of=yyyy-MM-dd");
      return 2;
    }
    LocalDate asOf = LocalDate.parse(args.getOptionValues("as-of").get(0));
    Reorganisation.Result result = mode.equals("apply")
        ? reorganisation.apply(asOf, OPERATOR, List.of())
        : reorganisation.dryRun(asOf);
    System.out.print(report(result));
    return 0;
  }

  static String report(Reorganisation.Result result) {
    StringBuilder out = new StringBuilder();
    out.append(result.applied() ? "REORGANISATION APPLIED" : "REORGANISATION PLAN (dry run)").append(" as of ")
        .append(result.asOf()).append(": ").append(result.moves().size()).append(" moves\n");
    for (Reorganisation.Move m : result.moves()) {
      out.append("  ").append(m.kind()).append(' ').append(m.subject())
          .append(m.name() == null ? "" : " (" + m.name() + ")").append(": ").append(m.from()).append(" -> ")
          .append(m.to()).append('\n');
    }
    out.append("open tasks before/after: ").append(result.before().totalOpenTasks()).append('/')
        .append(result.after().totalOpenTasks()).append("; running instances before/after: ")
        .append(result.before().totalRunningInstances()).append('/').append(result.after().totalRunningInstances())
        .append('\n');
    result.unreachable().forEach(u -> out.append("  not applicable: ").append(u).append('\n'));
    return out.toString();
  }
}
