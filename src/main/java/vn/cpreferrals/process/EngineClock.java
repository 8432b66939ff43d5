package vn.cpreferrals.process;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's notion of "now". Everything that compares with due dates reads this clock, so tests that move the
 * engine clock move every deadline with it.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }
}
