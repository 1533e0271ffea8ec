package dev.parallax.engine.view;

import dev.parallax.engine.column.IntColumn;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * {@code in} / {@code not in} on integer and date columns; null rows pass only
 * {@code not in}. The values that fit 32 bits are also kept in an int set, which
 * scans of a column in 32-bit storage probe.
 */
final class IntSetFilter extends RowFilter {
  private final IntColumn column;
  private final LongOpenHashSet values;
  private final IntOpenHashSet ints = new IntOpenHashSet();
  private final boolean negate;

  IntSetFilter(IntColumn column, LongOpenHashSet values, boolean negate) {
    this.column = column;
    this.values = values;
    this.negate = negate;
    for (long v : values) {
      if (IntColumn.fitsInt(v)) {
        ints.add((int) v);
      }
    }
  }

  @Override
  int select(int[] in, int n, int[] out) {
    if (column.isWide()) {
      return LongSetFilter.select(column, column.wideValues(), values, negate, in, n, out);
    }
    int[] v = column.values();
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      if ((column.isValid(r) && ints.contains(v[r])) != negate) {
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
