package dev.parallax.engine.view;

import dev.parallax.engine.column.DoubleColumn;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/** {@code in} / {@code not in} on float columns, by their bits with -0.0 as 0.0; null rows pass only {@code not in}. */
final class DoubleSetFilter extends RowFilter {
  private final DoubleColumn column;
  private final LongOpenHashSet values;
  private final boolean negate;

  DoubleSetFilter(DoubleColumn column, LongOpenHashSet values, boolean negate) {
    this.column = column;
    this.values = values;
    this.negate = negate;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    double[] v = column.values();
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      if ((column.isValid(r) && values.contains(key(v[r]))) != negate) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    return (column.isValid(row) && values.contains(key(column.getDouble(row)))) != negate;
  }

  /** The set key of a float: its bits, with -0.0 folded into 0.0. */
  static long key(double d) {
    return Double.doubleToLongBits(d + 0.0);
  }
}
