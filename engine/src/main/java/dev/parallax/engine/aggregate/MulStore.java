package dev.parallax.engine.aggregate;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import java.util.Arrays;

/**
 * "mul": the product of the group's values, in the input's type. Perspective 5.5.1
 * multiplies a null as 0, so a group holding a null and a value gives 0, while a
 * group of only nulls gives null. Integer products wrap at 64 bits. (5.5.1 shows
 * a single negative integer at a leaf as its 32-bit unsigned wrap; we give the
 * value.) Not invertible: a zero cannot be divided back out.
 */
final class MulStore extends AggregateStore {
  private final boolean exact;
  private long[] nonNull;
  private long[] longProduct;
  private double[] doubleProduct;

  MulStore(AggregateSpec spec, int groups) {
    super(spec, groups);
    this.exact = spec.valueType() == ColumnType.INTEGER;
    this.nonNull = new long[groups];
    if (exact) {
      longProduct = new long[groups];
      Arrays.fill(longProduct, 1);
    } else {
      doubleProduct = new double[groups];
      Arrays.fill(doubleProduct, 1);
    }
  }

  @Override
  void grow(int groups) {
    int old = nonNull.length;
    nonNull = Arrays.copyOf(nonNull, groups);
    if (exact) {
      longProduct = Arrays.copyOf(longProduct, groups);
      Arrays.fill(longProduct, old, groups, 1);
    } else {
      doubleProduct = Arrays.copyOf(doubleProduct, groups);
      Arrays.fill(doubleProduct, old, groups, 1);
    }
  }

  @Override
  public void add(AggregateSource src, int group, int row) {
    rows[group]++;
    Column c = src.value;
    if (c.isValid(row)) {
      nonNull[group]++;
      if (exact) {
        longProduct[group] *= ((IntColumn) c).getLong(row);
      } else {
        doubleProduct[group] *= ((DoubleColumn) c).getDouble(row);
      }
    }
  }

  @Override
  void mergeState(int group, AggregateStore other, int otherGroup) {
    MulStore o = (MulStore) other;
    nonNull[group] += o.nonNull[otherGroup];
    if (exact) {
      longProduct[group] *= o.longProduct[otherGroup];
    } else {
      doubleProduct[group] *= o.doubleProduct[otherGroup];
    }
  }

  @Override
  void resetState(int group) {
    nonNull[group] = 0;
    if (exact) {
      longProduct[group] = 1;
    } else {
      doubleProduct[group] = 1;
    }
  }

  @Override
  void writeState(int group, GroupTree tree, AggregateColumn out, int outRow) {
    long n = nonNull[group];
    boolean anyNull = n < rows[group];
    if (n == 0) {
      out.setNull(outRow);
    } else if (exact) {
      out.setLong(outRow, anyNull ? 0 : longProduct[group]);
    } else {
      out.setDouble(outRow, anyNull ? 0 : doubleProduct[group]);
    }
  }
}
