package dev.parallax.engine.view;

import dev.parallax.engine.column.IntColumn;

/**
 * A comparison on an integer or date column, as a closed range: a row passes when
 * its value is in {@code [lo, hi]} ({@code ==}, {@code <}, {@code >=}…) or, when
 * negated, outside it ({@code !=}). Null rows pass only {@code !=}. The column
 * may move to 64-bit storage while the filter lives, so each scan asks which
 * storage it has; 32-bit storage is scanned with the range clipped to ints.
 */
final class IntRangeFilter extends RowFilter {
  private final IntColumn column;
  private final long lo;
  private final long hi;
  private final int intLo;
  private final int intHi;
  private final boolean negate;

  IntRangeFilter(IntColumn column, long lo, long hi, boolean negate) {
    this.column = column;
    this.lo = lo;
    this.hi = hi;
    this.negate = negate;
    boolean missesInts = lo > Integer.MAX_VALUE || hi < Integer.MIN_VALUE || lo > hi;
    // An empty int range is encoded as lo > hi.
    this.intLo = missesInts ? 1 : (int) Math.max(lo, Integer.MIN_VALUE);
    this.intHi = missesInts ? 0 : (int) Math.min(hi, Integer.MAX_VALUE);
  }

  @Override
  int select(int[] in, int n, int[] out) {
    if (column.isWide()) {
      return LongRangeFilter.select(column, column.wideValues(), lo, hi, negate, in, n, out);
    }
    int[] v = column.values();
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      int x = v[r];
      boolean inside = x >= intLo && x <= intHi && column.isValid(r);
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
