package dev.parallax.engine.format;

import dev.parallax.engine.column.ColumnType;
import java.util.Set;

/**
 * How CSV text becomes typed values: the type a column of text infers to, and
 * whether one field reads as a given type. These are Perspective 5.5.1's rules
 * (it reads CSV with Apache Arrow's C++ reader and a few timestamp parsers of
 * its own), each checked against the running engine:
 *
 * <ul>
 *   <li><b>Null.</b> An empty field, or one of Arrow's null spellings
 *       ({@code NA}, {@code N/A}, {@code n/a}, {@code NULL}, {@code null},
 *       {@code NaN}, {@code nan}, {@code #N/A}, …), is null in every column that
 *       is not a string column. In a string column the text is kept: an empty
 *       field is {@code ""} and {@code "NULL"} is the string NULL. A column with
 *       nothing but nulls is a string column of nulls.
 *   <li><b>Inference.</b> A column takes the first of integer, boolean, date,
 *       time of day, datetime, float, string that reads every non-null field of
 *       the column. So {@code 0}/{@code 1} is integer, {@code true} with
 *       {@code 1} is boolean, {@code 1} with {@code 2.5} is float,
 *       {@code 2024-01-01} with {@code 2024-01-01 10:00:00} is datetime, and
 *       anything with {@code x} is string.
 *   <li><b>Integer.</b> Optional {@code -}, decimal digits (leading zeros
 *       allowed: {@code 007} is 7) or {@code 0x} and hex digits (not negative); spaces around
 *       are ignored; no {@code +} ({@code +5} reads as float). Values beyond
 *       32 bits stay integers (a 64-bit column, as in Perspective); past 64
 *       bits the column is float.
 *   <li><b>Boolean.</b> Exactly {@code true}, {@code True}, {@code TRUE},
 *       {@code false}, {@code False}, {@code FALSE}, {@code 1}, {@code 0}; no
 *       surrounding spaces.
 *   <li><b>Date.</b> Exactly {@code YYYY-MM-DD}, a real calendar day
 *       ({@code 2024-02-30} is a string); spaces around ignored.
 *       {@code 2024/01/01} is a string.
 *   <li><b>Time of day.</b> {@code hh:mm:ss} or {@code hh:mm} infers as an
 *       integer column of seconds since midnight (Perspective loads Arrow's
 *       time32 as integer).
 *   <li><b>Datetime</b> (milliseconds, UTC): {@code YYYY-MM-DD} followed by
 *       {@code T} or a space and {@code hh[:mm[:ss[.f…]]]}, optionally {@code Z}
 *       or an offset {@code ±hh[:mm]}; {@code MM/DD/YYYY}, {@code MM-DD-YYYY},
 *       {@code DD MM YYYY} (month and day may be one digit, the year one to four
 *       digits as C's strptime reads it: {@code 01/31/24} is in the year 24);
 *       no surrounding spaces;
 *       {@code MM/DD/YYYY, hh:mm:ss AM}. Fractions finer than a millisecond
 *       are truncated.
 *   <li><b>Float.</b> Decimal with optional sign, point and exponent
 *       ({@code .5}, {@code 5.}, {@code 1e3}, {@code +5}), or {@code inf} /
 *       {@code infinity} in any case; {@code 1.0} is float, not integer.
 *   <li><b>String</b> is the rest, kept exactly, spaces included.
 * </ul>
 *
 * <p>When an update gives a CSV to an existing table, each field must read as
 * the column's type by the same rules (a datetime column also takes an integer
 * of epoch milliseconds); {@code 1.5} into an integer column is an error, as it
 * is in Perspective.
 */
final class CsvTypes {
  /** Sentinel of {@link #parseLong} for text that is not an integer. */
  static final long NOT_INTEGER = Long.MIN_VALUE;
  private static final String LONG_MIN_TEXT = Long.toString(Long.MIN_VALUE);

  private static final Set<String> NULLS = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN",
      "-NaN", "-nan", "1.#IND", "1.#QNAN", "N/A", "NA", "NULL", "NaN", "n/a", "nan", "null");

  private CsvTypes() {
  }

  /**
   * What a column of fields infers to. Besides the six types this can be
   * {@link Inferred#TIME_OF_DAY} (an integer column read from times) and
   * {@link Inferred#ALL_NULL} (a string column of nulls).
   */
  enum Inferred {
    INTEGER(ColumnType.INTEGER), BOOLEAN(ColumnType.BOOLEAN), DATE(ColumnType.DATE),
    TIME_OF_DAY(ColumnType.INTEGER), DATETIME(ColumnType.DATETIME), FLOAT(ColumnType.FLOAT),
    STRING(ColumnType.STRING), ALL_NULL(ColumnType.STRING);

    final ColumnType type;

    Inferred(ColumnType type) {
      this.type = type;
    }
  }

  /** The kinds a column may infer to, most specific first. */
  private static final Inferred[] ORDER = {Inferred.INTEGER, Inferred.BOOLEAN, Inferred.DATE,
      Inferred.TIME_OF_DAY, Inferred.DATETIME, Inferred.FLOAT, Inferred.STRING};

  /**
   * Tries the kinds in order, each against the fields until one refuses it; the
   * next kind then starts again from the first field. A column is typically
   * settled on its first field, so most fields are read once.
   */
  static Inferred infer(String[] fields, int rows, DateText date) {
    int k = 0;
    boolean sawValue = false;
    for (int r = 0; r < rows; r++) {
      String f = fields[r];
      if (isNull(f)) {
        continue;
      }
      sawValue = true;
      if (!accepts(ORDER[k], f, date)) {
        k++;
        if (ORDER[k] == Inferred.STRING) {
          return Inferred.STRING;
        }
        r = -1;
      }
    }
    return sawValue ? ORDER[k] : Inferred.ALL_NULL;
  }

  private static boolean accepts(Inferred kind, String f, DateText date) {
    switch (kind) {
      case INTEGER:
        return isInteger(parseLong(f), f);
      case BOOLEAN:
        return parseBoolean(f) >= 0;
      case DATE:
        return parseDate(f, date) != Integer.MIN_VALUE;
      case TIME_OF_DAY:
        return parseTimeOfDay(f) >= 0;
      case DATETIME:
        return parseDateTime(f, date, false);
      case FLOAT:
        return !Double.isNaN(parseDouble(f));
      default:
        return true;
    }
  }

  /** Whether a field reads as null in a column that is not a string column. */
  static boolean isNull(String f) {
    return f.isEmpty() || (f.length() <= 8 && NULLS.contains(f));
  }

  /**
   * Whether {@code v}, what {@link #parseLong} read from {@code f}, is an integer:
   * {@link #NOT_INTEGER} is also the value of the one field {@code -9223372036854775808}.
   */
  static boolean isInteger(long v, String f) {
    return v != NOT_INTEGER || LONG_MIN_TEXT.equals(f.strip());
  }

  /** The integer a field spells, or {@link #NOT_INTEGER}. */
  static long parseLong(String f) {
    int start = 0;
    int end = f.length();
    while (start < end && isBlank(f.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(f.charAt(end - 1))) {
      end--;
    }
    boolean negative = start < end && f.charAt(start) == '-';
    if (negative) {
      start++;
    }
    if (start >= end) {
      return NOT_INTEGER;
    }
    if (end - start > 2 && f.charAt(start) == '0' && (f.charAt(start + 1) | 0x20) == 'x') {
      return negative ? NOT_INTEGER : parseHex(f, start + 2, end);
    }
    // Accumulated negative, so that Long.MIN_VALUE, one past -Long.MAX_VALUE, reads too.
    long v = 0;
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (!DateText.isDigit(c)) {
        return NOT_INTEGER;
      }
      int d = c - '0';
      if (v < (Long.MIN_VALUE + d) / 10) {
        return NOT_INTEGER;
      }
      v = v * 10 - d;
    }
    if (!negative && v == Long.MIN_VALUE) {
      return NOT_INTEGER;
    }
    return negative ? v : -v;
  }

  private static long parseHex(String f, int start, int end) {
    if (end - start > 15) {
      return NOT_INTEGER;
    }
    long v = 0;
    for (int i = start; i < end; i++) {
      int d = Character.digit(f.charAt(i), 16);
      if (d < 0) {
        return NOT_INTEGER;
      }
      v = (v << 4) | d;
    }
    return v;
  }

  /** The number a field spells as a float, or NaN when it does not. */
  static double parseDouble(String f) {
    String t = f.strip();
    int n = t.length();
    if (n == 0) {
      return Double.NaN;
    }
    int i = 0;
    if (t.charAt(0) == '+' || t.charAt(0) == '-') {
      i++;
    }
    int rest = n - i;
    if ((rest == 3 || rest == 8) && t.regionMatches(true, i, "infinity", 0, rest)) {
      return t.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    int digits = 0;
    while (i < n && DateText.isDigit(t.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && DateText.isDigit(t.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < n && (t.charAt(i) | 0x20) == 'e') {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int exp = i;
      while (i < n && DateText.isDigit(t.charAt(i))) {
        i++;
      }
      if (i == exp) {
        return Double.NaN;
      }
    }
    return i == n ? Double.parseDouble(t) : Double.NaN;
  }

  /** 1 for true, 0 for false, -1 when the field is not a boolean. */
  static int parseBoolean(String f) {
    switch (f) {
      case "true": case "True": case "TRUE": case "1":
        return 1;
      case "false": case "False": case "FALSE": case "0":
        return 0;
      default:
        return -1;
    }
  }

  /** Days since the epoch of a {@code YYYY-MM-DD} field, or {@code Integer.MIN_VALUE}. */
  static int parseDate(String f, DateText date) {
    String t = f.strip();
    if (t.length() != 10 || !date.parse(t) || !date.isoDigits || date.hasTime) {
      return Integer.MIN_VALUE;
    }
    return DateText.dayOf(date.epochMillis);
  }

  /** Seconds since midnight of an {@code hh:mm[:ss]} field, or -1. */
  static int parseTimeOfDay(String f) {
    String t = f.strip();
    int n = t.length();
    if ((n != 5 && n != 8) || t.charAt(2) != ':' || (n == 8 && t.charAt(5) != ':')) {
      return -1;
    }
    int h = twoDigits(t, 0);
    int m = twoDigits(t, 3);
    int s = n == 8 ? twoDigits(t, 6) : 0;
    if (h < 0 || m < 0 || s < 0 || h > 23 || m > 59 || s > 59) {
      return -1;
    }
    return (h * 60 + m) * 60 + s;
  }

  /**
   * Whether a field is a datetime by the rules above, leaving its milliseconds in
   * {@code date.epochMillis}; {@code epochAllowed} also takes an integer of epoch
   * milliseconds, as updates of a datetime column do.
   */
  static boolean parseDateTime(String t, DateText date, boolean epochAllowed) {
    if (epochAllowed) {
      long v = epochMillis(t);
      if (v != NOT_INTEGER) {
        date.epochMillis = v;
        return true;
      }
    }
    if (!date.parse(t)) {
      return false;
    }
    switch (date.layout) {
      case DateText.YMD_DASH:
        return date.isoDigits && date.separator != ',' && !date.hasMeridiem;
      case DateText.MDY_SLASH:
        return !date.hasTime || (date.separator == ',' && date.hasMeridiem && date.timeParts == 3
            && !date.hasFraction && !date.hasZone);
      case DateText.MDY_DASH:
      case DateText.DMY_SPACE:
        return !date.hasTime;
      default:
        return false;
    }
  }

  /**
   * Epoch milliseconds as Perspective reads them into a datetime column (C's
   * stoll to the end): optional leading blanks and sign, then decimal digits.
   */
  private static long epochMillis(String t) {
    String u = t.stripLeading();
    if (u.startsWith("+")) {
      u = u.substring(1);
    }
    if (u.isEmpty() || u.startsWith("0x") || u.startsWith("0X") || u.startsWith("-0x") || u.startsWith("-0X")
        || isBlank(u.charAt(u.length() - 1))) {
      return NOT_INTEGER;
    }
    return parseLong(u);
  }

  private static int twoDigits(String t, int at) {
    char a = t.charAt(at);
    char b = t.charAt(at + 1);
    return DateText.isDigit(a) && DateText.isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
