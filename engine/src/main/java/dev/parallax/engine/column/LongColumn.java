package dev.parallax.engine.column;

import java.util.Arrays;

/** 64-bit integers: datetime columns as milliseconds since the epoch, UTC. */
public final class LongColumn extends Column {
  private long[] values;

  LongColumn(ColumnType type, int capacity) {
    super(type, capacity);
    this.values = new long[capacity];
  }

  /** The raw value at {@code row}; 0 when the row is null. */
  public long getLong(int row) {
    return values[row];
  }

  public void setLong(int row, long value) {
    values[row] = value;
    markValid(row);
  }

  /** The backing array, for tight loops that check validity themselves. */
  public long[] values() {
    return values;
  }

  @Override
  public int capacity() {
    return values.length;
  }

  @Override
  void resize(int capacity) {
    values = Arrays.copyOf(values, capacity);
  }

  @Override
  void clearValue(int row) {
    values[row] = 0L;
  }

  @Override
  public void copyRow(Column src, int from, int to) {
    if (src.isValid(from)) {
      setLong(to, ((LongColumn) src).values[from]);
    } else {
      setNull(to);
    }
  }

  @Override
  void copyValues(Column src, int from, int to, int count) {
    System.arraycopy(((LongColumn) src).values, from, values, to, count);
  }

  @Override
  void gatherValues(Column src, int[] ids, int n) {
    long[] in = ((LongColumn) src).values;
    for (int i = 0; i < n; i++) {
      values[i] = in[ids[i]];
    }
  }

  @Override
  void clearValues(int from, int count) {
    java.util.Arrays.fill(values, from, from + count, 0L);
  }

  @Override
  public Object get(int row) {
    return isValid(row) ? values[row] : null;
  }

  @Override
  public long heapBytes() {
    return super.heapBytes() + 16L + values.length * 8L;
  }
}
