package dev.parallax.engine.output;

/**
 * Dates (days since 1970-01-01) and datetimes (epoch milliseconds), UTC, as ISO
 * text without allocating calendar objects: {@code 2024-01-15} and
 * {@code 2024-01-15 10:00:00.000}, the forms Perspective's CSV uses.
 */
final class CalendarText {
  static final long MILLIS_PER_DAY = 86_400_000L;

  private CalendarText() {
  }

  static void appendDate(StringBuilder out, int days) {
    // Civil-from-days over 400-year eras (proleptic Gregorian), as in java.time.
    long z = days + 719_468L;
    long era = Math.floorDiv(z, 146_097L);
    long doe = z - era * 146_097L;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) {
      y++;
    }
    pad(out, y, 4).append('-');
    pad(out, m, 2).append('-');
    pad(out, d, 2);
  }

  static void appendDatetime(StringBuilder out, long millis) {
    long days = Math.floorDiv(millis, MILLIS_PER_DAY);
    long ms = millis - days * MILLIS_PER_DAY;
    appendDate(out, (int) days);
    out.append(' ');
    pad(out, ms / 3_600_000L, 2).append(':');
    pad(out, ms / 60_000L % 60, 2).append(':');
    pad(out, ms / 1000L % 60, 2).append('.');
    pad(out, ms % 1000L, 3);
  }

  private static StringBuilder pad(StringBuilder out, long v, int width) {
    if (v < 0) {
      out.append('-');
      v = -v;
    }
    long limit = 1;
    for (int i = 1; i < width; i++) {
      limit *= 10;
    }
    for (long p = limit; p > 1 && v < p; p /= 10) {
      out.append('0');
    }
    return out.append(v);
  }
}
