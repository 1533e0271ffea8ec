package dev.parallax.engine.column;

import java.util.Arrays;

/** 32-bit integers: integer columns, and date columns as days since 1970-01-01. */
public final class IntColumn extends Column {
  private int[] values;
  private IntegerWidth width = IntegerWidth.INT32;

  IntColumn(ColumnType type, int capacity) {
    super(type, capacity);
    this.values = new int[capacity];
  }

  /** How the column is typed in Arrow output; see {@link IntegerWidth}. */
  public IntegerWidth width() {
    return width;
  }

  public void setWidth(IntegerWidth width) {
    this.width = width;
  }

  /** The raw value at {@code row}; 0 when the row is null. */
  public int getInt(int row) {
    return values[row];
  }

  public void setInt(int row, int value) {
    values[row] = value;
    markValid(row);
  }

  /** The backing array, for tight loops that check validity themselves. */
  public int[] values() {
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
    values[row] = 0;
  }

  @Override
  public void copyRow(Column src, int from, int to) {
    if (src.isValid(from)) {
      setInt(to, ((IntColumn) src).values[from]);
    } else {
      setNull(to);
    }
  }

  @Override
  void copyValues(Column src, int from, int to, int count) {
    System.arraycopy(((IntColumn) src).values, from, values, to, count);
  }

  @Override
  void gatherValues(Column src, int[] ids, int n) {
    int[] in = ((IntColumn) src).values;
    for (int i = 0; i < n; i++) {
      values[i] = in[ids[i]];
    }
  }

  @Override
  void clearValues(int from, int count) {
    java.util.Arrays.fill(values, from, from + count, 0);
  }

  @Override
  public Object get(int row) {
    return isValid(row) ? values[row] : null;
  }

  @Override
  public long heapBytes() {
    return super.heapBytes() + 16L + values.length * 4L;
  }
}
