package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;

/** {@code is null} / {@code is not null}, and the non-null test of "not contains" with no value. */
final class NullFilter extends RowFilter {
  private final Column column;
  private final boolean wantNull;

  NullFilter(Column column, boolean wantNull) {
    this.column = column;
    this.wantNull = wantNull;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      if (column.isNull(r) == wantNull) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    return column.isNull(row) == wantNull;
  }
}
