package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.LongColumn;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/** {@code in} / {@code not in} on datetime columns; null rows pass only {@code not in}. */
final class LongSetFilter extends RowFilter {
  private final LongColumn column;
  private final LongOpenHashSet values;
  private final boolean negate;

  LongSetFilter(LongColumn column, LongOpenHashSet values, boolean negate) {
    this.column = column;
    this.values = values;
    this.negate = negate;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    return select(column, column.values(), values, negate, in, n, out);
  }

  /** The scan over the 64-bit values {@code v} of {@code column}, for every column that holds longs. */
  static int select(Column column, long[] v, LongOpenHashSet values, boolean negate, int[] in, int n, int[] out) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      if ((column.isValid(r) && values.contains(v[r])) != negate) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    return (column.isValid(row) && values.contains(column.getLong(row))) != negate;
  }
}
