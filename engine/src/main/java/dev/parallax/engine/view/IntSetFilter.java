package dev.parallax.engine.view;

import dev.parallax.engine.column.IntColumn;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;

/** {@code in} / {@code not in} on integer and date columns; null rows pass only {@code not in}. */
final class IntSetFilter extends RowFilter {
  private final IntColumn column;
  private final IntOpenHashSet values;
  private final boolean negate;

  IntSetFilter(IntColumn column, IntOpenHashSet values, boolean negate) {
    this.column = column;
    this.values = values;
    this.negate = negate;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    int[] v = column.values();
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
    return (column.isValid(row) && values.contains(column.getInt(row))) != negate;
  }
}
