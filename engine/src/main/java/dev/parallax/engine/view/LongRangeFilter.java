package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.LongColumn;

/** {@link IntRangeFilter} for datetime columns (epoch milliseconds). */
final class LongRangeFilter extends RowFilter {
  private final LongColumn column;
  private final long lo;
  private final long hi;
  private final boolean negate;

  LongRangeFilter(LongColumn column, long lo, long hi, boolean negate) {
    this.column = column;
    this.lo = lo;
    this.hi = hi;
    this.negate = negate;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    return select(column, column.values(), lo, hi, negate, in, n, out);
  }

  /** The scan over the 64-bit values {@code v} of {@code column}, for every column that holds longs. */
  static int select(Column column, long[] v, long lo, long hi, boolean negate, int[] in, int n, int[] out) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      long x = v[r];
      boolean inside = x >= lo && x <= hi && column.isValid(r);
      if (inside != negate) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    long x = column.getLong(row);
    return (x >= lo && x <= hi && column.isValid(row)) != negate;
  }
}
