package vn.cpreferrals;

import sun.misc.Signal;

/**
 * Under {@code mvn spring-boot:run}, a stop by SIGTERM (an IDE's stop button, {@code kill}, {@code timeout}, a process
 * supervisor) ends the JVM with status 143, which the Maven plugin reports as "BUILD FAILURE" although the application
 * shut down cleanly. Only there (the pom sets {@value #PROPERTY}), SIGTERM becomes an orderly exit with status 0: the
 * same shutdown hooks run (graceful Tomcat stop, engine close). A packaged or container deployment keeps the JVM's
 * own behaviour.
 */
final class StopOnTerm {

  static final String PROPERTY = "cp.dev.clean-exit-on-term";

  private StopOnTerm() {
  }

  static void installIfAsked() {
    if (Boolean.getBoolean(PROPERTY)) {
      Signal.handle(new Signal("TERM"), signal -> new Thread(() -> System.exit(0), "cp-stop-on-term").start());
    }
  }
}
