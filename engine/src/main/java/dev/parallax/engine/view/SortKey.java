package dev.parallax.engine.view;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;

/**
 * One sort key, encoded per row as a long whose unsigned order is the sort
 * order: null is 0, the smallest (first ascending, last descending, as
 * Perspective 5.5.1 orders a table made from data), and a descending key is the
 * complement of the ascending one. The radix sort and the row comparator both
 * read these codes, so bulk sorts and delta merges always agree.
 */
abstract class SortKey {
  private final long flip;

  SortKey(boolean descending) {
    this.flip = descending ? -1L : 0L;
  }

  /** The row's code. */
  final long key(int row) {
    return encode(row) ^ flip;
  }

  /** Fills {@code out[i]} with the code of {@code rows[i]}, for {@code i < n}. */
  final void keys(int[] rows, int n, long[] out) {
    encodeAll(rows, n, out);
    if (flip != 0) {
      for (int i = 0; i < n; i++) {
        out[i] = ~out[i];
      }
    }
  }

  abstract long encode(int row);

  void encodeAll(int[] rows, int n, long[] out) {
    for (int i = 0; i < n; i++) {
      out[i] = encode(rows[i]);
    }
  }

  /**
   * The key of {@code column}. {@code abs} orders numbers by magnitude with null
   * smallest, booleans with null as false, and leaves strings unordered, as
   * Perspective 5.5.1 does; dates and datetimes ignore it.
   */
  /**
   * Where a null goes under an abs order, as Perspective 5.5.1 orders it: with 0
   * ascending (ties in natural order), and last descending, like any null.
   */
  static long absNullKey(boolean descending, long zeroKey) {
    return descending ? 0L : zeroKey;
  }

  static SortKey of(Column column, boolean descending, boolean abs) {
    switch (column.type()) {
      case INTEGER:
      case DATE:
        return new IntKey((IntColumn) column, descending, abs && column.type().isNumeric());
      case DATETIME:
        return new LongKey((LongColumn) column, descending);
      case FLOAT:
        return new DoubleKey((DoubleColumn) column, descending, abs);
      case BOOLEAN:
        return new BoolKey((BoolColumn) column, descending, abs);
      case STRING:
        return abs ? new ConstantKey() : new StringKey((StringColumn) column, descending);
      default:
        throw new AssertionError(column.type());
    }
  }

  private static final class IntKey extends SortKey {
    private final IntColumn column;
    private final boolean abs;
    private final long absNull;

    IntKey(IntColumn column, boolean descending, boolean abs) {
      super(descending);
      this.absNull = absNullKey(descending, 1L);
      this.column = column;
      this.abs = abs;
    }

    /*
     * Codes are computed afresh on every read, so they only need to agree among
     * the rows of one read: 32-bit values are shifted above null's 0 (their high
     * digits stay constant, which the radix sort skips); 64-bit values get the
     * sign bit flipped, Long.MIN_VALUE then tying with MIN_VALUE + 1 rather than
     * with null. Under abs the magnitude, read unsigned, plus one fits either way.
     */
    @Override
    long encode(int row) {
      if (!column.isValid(row)) {
        return abs ? absNull : 0L;
      }
      long v = column.getLong(row);
      return abs ? Math.abs(v) + 1 : column.isWide() ? wide(v) : v - Integer.MIN_VALUE + 1;
    }

    private static long wide(long v) {
      long k = v ^ Long.MIN_VALUE;
      return k == 0L ? 1L : k;
    }

    @Override
    void encodeAll(int[] rows, int n, long[] out) {
      long[] w = column.wideValues();
      if (w != null) {
        for (int i = 0; i < n; i++) {
          int r = rows[i];
          long x = w[r];
          out[i] = !column.isValid(r) ? (abs ? absNull : 0L) : abs ? Math.abs(x) + 1 : wide(x);
        }
        return;
      }
      int[] v = column.values();
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        long x = v[r];
        out[i] = !column.isValid(r) ? (abs ? absNull : 0L) : abs ? Math.abs(x) + 1 : x - Integer.MIN_VALUE + 1;
      }
    }
  }

  private static final class LongKey extends SortKey {
    private final LongColumn column;

    LongKey(LongColumn column, boolean descending) {
      super(descending);
      this.column = column;
    }

    @Override
    long encode(int row) {
      // Flipping the sign bit gives unsigned order; only Long.MIN_VALUE, no real
      // datetime, would collide with null's 0.
      return column.isNull(row) ? 0L : column.getLong(row) ^ Long.MIN_VALUE;
    }

    @Override
    void encodeAll(int[] rows, int n, long[] out) {
      long[] v = column.values();
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        out[i] = column.isValid(r) ? v[r] ^ Long.MIN_VALUE : 0L;
      }
    }
  }

  private static final class DoubleKey extends SortKey {
    private final DoubleColumn column;
    private final boolean abs;
    private final long absNull;

    DoubleKey(DoubleColumn column, boolean descending, boolean abs) {
      super(descending);
      this.absNull = absNullKey(descending, bits(0d, true));
      this.column = column;
      this.abs = abs;
    }

    @Override
    long encode(int row) {
      return column.isValid(row) ? bits(column.getDouble(row), abs) : abs ? absNull : 0L;
    }

    @Override
    void encodeAll(int[] rows, int n, long[] out) {
      double[] v = column.values();
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        out[i] = column.isValid(r) ? bits(v[r], abs) : abs ? absNull : 0L;
      }
    }

    /**
     * IEEE bits made unsigned-sortable: negative numbers have every bit flipped,
     * others only the sign bit. -0.0 counts as 0.0 and NaN as one value above
     * +inf; no double maps to 0, which is null's.
     */
    private static long bits(double d, boolean abs) {
      if (abs) {
        d = Math.abs(d);
      }
      long b = Double.doubleToLongBits(d + 0.0);
      return b ^ ((b >> 63) | Long.MIN_VALUE);
    }
  }

  private static final class BoolKey extends SortKey {
    private final BoolColumn column;
    private final boolean abs;

    BoolKey(BoolColumn column, boolean descending, boolean abs) {
      super(descending);
      this.column = column;
      this.abs = abs;
    }

    @Override
    long encode(int row) {
      // A null row reads false, which under abs is what it counts as.
      return !abs && column.isNull(row) ? 0L : column.getBoolean(row) ? 2L : 1L;
    }
  }

  /** A key on which every row ties. */
  private static final class ConstantKey extends SortKey {
    ConstantKey() {
      super(false);
    }

    @Override
    long encode(int row) {
      return 0L;
    }
  }

  private static final class StringKey extends SortKey {
    private final StringColumn column;

    StringKey(StringColumn column, boolean descending) {
      super(descending);
      this.column = column;
    }

    @Override
    long encode(int row) {
      return column.isNull(row) ? 0L : column.dictionary().ranks()[column.getCode(row)] + 1L;
    }

    @Override
    void encodeAll(int[] rows, int n, long[] out) {
      int[] ranks = column.dictionary().ranks();
      int[] codes = column.codes();
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        out[i] = column.isValid(r) ? ranks[codes[r]] + 1L : 0L;
      }
    }
  }
}
