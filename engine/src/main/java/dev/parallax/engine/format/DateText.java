package dev.parallax.engine.format;

/**
 * Reads one date or date-time written as text, recording which layout it used so
 * that each input format can apply its own acceptance rules (CSV and JSON infer
 * differently from the same strings). All times are UTC; a zone offset, when
 * given, is applied.
 *
 * <p>Layouts: {@code Y-M-D}, {@code Y/M/D}, {@code Y M D} (year four digits),
 * {@code M-D-Y}, {@code M/D/Y}, {@code D M Y} (year one to four digits, as C's
 * strptime reads {@code %Y}: {@code 01/31/24} is in the year 24); month and day
 * one or two digits;
 * optionally followed by {@code T}, a space, or {@code ", "} and a time
 * {@code hh[:mm[:ss[.fraction]]]}, an optional {@code AM}/{@code PM} and an
 * optional zone {@code Z}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm}.
 * Fractions beyond milliseconds are truncated.
 *
 * <p>One instance is reused across the values of a column: {@link #parse} fills
 * its fields rather than allocating.
 */
final class DateText {
  static final int YMD_DASH = 1;
  static final int YMD_SLASH = 2;
  static final int YMD_SPACE = 3;
  static final int MDY_DASH = 4;
  static final int MDY_SLASH = 5;
  static final int DMY_SPACE = 6;

  static final long MS_PER_DAY = 86_400_000L;

  /** The layout of the date part, one of the constants above. */
  int layout;
  /** Whether the date part was strictly {@code YYYY-MM-DD} (two-digit month and day). */
  boolean isoDigits;
  boolean hasTime;
  /** Which time parts were given: 1 hours, 2 minutes, 3 seconds. */
  int timeParts;
  boolean hasFraction;
  boolean hasZone;
  boolean hasMeridiem;
  /** The separator between date and time: 'T', ' ' or ','. */
  char separator;
  int hour;
  int minute;
  int second;
  long epochMillis;

  private String s;
  private int pos;

  /** Parses {@code text} whole; false when it is not a date or date-time in a known layout. */
  boolean parse(String text) {
    s = text;
    pos = 0;
    hasTime = false;
    hasFraction = false;
    hasZone = false;
    hasMeridiem = false;
    fractionMillis = 0;
    zoneMinutes = 0;
    timeParts = 0;
    separator = 0;
    hour = 0;
    minute = 0;
    second = 0;
    int n = s.length();
    if (n < 5 || n > 40) {
      return false;
    }
    int year;
    int month;
    int day;
    int a = digits(1, 4);
    if (a < 0) {
      return false;
    }
    int aLen = pos;
    if (pos >= n) {
      return false;
    }
    char sep = s.charAt(pos++);
    if (sep != '-' && sep != '/' && sep != ' ') {
      return false;
    }
    int bStart = pos;
    int b = digits(1, 2);
    int bLen = pos - bStart;
    if (b < 0 || pos >= n || s.charAt(pos++) != sep) {
      return false;
    }
    int cStart = pos;
    int c = digits(1, 4);
    int cLen = pos - cStart;
    if (c < 0) {
      return false;
    }
    if (aLen == 4) {
      if (cLen > 2) {
        return false;
      }
      year = a;
      month = b;
      day = c;
      layout = sep == '-' ? YMD_DASH : sep == '/' ? YMD_SLASH : YMD_SPACE;
      isoDigits = sep == '-' && bLen == 2 && cLen == 2;
    } else if (aLen <= 2) {
      year = c;
      if (sep == ' ') {
        day = a;
        month = b;
        layout = DMY_SPACE;
      } else {
        month = a;
        day = b;
        layout = sep == '-' ? MDY_DASH : MDY_SLASH;
      }
      isoDigits = false;
    } else {
      return false;
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return false;
    }
    long days = epochDay(year, month, day);
    if (pos < n && !parseTime(n)) {
      return false;
    }
    epochMillis = days * MS_PER_DAY + ((hour * 60L + minute) * 60L + second) * 1000L + fractionMillis
        - zoneMinutes * 60_000L;
    return true;
  }

  private int fractionMillis;
  private int zoneMinutes;

  private boolean parseTime(int n) {
    char sep = s.charAt(pos);
    if (sep == ',' && pos + 1 < n && s.charAt(pos + 1) == ' ') {
      pos += 2;
    } else if (sep == 'T' || sep == ' ') {
      pos++;
    } else {
      return false;
    }
    separator = sep;
    hasTime = true;
    // After ", " the time is strptime's %I:%M:%S, whose fields may be one digit.
    boolean loose = sep == ',';
    if (!timeField(loose)) {
      return false;
    }
    hour = value;
    timeParts = 1;
    if (pos < n && s.charAt(pos) == ':') {
      pos++;
      if (!timeField(loose)) {
        return false;
      }
      minute = value;
      timeParts = 2;
      if (pos < n && s.charAt(pos) == ':') {
        pos++;
        if (!timeField(loose)) {
          return false;
        }
        second = value;
        timeParts = 3;
        if (pos < n && s.charAt(pos) == '.') {
          pos++;
          int start = pos;
          int ms = 0;
          while (pos < n && isDigit(s.charAt(pos))) {
            if (pos - start < 3) {
              ms = ms * 10 + (s.charAt(pos) - '0');
            }
            pos++;
          }
          int len = pos - start;
          if (len == 0 || len > 9) {
            return false;
          }
          for (int i = len; i < 3; i++) {
            ms *= 10;
          }
          fractionMillis = ms;
          hasFraction = true;
        }
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return false;
    }
    if (pos + 3 == n && s.charAt(pos) == ' ' && isMeridiem(s.charAt(pos + 1), s.charAt(pos + 2))) {
      if (hour < 1 || hour > 12) {
        return false;
      }
      boolean pm = Character.toUpperCase(s.charAt(pos + 1)) == 'P';
      hour = hour % 12 + (pm ? 12 : 0);
      hasMeridiem = true;
      pos = n;
    }
    if (pos < n) {
      char z = s.charAt(pos);
      if (z == 'Z' && pos + 1 == n) {
        hasZone = true;
        pos++;
      } else if (z == '+' || z == '-') {
        pos++;
        if (!twoDigits()) {
          return false;
        }
        int zh = value;
        int zm = 0;
        if (pos < n && s.charAt(pos) == ':') {
          pos++;
        }
        if (pos < n) {
          if (!twoDigits()) {
            return false;
          }
          zm = value;
        }
        if (zh > 23 || zm > 59) {
          return false;
        }
        zoneMinutes = (zh * 60 + zm) * (z == '-' ? -1 : 1);
        hasZone = true;
      }
    }
    return pos == n;
  }

  private int value;

  private boolean timeField(boolean loose) {
    if (!loose) {
      return twoDigits();
    }
    int v = digits(1, 2);
    if (v < 0) {
      return false;
    }
    value = v;
    return true;
  }

  private boolean twoDigits() {
    if (pos + 2 > s.length() || !isDigit(s.charAt(pos)) || !isDigit(s.charAt(pos + 1))) {
      return false;
    }
    value = (s.charAt(pos) - '0') * 10 + (s.charAt(pos + 1) - '0');
    pos += 2;
    return true;
  }

  private int digits(int min, int max) {
    int start = pos;
    int v = 0;
    while (pos < s.length() && pos - start < max && isDigit(s.charAt(pos))) {
      v = v * 10 + (s.charAt(pos++) - '0');
    }
    return pos - start >= min ? v : -1;
  }

  private static boolean isMeridiem(char a, char m) {
    char u = Character.toUpperCase(a);
    return (u == 'A' || u == 'P') && Character.toUpperCase(m) == 'M';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4: case 6: case 9: case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a valid proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  /** The day, counted from 1970-01-01, on which an instant falls in UTC. */
  static int dayOf(long epochMillis) {
    return (int) Math.floorDiv(epochMillis, MS_PER_DAY);
  }
}
