package vn.partracker.reminder;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed (never typed in per year): our own implementation
 * of Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"), new moons and solar terms
 * from Jean Meeus' formulas, at the meridian of UTC+7 that Vietnam has used since 1968.
 */
final class LunarCalendar {

  static final double VIETNAM_TIME_ZONE = 7.0;

  private LunarCalendar() {}

  /** The solar date of a lunar date; {@code leap} for the day of a leap (nhuận) month. */
  static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leap) {
    double tz = VIETNAM_TIME_ZONE;
    long a11;
    long b11;
    if (lunarMonth < 11) {
      a11 = lunarMonth11(lunarYear - 1, tz);
      b11 = lunarMonth11(lunarYear, tz);
    } else {
      a11 = lunarMonth11(lunarYear, tz);
      b11 = lunarMonth11(lunarYear + 1, tz);
    }
    long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
    int off = lunarMonth - 11;
    if (off < 0) {
      off += 12;
    }
    if (b11 - a11 > 365) {
      int leapOff = leapMonthOffset(a11, tz);
      int leapMonth = leapOff - 2;
      if (leapMonth < 0) {
        leapMonth += 12;
      }
      if (leap && lunarMonth != leapMonth) {
        throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng " + lunarMonth + " nhuận");
      } else if (leap || off >= leapOff) {
        off += 1;
      }
    } else if (leap) {
      throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng nhuận");
    }
    long monthStart = newMoonDay(k + off, tz);
    return fromJulianDay(monthStart + lunarDay - 1);
  }

  /** Lunar New Year's Day (mùng 1 Tết) of a year. */
  static LocalDate lunarNewYear(int year) {
    return toSolar(1, 1, year, false);
  }

  static long julianDay(LocalDate date) {
    return date.toEpochDay() + 2440588L;
  }

  static LocalDate fromJulianDay(long jd) {
    return LocalDate.ofEpochDay(jd - 2440588L);
  }

  /** The day (Julian day number, local to the zone) of the k-th new moon after 1900-01-01. */
  static long newMoonDay(long k, double timeZone) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT;
    if (t < -11) {
      deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    double jdNew = jd1 + c1 - deltaT;
    return (long) Math.floor(jdNew + 0.5 + timeZone / 24);
  }

  /** The sun's longitude at the start of a local day, as one of 12 sectors of 30°. */
  static int sunLongitudeSector(long jdn, double timeZone) {
    double t = (jdn - 2451545.5 - timeZone / 24) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    return (int) Math.floor(l / Math.PI * 6);
  }

  /** The first day of the 11th lunar month (the one holding the winter solstice) of a year. */
  static long lunarMonth11(int year, double timeZone) {
    long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
    long k = (long) Math.floor(off / 29.530588853);
    long nm = newMoonDay(k, timeZone);
    if (sunLongitudeSector(nm, timeZone) >= 9) {
      nm = newMoonDay(k - 1, timeZone);
    }
    return nm;
  }

  /** Which month after month 11 is the leap month (the first without a major solar term). */
  static int leapMonthOffset(long a11, double timeZone) {
    long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
    int i = 1;
    int arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
    int last;
    do {
      last = arc;
      i++;
      arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
  }
}
