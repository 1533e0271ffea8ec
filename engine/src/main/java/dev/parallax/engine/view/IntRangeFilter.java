package dev.parallax.engine.view;

import dev.parallax.engine.column.IntColumn;

/**
 * A comparison on an integer or date column, as a closed range: a row passes when
 * its value is in {@code [lo, hi]} ({@code ==}, {@code <}, {@code >=}…) or, when
 * negated, outside it ({@code !=}). Null rows pass only {@code !=}.
 */
final class IntRangeFilter extends RowFilter {
  private final IntColumn column;
  private final int lo;
  private final int hi;
  private final boolean negate;

  IntRangeFilter(IntColumn column, int lo, int hi, boolean negate) {
    this.column = column;
    this.lo = lo;
    this.hi = hi;
    this.negate = negate;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    int[] v = column.values();
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      int x = v[r];
      boolean inside = x >= lo && x <= hi && column.isValid(r);
      if (inside != negate) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    int x = column.getInt(row);
    return (x >= lo && x <= hi && column.isValid(row)) != negate;
  }
}
