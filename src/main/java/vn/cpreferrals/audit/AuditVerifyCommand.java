package vn.cpreferrals.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Operator command: {@code java -jar cp-referrals.jar --audit-verify [--from=SEQ] [--to=SEQ]} checks the chain, prints
 * the result and exits with 0 (intact) or 1 (broken).
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

  static final String OPTION = "audit-verify";

  private final AuditVerifier verifier;
  private final ConfigurableApplicationContext context;

  AuditVerifyCommand(AuditVerifier verifier, ConfigurableApplicationContext context) {
    this.verifier = verifier;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(OPTION)) {
      return;
    }
    VerificationResult result = verifier.verify(seq(args, "from"), seq(args, "to"));
    System.out.println(result.intact()
        ? "AUDIT CHAIN INTACT: " + result.checked() + " entries checked (" + result.fromSeq() + ".." + result.toSeq()
            + ")"
        : "AUDIT CHAIN BROKEN at entry " + result.firstBrokenSeq() + ": " + result.reason() + " (" + result.checked()
            + " entries verified before it)");
    int code = result.intact() ? 0 : 1;
    System.exit(SpringApplication.exit(context, () -> code));
  }

  private static Long seq(ApplicationArguments args, String name) {
    return args.containsOption(name) ? Long.valueOf(args.getOptionValues(name).get(0)) : null;
  }
}
