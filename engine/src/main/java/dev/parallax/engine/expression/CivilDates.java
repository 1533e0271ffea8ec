package dev.parallax.engine.expression;

/**
 * Proleptic Gregorian calendar arithmetic on days since 1970-01-01, without
 * allocating (java.time would create an object per row).
 */
final class CivilDates {
  static final long DAY_MS = 86_400_000L;

  private CivilDates() {}

  /** Days since the epoch of year {@code y}, month {@code m} (1-12), day {@code d}. */
  static long days(long y, int m, int d) {
    long yy = m <= 2 ? y - 1 : y;
    long era = Math.floorDiv(yy, 400);
    long yoe = yy - era * 400;
    int mp = (m + 9) % 12;
    long doy = (153L * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /** Year, month (1-12) and day of {@code days}, packed as {@code y * 10000 + m * 100 + d}. */
  static long ymd(long days) {
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return y * 10_000 + m * 100 + d;
  }

  static long year(long ymd) {
    return Math.floorDiv(ymd, 10_000);
  }

  static int month(long ymd) {
    return (int) (Math.floorMod(ymd, 10_000) / 100);
  }

  static int day(long ymd) {
    return (int) Math.floorMod(ymd, 100);
  }

  /** 0 for Sunday … 6 for Saturday. */
  static int weekday(long days) {
    return (int) Math.floorMod(days + 4, 7);
  }
}
