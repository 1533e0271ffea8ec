package dev.parallax.engine.column;

import java.util.Arrays;

/** 64-bit floats: float columns. */
public final class DoubleColumn extends Column {
  private double[] values;

  DoubleColumn(int capacity) {
    super(ColumnType.FLOAT, capacity);
    this.values = new double[capacity];
  }

  /** The raw value at {@code row}; 0 when the row is null. */
  public double getDouble(int row) {
    return values[row];
  }

  public void setDouble(int row, double value) {
    values[row] = value;
    markValid(row);
  }

  /** The backing array, for tight loops that check validity themselves. */
  public double[] values() {
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
    values[row] = 0d;
  }

  @Override
  public void copyRow(Column src, int from, int to) {
    if (src.isValid(from)) {
      setDouble(to, ((DoubleColumn) src).values[from]);
    } else {
      setNull(to);
    }
  }

  @Override
  void copyValues(Column src, int from, int to, int count) {
    System.arraycopy(((DoubleColumn) src).values, from, values, to, count);
  }

  @Override
  void gatherValues(Column src, int[] ids, int n) {
    double[] in = ((DoubleColumn) src).values;
    for (int i = 0; i < n; i++) {
      values[i] = in[ids[i]];
    }
  }

  @Override
  void clearValues(int from, int count) {
    java.util.Arrays.fill(values, from, from + count, 0d);
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
