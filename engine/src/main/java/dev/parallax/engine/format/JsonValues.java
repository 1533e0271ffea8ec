package dev.parallax.engine.format;

import java.util.Arrays;

/**
 * The scalars of one JSON column as parsed, before their type is known: a kind
 * byte a row, numbers in a primitive array and strings only where there are
 * strings. Holding the column raw lets the whole column be seen before its type
 * is decided, without a boxed object per value.
 */
final class JsonValues {
  static final byte ABSENT = 0;
  static final byte NULL = 1;
  static final byte LONG = 2;
  static final byte DOUBLE = 3;
  static final byte TRUE = 4;
  static final byte FALSE = 5;
  static final byte STRING = 6;

  final String name;
  byte[] kinds = new byte[16];
  long[] numbers = new long[16];
  String[] strings;
  boolean anyAbsent;

  JsonValues(String name) {
    this.name = name;
  }

  private void ensure(int row) {
    if (row >= kinds.length) {
      int n = Math.max(row + 1, kinds.length * 2);
      kinds = Arrays.copyOf(kinds, n);
      numbers = Arrays.copyOf(numbers, n);
      if (strings != null) {
        strings = Arrays.copyOf(strings, n);
      }
    }
  }

  void setNull(int row) {
    ensure(row);
    kinds[row] = NULL;
  }

  void setLong(int row, long v) {
    ensure(row);
    kinds[row] = LONG;
    numbers[row] = v;
  }

  void setDouble(int row, double v) {
    ensure(row);
    kinds[row] = DOUBLE;
    numbers[row] = Double.doubleToRawLongBits(v);
  }

  void setBoolean(int row, boolean v) {
    ensure(row);
    kinds[row] = v ? TRUE : FALSE;
  }

  void setString(int row, String v) {
    ensure(row);
    if (strings == null) {
      strings = new String[kinds.length];
    }
    kinds[row] = STRING;
    strings[row] = v;
  }

  byte kind(int row) {
    return row < kinds.length ? kinds[row] : ABSENT;
  }

  long longAt(int row) {
    return numbers[row];
  }

  double doubleAt(int row) {
    return Double.longBitsToDouble(numbers[row]);
  }

  String stringAt(int row) {
    return strings[row];
  }

  /** The value at {@code row} as JSON would spell it, for error messages. */
  String describe(int row) {
    switch (kind(row)) {
      case LONG: return Long.toString(longAt(row));
      case DOUBLE: return Double.toString(doubleAt(row));
      case TRUE: return "true";
      case FALSE: return "false";
      case STRING: return '"' + stringAt(row) + '"';
      default: return "null";
    }
  }
}
