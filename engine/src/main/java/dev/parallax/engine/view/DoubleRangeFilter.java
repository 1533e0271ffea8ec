package dev.parallax.engine.view;

import dev.parallax.engine.column.DoubleColumn;

/**
 * {@link IntRangeFilter} for float columns; strict bounds are the neighbouring
 * doubles, so {@code > 2.5} is {@code [nextUp(2.5), +inf]}.
 */
final class DoubleRangeFilter extends RowFilter {
  private final DoubleColumn column;
  private final double lo;
  private final double hi;
  private final boolean negate;

  DoubleRangeFilter(DoubleColumn column, double lo, double hi, boolean negate) {
    this.column = column;
    this.lo = lo;
    this.hi = hi;
    this.negate = negate;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    double[] v = column.values();
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      double x = v[r];
      boolean inside = x >= lo && x <= hi && column.isValid(r);
      if (inside != negate) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    double x = column.getDouble(row);
    return (x >= lo && x <= hi && column.isValid(row)) != negate;
  }
}
