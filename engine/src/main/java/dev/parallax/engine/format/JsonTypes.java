package dev.parallax.engine.format;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;

/**
 * The type of a JSON column and the coercion of its values, by Perspective
 * 5.5.1's rules as observed on the running engine:
 *
 * <ul>
 *   <li><b>Inference</b> starts from the first non-null value of the column and
 *       widens as later values require; a column of only nulls is a string
 *       column.
 *   <li>A number without fraction or exponent in 32-bit range is integer;
 *       {@code 1.0}, {@code 1.5}, {@code 1e3} and integers beyond 32 bits are
 *       float. (Perspective wraps integers below -2^31 into the 32-bit range; we
 *       make them float, as it does above 2^31-1.)
 *   <li>{@code true}/{@code false} are boolean, and so are the strings
 *       {@code "true"}/{@code "false"} in any case.
 *   <li>A string spelling a whole number ({@code "12"}, {@code " 7"},
 *       {@code "007"}) is integer, one spelling a decimal ({@code "1.5"},
 *       {@code "1e3"}, {@code "NaN"}, and, as C's strtof reads
 *       it, {@code "0x1F"}) is float.
 *   <li>A string in a date layout ({@code 2024-01-01}, {@code 2024/01/01},
 *       {@code 01/02/2024}, {@code 01-02-2024}, {@code 2024 01 02}, optionally
 *       with a time {@code [T ]hh[:mm[:ss[.fff]]][Z]}; leading blanks allowed;
 *       {@code 01/31/24} is in the year 24) is a date when its time
 *       is midnight and a datetime otherwise; one Perspective reads only as a
 *       timestamp (an offset such as {@code +02:00}, {@code 02 01 2024},
 *       {@code 01/02/2024, 10:00:00 AM}) is datetime. Other strings, the empty
 *       string included, are strings.
 *   <li><b>Widening:</b> integer becomes float on a float value, and string on
 *       a non-numeric string; float becomes string on a non-numeric string
 *       (Perspective writes 0 there); anything becomes string when the column
 *       is string. A date column takes later datetimes in the date layouts as
 *       their day. A boolean
 *       joining a number column, a string joining a boolean, date or datetime
 *       column, or a fractional number joining a boolean or date column is an
 *       error, as in Perspective.
 *   <li><b>Coercion into a table's type</b> (updates, keys): integer takes
 *       any 64-bit integer exactly (Perspective wraps values beyond 32 bits into
 *       the 32-bit range, whatever the column's width), truncates fractions
 *       ({@code 1.7} is 1) and reads numeric strings; float takes numbers and numeric strings; boolean takes
 *       booleans, {@code "true"}/{@code "false"} in any case and integers
 *       (non-zero is true); string takes any scalar as its text; date and
 *       datetime take epoch milliseconds or date text (a date column only the
 *       date layouts, keeping the day of a time given with them). The empty
 *       string is null in integer and float columns (Perspective writes 0 in a
 *       float column) and an error in boolean, date and datetime columns.
 *       Anything else is an error naming column, row and value.
 *   <li>NaN is stored as null (Perspective shows it as null).
 * </ul>
 */
final class JsonTypes {
  private JsonTypes() {
  }

  static ColumnType infer(JsonValues v, int rows, DateText date) {
    ColumnType type = null;
    for (int r = 0; r < rows; r++) {
      byte k = v.kind(r);
      if (k == JsonValues.ABSENT || k == JsonValues.NULL) {
        continue;
      }
      type = type == null ? initial(v, r, date) : widen(type, v, r, date);
    }
    return type == null ? ColumnType.STRING : type;
  }

  private static ColumnType initial(JsonValues v, int r, DateText date) {
    switch (v.kind(r)) {
      case JsonValues.LONG:
        return fitsInt(v.longAt(r)) ? ColumnType.INTEGER : ColumnType.FLOAT;
      case JsonValues.DOUBLE:
        return ColumnType.FLOAT;
      case JsonValues.TRUE:
      case JsonValues.FALSE:
        return ColumnType.BOOLEAN;
      default:
        return ofString(v.stringAt(r), date);
    }
  }

  private static ColumnType ofString(String s, DateText date) {
    if (s.isEmpty()) {
      return ColumnType.STRING;
    }
    if (booleanOf(s) >= 0) {
      return ColumnType.BOOLEAN;
    }
    long l = longOf(s);
    if (l != CsvTypes.NOT_INTEGER) {
      return fitsInt(l) ? ColumnType.INTEGER : ColumnType.FLOAT;
    }
    if (isDecimal(s)) {
      return ColumnType.FLOAT;
    }
    if (parseDateFamily(s, date)) {
      return date.hour == 0 && date.minute == 0 && date.second == 0 ? ColumnType.DATE : ColumnType.DATETIME;
    }
    return CsvTypes.parseDateTime(s, date, false) ? ColumnType.DATETIME : ColumnType.STRING;
  }

  private static ColumnType widen(ColumnType type, JsonValues v, int r, DateText date) {
    byte k = v.kind(r);
    switch (type) {
      case INTEGER:
        if (k == JsonValues.LONG) {
          return fitsInt(v.longAt(r)) ? type : ColumnType.FLOAT;
        }
        if (k == JsonValues.DOUBLE) {
          return ColumnType.FLOAT;
        }
        if (k == JsonValues.STRING) {
          ColumnType s = numericString(v.stringAt(r));
          return s == null ? ColumnType.STRING : s == ColumnType.INTEGER ? type : s;
        }
        throw mismatch(v, r, type);
      case FLOAT:
        if (k == JsonValues.LONG || k == JsonValues.DOUBLE) {
          return type;
        }
        if (k == JsonValues.STRING) {
          return numericString(v.stringAt(r)) == null ? ColumnType.STRING : type;
        }
        throw mismatch(v, r, type);
      case BOOLEAN:
        if (k == JsonValues.TRUE || k == JsonValues.FALSE || (k == JsonValues.LONG && fitsInt(v.longAt(r)))
            || (k == JsonValues.STRING && booleanOf(v.stringAt(r)) >= 0)) {
          return type;
        }
        throw mismatch(v, r, type);
      case DATE:
      case DATETIME:
        if (k == JsonValues.LONG || (k == JsonValues.DOUBLE && type == ColumnType.DATETIME)
            || (k == JsonValues.STRING && parseTemporal(v.stringAt(r), type, date))) {
          return type;
        }
        throw mismatch(v, r, type);
      default:
        return type;
    }
  }

  private static ParallaxException mismatch(JsonValues v, int r, ColumnType type) {
    return new ParallaxException("Column '" + v.name + "', row " + r + ": " + v.describe(r)
        + " does not fit a column of " + type + " values");
  }

  /**
   * The values as a column of {@code type}, by the coercion rules above: either
   * the type {@link #infer} found, or the type of the table being updated.
   */
  static Column convert(JsonValues v, int rows, ColumnType type, DateText date) {
    Column col = Column.create(type, rows);
    for (int r = 0; r < rows; r++) {
      byte k = v.kind(r);
      if (k == JsonValues.ABSENT || k == JsonValues.NULL) {
        continue;
      }
      if (k == JsonValues.STRING && v.stringAt(r).isEmpty() && type.isNumeric()) {
        continue;
      }
      if (!set(col, v, r, date)) {
        throw TableReader.badValue(v.name, r, v.describe(r), type);
      }
    }
    return col;
  }

  private static boolean set(Column col, JsonValues v, int r, DateText date) {
    byte k = v.kind(r);
    switch (col.type()) {
      case INTEGER: {
        if (k == JsonValues.LONG) {
          ((IntColumn) col).setLong(r, v.longAt(r));
          return true;
        }
        double d;
        if (k == JsonValues.DOUBLE) {
          d = v.doubleAt(r);
        } else if (k == JsonValues.STRING && numericString(v.stringAt(r)) != null) {
          long exact = longOf(v.stringAt(r));
          if (exact != CsvTypes.NOT_INTEGER) {
            ((IntColumn) col).setLong(r, exact);
            return true;
          }
          d = doubleOf(v.stringAt(r));
        } else {
          return false;
        }
        if (Double.isNaN(d)) {
          return true;
        }
        // Truncated toward zero; beyond the 64-bit range there is no integer to keep.
        if (!(d >= -0x1p63 && d < 0x1p63)) {
          return false;
        }
        ((IntColumn) col).setLong(r, (long) d);
        return true;
      }
      case FLOAT: {
        double d;
        if (k == JsonValues.LONG) {
          d = v.longAt(r);
        } else if (k == JsonValues.DOUBLE) {
          d = v.doubleAt(r);
        } else if (k == JsonValues.STRING && numericString(v.stringAt(r)) != null) {
          d = doubleOf(v.stringAt(r));
        } else {
          return false;
        }
        if (!Double.isNaN(d)) {
          ((DoubleColumn) col).setDouble(r, d);
        }
        return true;
      }
      case BOOLEAN: {
        int b = k == JsonValues.TRUE ? 1 : k == JsonValues.FALSE ? 0
            : k == JsonValues.LONG && fitsInt(v.longAt(r)) ? (v.longAt(r) != 0 ? 1 : 0)
            : k == JsonValues.STRING ? booleanOf(v.stringAt(r)) : -1;
        if (b < 0) {
          return false;
        }
        ((BoolColumn) col).setBoolean(r, b == 1);
        return true;
      }
      case DATE:
      case DATETIME: {
        long ms;
        if (k == JsonValues.LONG) {
          ms = v.longAt(r);
        } else if (k == JsonValues.DOUBLE && col.type() == ColumnType.DATETIME && Double.isFinite(v.doubleAt(r))) {
          ms = (long) v.doubleAt(r);
        } else if (k == JsonValues.STRING && parseTemporal(v.stringAt(r), col.type(), date)) {
          ms = date.epochMillis;
        } else {
          return false;
        }
        if (col.type() == ColumnType.DATE) {
          ((IntColumn) col).setInt(r, DateText.dayOf(ms));
        } else {
          ((LongColumn) col).setLong(r, ms);
        }
        return true;
      }
      default:
        ((StringColumn) col).setString(r, text(v, r));
        return true;
    }
  }

  private static String text(JsonValues v, int r) {
    switch (v.kind(r)) {
      case JsonValues.LONG:
        return Long.toString(v.longAt(r));
      case JsonValues.DOUBLE: {
        // Plain decimal, shortest that reads back: 1.5, 1000, 1706696430123.7.
        double d = v.doubleAt(r);
        return Double.isFinite(d) && Math.abs(d) < 1e21
            ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : Double.toString(d);
      }
      case JsonValues.TRUE:
        return "true";
      case JsonValues.FALSE:
        return "false";
      default:
        return v.stringAt(r);
    }
  }

  /** Integer or float for a string spelling a number, null otherwise. */
  private static ColumnType numericString(String s) {
    long l = longOf(s);
    if (l != CsvTypes.NOT_INTEGER) {
      return fitsInt(l) ? ColumnType.INTEGER : ColumnType.FLOAT;
    }
    return isDecimal(s) ? ColumnType.FLOAT : null;
  }

  private static boolean fitsInt(long v) {
    return v == (int) v;
  }

  /** 1, 0, or -1: {@code true}/{@code false} in any case, as Perspective compares them. */
  static int booleanOf(String s) {
    return s.equalsIgnoreCase("true") ? 1 : s.equalsIgnoreCase("false") ? 0 : -1;
  }

  /** A whole number with optional leading blanks and sign, as C's strtol reads it to the end. */
  static long longOf(String s) {
    String t = s.stripLeading();
    if (t.startsWith("+")) {
      t = t.substring(1);
    }
    if (t.isEmpty() || t.startsWith("-0x") || t.startsWith("0x") || t.startsWith("0X")) {
      return CsvTypes.NOT_INTEGER;
    }
    return CsvTypes.parseLong(t.equals(t.strip()) ? t : "x");
  }

  private static boolean isDecimal(String s) {
    String t = s.stripLeading();
    return !t.isEmpty() && t.equals(t.strip())
        && (!Double.isNaN(CsvTypes.parseDouble(t)) || isNaNText(t) || !Double.isNaN(hexOf(t)));
  }

  /** A hexadecimal integer such as {@code 0x1F}, which C's strtof reads as a float; NaN otherwise. */
  private static double hexOf(String t) {
    int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
    if (t.length() - i < 3 || t.length() - i > 17 || t.charAt(i) != '0' || (t.charAt(i + 1) | 0x20) != 'x') {
      return Double.NaN;
    }
    long v = 0;
    for (int j = i + 2; j < t.length(); j++) {
      int d = Character.digit(t.charAt(j), 16);
      if (d < 0) {
        return Double.NaN;
      }
      v = (v << 4) | d;
    }
    double d = v < 0 ? (double) (v >>> 1) * 2.0 : (double) v;
    return t.charAt(0) == '-' ? -d : d;
  }

  private static boolean isNaNText(String t) {
    String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
    return u.equalsIgnoreCase("nan");
  }

  private static double doubleOf(String s) {
    String t = s.strip();
    if (isNaNText(t)) {
      return Double.NaN;
    }
    double d = CsvTypes.parseDouble(t);
    return Double.isNaN(d) ? hexOf(t) : d;
  }

  /**
   * Whether {@code s} is in one of the date layouts Perspective's JSON reader
   * tries first, with an optional time but no zone offset.
   */
  private static boolean parseDateFamily(String s, DateText date) {
    if (!date.parse(s.stripLeading()) || date.layout == DateText.DMY_SPACE || date.hasMeridiem) {
      return false;
    }
    if (!date.hasTime) {
      return true;
    }
    boolean yearFirst = date.layout == DateText.YMD_DASH || date.layout == DateText.YMD_SLASH;
    boolean zoneOk = !date.hasZone || s.endsWith("Z");
    return zoneOk && date.layout != DateText.YMD_SPACE
        && (date.separator == ' ' || (date.separator == 'T' && yearFirst));
  }

  /**
   * Whether {@code s} reads as a value of a date or datetime column, leaving its
   * instant in {@code date}. A date column takes only the date layouts (with an
   * optional time, whose day it keeps); a datetime column also takes the
   * timestamp layouts, as Perspective's JSON reader does.
   */
  private static boolean parseTemporal(String s, ColumnType type, DateText date) {
    return parseDateFamily(s, date) || (type == ColumnType.DATETIME && CsvTypes.parseDateTime(s, date, false));
  }
}
