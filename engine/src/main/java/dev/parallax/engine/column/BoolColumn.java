package dev.parallax.engine.column;

import java.util.Arrays;

/** Booleans, one bit a row. */
public final class BoolColumn extends Column {
  private long[] bits;
  private int capacity;

  BoolColumn(int capacity) {
    super(ColumnType.BOOLEAN, capacity);
    this.bits = new long[words(capacity)];
    this.capacity = capacity;
  }

  /** The raw value at {@code row}; false when the row is null. */
  public boolean getBoolean(int row) {
    return (bits[row >>> 6] & (1L << row)) != 0;
  }

  public void setBoolean(int row, boolean value) {
    if (value) {
      bits[row >>> 6] |= 1L << row;
    } else {
      bits[row >>> 6] &= ~(1L << row);
    }
    markValid(row);
  }

  @Override
  public int capacity() {
    return capacity;
  }

  @Override
  void resize(int capacity) {
    bits = Arrays.copyOf(bits, words(capacity));
    this.capacity = capacity;
  }

  @Override
  void clearValue(int row) {
    bits[row >>> 6] &= ~(1L << row);
  }

  @Override
  public void copyRow(Column src, int from, int to) {
    if (src.isValid(from)) {
      setBoolean(to, ((BoolColumn) src).getBoolean(from));
    } else {
      setNull(to);
    }
  }

  @Override
  void copyValues(Column src, int from, int to, int count) {
    copyBits(((BoolColumn) src).bits, from, bits, to, count);
  }

  @Override
  void gatherValues(Column src, int[] ids, int n) {
    long[] in = ((BoolColumn) src).bits;
    for (int i = 0; i < n; i++) {
      setBit(bits, i, getBit(in, ids[i]));
    }
  }

  @Override
  void clearValues(int from, int count) {
    clearBits(bits, from, count);
  }

  @Override
  public Object get(int row) {
    return isValid(row) ? getBoolean(row) : null;
  }

  @Override
  public long heapBytes() {
    return super.heapBytes() + 16L + bits.length * 8L;
  }
}
