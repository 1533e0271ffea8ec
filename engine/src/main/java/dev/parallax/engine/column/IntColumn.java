package dev.parallax.engine.column;

import java.util.Arrays;

/**
 * Integers, and date columns as days since 1970-01-01. Values are held in an
 * {@code int[]} while every value fits 32 bits; the first value that does not
 * (an integer column only) moves the column to a {@code long[]} for good, so
 * that a column of small numbers keeps 4 bytes a row and 64-bit data stays exact.
 *
 * <p>Readers that may meet any integer read {@link #getLong}; tight loops check
 * {@link #isWide} once and take {@link #values()} or {@link #wideValues()}.
 */
public final class IntColumn extends Column {
  private int[] values;
  private long[] wide;
  private IntegerWidth width = IntegerWidth.INT32;

  IntColumn(ColumnType type, int capacity) {
    super(type, capacity);
    this.values = new int[capacity];
  }

  /** Whether {@code v} is held without widening a column. */
  public static boolean fitsInt(long v) {
    return v == (int) v;
  }

  /**
   * How the column is typed in Arrow output; see {@link IntegerWidth}. A column
   * that holds 64-bit values is at least {@link IntegerWidth#INT64}.
   */
  public IntegerWidth width() {
    return wide != null && width == IntegerWidth.INT32 ? IntegerWidth.INT64 : width;
  }

  public void setWidth(IntegerWidth width) {
    this.width = width;
  }

  /** Whether values are held in 64 bits ({@link #wideValues()}) rather than 32 ({@link #values()}). */
  public boolean isWide() {
    return wide != null;
  }

  /** The raw value at {@code row} of a column that is not {@link #isWide wide}; 0 when the row is null. */
  public int getInt(int row) {
    return values[row];
  }

  /** The raw value at {@code row}, whatever the storage; 0 when the row is null. */
  public long getLong(int row) {
    long[] w = wide;
    return w == null ? values[row] : w[row];
  }

  public void setInt(int row, int value) {
    if (wide == null) {
      values[row] = value;
    } else {
      wide[row] = value;
    }
    markValid(row);
  }

  /** Sets a value, moving the column to 64-bit storage first if it needs them. */
  public void setLong(int row, long value) {
    if (wide == null) {
      if (fitsInt(value)) {
        values[row] = (int) value;
        markValid(row);
        return;
      }
      widen();
    }
    wide[row] = value;
    markValid(row);
  }

  /** The 32-bit backing array, for tight loops that check validity themselves; null once wide. */
  public int[] values() {
    return values;
  }

  /** The 64-bit backing array, for tight loops that check validity themselves; null until wide. */
  public long[] wideValues() {
    return wide;
  }

  /** Moves the values to 64-bit storage (no-op when they are there already). */
  public void widen() {
    if (wide != null) {
      return;
    }
    if (type() != ColumnType.INTEGER) {
      throw new IllegalStateException(type() + " columns hold 32-bit values");
    }
    int[] narrow = values;
    long[] w = new long[narrow.length];
    for (int i = 0; i < narrow.length; i++) {
      w[i] = narrow[i];
    }
    wide = w;
    values = null;
  }

  @Override
  public int capacity() {
    return wide != null ? wide.length : values.length;
  }

  @Override
  void resize(int capacity) {
    if (wide != null) {
      wide = Arrays.copyOf(wide, capacity);
    } else {
      values = Arrays.copyOf(values, capacity);
    }
  }

  @Override
  void clearValue(int row) {
    if (wide != null) {
      wide[row] = 0L;
    } else {
      values[row] = 0;
    }
  }

  @Override
  public void copyRow(Column src, int from, int to) {
    if (!src.isValid(from)) {
      setNull(to);
      return;
    }
    IntColumn s = (IntColumn) src;
    if (s.wide == null && wide == null) {
      values[to] = s.values[from];
      markValid(to);
    } else {
      setLong(to, s.getLong(from));
    }
  }

  @Override
  void copyValues(Column src, int from, int to, int count) {
    IntColumn s = (IntColumn) src;
    if (s.wide != null) {
      widen();
      System.arraycopy(s.wide, from, wide, to, count);
    } else if (wide != null) {
      for (int i = 0; i < count; i++) {
        wide[to + i] = s.values[from + i];
      }
    } else {
      System.arraycopy(s.values, from, values, to, count);
    }
  }

  @Override
  void gatherValues(Column src, int[] ids, int n) {
    IntColumn s = (IntColumn) src;
    if (s.wide != null) {
      widen();
      long[] in = s.wide;
      for (int i = 0; i < n; i++) {
        wide[i] = in[ids[i]];
      }
    } else if (wide != null) {
      int[] in = s.values;
      for (int i = 0; i < n; i++) {
        wide[i] = in[ids[i]];
      }
    } else {
      int[] in = s.values;
      for (int i = 0; i < n; i++) {
        values[i] = in[ids[i]];
      }
    }
  }

  @Override
  void clearValues(int from, int count) {
    if (wide != null) {
      Arrays.fill(wide, from, from + count, 0L);
    } else {
      Arrays.fill(values, from, from + count, 0);
    }
  }

  @Override
  public Object get(int row) {
    if (!isValid(row)) {
      return null;
    }
    return wide != null ? (Object) wide[row] : (Object) values[row];
  }

  @Override
  public long heapBytes() {
    return super.heapBytes() + 16L + (wide != null ? wide.length * 8L : values.length * 4L);
  }
}
