package dev.parallax.engine.column;

import java.util.Arrays;

/**
 * One column of values in plain Java arrays, addressed by row id, with a validity
 * bitmap: a row whose bit is clear is null. Storage grows on demand and never
 * shrinks; rows past {@link #capacity()} read as null.
 *
 * <p>Columns are not thread-safe: a table and its columns belong to one thread at
 * a time (a table verticle, or the caller of the engine).
 */
public abstract class Column {
  private final ColumnType type;
  private long[] validity;

  Column(ColumnType type, int capacity) {
    this.type = type;
    this.validity = new long[words(capacity)];
  }

  /** A new column of {@code type} with room for {@code capacity} rows, all null. */
  public static Column create(ColumnType type, int capacity) {
    switch (type) {
      case INTEGER:
      case DATE:
        return new IntColumn(type, capacity);
      case DATETIME:
        return new LongColumn(type, capacity);
      case FLOAT:
        return new DoubleColumn(capacity);
      case BOOLEAN:
        return new BoolColumn(capacity);
      case STRING:
        return new StringColumn(new Dictionary(), capacity);
      default:
        throw new AssertionError(type);
    }
  }

  public final ColumnType type() {
    return type;
  }

  /** How many rows fit without growing. */
  public abstract int capacity();

  /** Grows storage, preserving values, so that rows below {@code rows} fit. */
  public final void ensureCapacity(int rows) {
    int cap = capacity();
    if (rows > cap) {
      // 1.5x growth keeps the slack of a large table bounded.
      int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) rows, cap + (cap >> 1) + 16L));
      resize(grown);
      if (words(grown) > validity.length) {
        validity = Arrays.copyOf(validity, words(grown));
      }
    }
  }

  abstract void resize(int capacity);

  public final boolean isValid(int row) {
    int w = row >>> 6;
    return w < validity.length && (validity[w] & (1L << row)) != 0;
  }

  public final boolean isNull(int row) {
    return !isValid(row);
  }

  public final void setNull(int row) {
    validity[row >>> 6] &= ~(1L << row);
    clearValue(row);
  }

  final void markValid(int row) {
    validity[row >>> 6] |= 1L << row;
  }

  /** Resets a null row's payload so that stale values never leak into aggregates. */
  abstract void clearValue(int row);

  /**
   * Copies row {@code from} of {@code src}, a column of the same type, into row
   * {@code to} of this one. String columns must share a dictionary; use
   * {@link StringColumn#copyRemapped} otherwise.
   */
  public abstract void copyRow(Column src, int from, int to);

  /**
   * Copies rows {@code from..from+count-1} of {@code src}, a column of the same
   * type (string columns: the same dictionary), to rows {@code to..}: values
   * and validity in bulk, for loads that write a run of fresh rows.
   */
  public final void copyRange(Column src, int from, int to, int count) {
    copyValues(src, from, to, count);
    copyBits(src.validity, from, validity, to, count);
  }

  abstract void copyValues(Column src, int from, int to, int count);

  /**
   * Sets rows {@code 0..n-1} to rows {@code ids[0..n-1]} of {@code src}, a column
   * of the same type (string columns: the same dictionary): one typed loop, for
   * snapshots of the rows a batch is about to overwrite.
   */
  public final void gather(Column src, int[] ids, int n) {
    gatherValues(src, ids, n);
    long[] in = src.validity;
    for (int i = 0; i < n; i++) {
      setBit(validity, i, getBit(in, ids[i]));
    }
  }

  abstract void gatherValues(Column src, int[] ids, int n);

  /** Sets rows {@code from..from+count-1} null. */
  public final void clearRange(int from, int count) {
    clearBits(validity, from, count);
    clearValues(from, count);
  }

  abstract void clearValues(int from, int count);

  final void copyValidity(Column src, int from, int to, int count) {
    copyBits(src.validity, from, validity, to, count);
  }

  /** Copies {@code count} bits; whole words at a time when both runs start on a word. */
  static void copyBits(long[] src, int from, long[] dst, int to, int count) {
    if ((from & 63) == 0 && (to & 63) == 0) {
      int words = count >>> 6;
      System.arraycopy(src, from >>> 6, dst, to >>> 6, words);
      for (int i = words << 6; i < count; i++) {
        setBit(dst, to + i, getBit(src, from + i));
      }
    } else {
      for (int i = 0; i < count; i++) {
        setBit(dst, to + i, getBit(src, from + i));
      }
    }
  }

  static void setBits(long[] bits, int from, int count) {
    for (int i = 0; i < count; i++) {
      setBit(bits, from + i, true);
    }
  }

  static void clearBits(long[] bits, int from, int count) {
    int i = 0;
    while (i < count && ((from + i) & 63) != 0) {
      setBit(bits, from + i++, false);
    }
    int words = (count - i) >>> 6;
    java.util.Arrays.fill(bits, (from + i) >>> 6, ((from + i) >>> 6) + words, 0L);
    for (i += words << 6; i < count; i++) {
      setBit(bits, from + i, false);
    }
  }

  static boolean getBit(long[] bits, int i) {
    int w = i >>> 6;
    return w < bits.length && (bits[w] & (1L << i)) != 0;
  }

  static void setBit(long[] bits, int i, boolean on) {
    if (on) {
      bits[i >>> 6] |= 1L << i;
    } else {
      bits[i >>> 6] &= ~(1L << i);
    }
  }

  /** The value at {@code row} boxed, or null: for tests and slow paths, never per row in a loop. */
  public abstract Object get(int row);

  /** Sets every row below {@code rows} null. */
  public final void clear(int rows) {
    Arrays.fill(validity, 0, Math.min(validity.length, words(rows)), 0L);
  }

  /** Bytes held on the heap by this column's arrays. */
  public long heapBytes() {
    return 16L + validity.length * 8L;
  }

  static int words(int rows) {
    return (rows + 63) >>> 6;
  }
}
