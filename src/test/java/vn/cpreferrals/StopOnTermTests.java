package vn.cpreferrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** What the run command's JVM does on SIGTERM, observed on a real child JVM. */
class StopOnTermTests {

  @Test
  void theRunCommandsJvmEndsWithStatusZeroOnSigtermAndAnyOtherJvmKeepsStatus143() throws Exception {
    assertThat(stopWithSigterm(true)).isZero();
    assertThat(stopWithSigterm(false)).isEqualTo(143);
  }

  private static int stopWithSigterm(boolean asked) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "-D" + StopOnTerm.PROPERTY + "=" + asked, Probe.class.getName()).redirectErrorStream(true).start();
    // The probe says when its handler is in place.
    assertThat(new String(child.getInputStream().readNBytes(6))).isEqualTo("ready\n");
    child.destroy(); // SIGTERM
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return child.exitValue();
  }

  /** A JVM that installs the handler as the application's main does, then waits to be stopped. */
  static final class Probe {
    public static void main(String[] args) throws InterruptedException {
      StopOnTerm.installIfAsked();
      System.out.println("ready");
      System.out.flush();
      Thread.sleep(60_000);
    }
  }
}
