package vn.cpreferrals.calendar;

import static java.lang.Math.PI;
import static java.lang.Math.floor;
import static java.lang.Math.sin;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch): months begin on the day of the new moon and the winter solstice falls
 * in the 11th month, both computed for Vietnam's time zone (UTC+7) — which is why Tết sometimes differs from the
 * Chinese New Year (UTC+8), e.g. 1985, 2007 and 2030. Astronomical terms after Jean Meeus, "Astronomical Algorithms"; the
 * month rules as published by Hồ Ngọc Đức ("Âm lịch Việt Nam"). Valid for the years this application plans in
 * (tested 1985 and 2000–2035 against published dates).
 */
final class LunarCalendar {

  static final double VIETNAM_OFFSET_HOURS = 7.0;
  private static final long EPOCH_DAY_TO_JULIAN_DAY = 2_440_588L;
  private static final double SYNODIC_MONTH = 29.530588853;
  private static final double NEW_MOON_1900 = 2415021.076998695;

  private final double zone;

  LunarCalendar(double zoneOffsetHours) {
    this.zone = zoneOffsetHours;
  }

  static LunarCalendar vietnam() {
    return new LunarCalendar(VIETNAM_OFFSET_HOURS);
  }

  /** Mùng 1 Tết: the first day of the first month of the lunar year that begins in {@code year}. */
  LocalDate tet(int year) {
    return toSolar(1, 1, year);
  }

  /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
  LocalDate hungKings(int year) {
    return toSolar(10, 3, year);
  }

  /** The solar date of a day of a (non-leap) lunar month. */
  LocalDate toSolar(int day, int month, int lunarYear) {
    long a11;
    long b11;
    if (month < 11) {
      a11 = month11(lunarYear - 1);
      b11 = month11(lunarYear);
    } else {
      a11 = month11(lunarYear);
      b11 = month11(lunarYear + 1);
    }
    int k = (int) floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
    int offset = month - 11;
    if (offset < 0) {
      offset += 12;
    }
    if (b11 - a11 > 365) {
      // A leap year has 13 months; months after the leap month start one new moon later.
      if (offset >= leapMonthOffset(a11)) {
        offset += 1;
      }
    }
    long start = newMoonDay(k + offset);
    return LocalDate.ofEpochDay(start + day - 1 - EPOCH_DAY_TO_JULIAN_DAY);
  }

  /** Julian day number of the first day of the 11th month (the month of the winter solstice) of a year. */
  private long month11(int year) {
    long dec31 = LocalDate.of(year, 12, 31).toEpochDay() + EPOCH_DAY_TO_JULIAN_DAY;
    int k = (int) floor((dec31 - 2415021) / SYNODIC_MONTH);
    long newMoon = newMoonDay(k);
    if (sunLongitudeSector(newMoon) >= 9) {
      newMoon = newMoonDay(k - 1);
    }
    return newMoon;
  }

  /** The leap month is the first month after the 11th in which the sun enters no new zodiac sector. */
  private int leapMonthOffset(long a11) {
    int k = (int) floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
    int i = 1;
    int arc = sunLongitudeSector(newMoonDay(k + i));
    int last;
    do {
      last = arc;
      i++;
      arc = sunLongitudeSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
  }

  private long newMoonDay(int k) {
    return (long) floor(newMoon(k) + 0.5 + zone / 24);
  }

  private int sunLongitudeSector(long julianDay) {
    return (int) floor(sunLongitude(julianDay - 0.5 - zone / 24) / PI * 6);
  }

  /** Julian date of the k-th new moon after 1/1/1900. */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = PI / 180;
    double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        + 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr) - 0.0004 * sin(dr * 3 * mpr)
        + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr)) - 0.0074 * sin(dr * (m - mpr))
        + 0.0004 * sin(dr * (2 * f + m)) - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m));
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd + c1 - deltaT;
  }

  /** The sun's apparent longitude in radians (0..2π) at a Julian date. */
  static double sunLongitude(double julianDate) {
    double t = (julianDate - 2451545.0) / 36525;
    double t2 = t * t;
    double dr = PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        + (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    return l - PI * 2 * floor(l / (PI * 2));
  }
}
