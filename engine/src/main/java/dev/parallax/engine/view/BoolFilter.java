package dev.parallax.engine.view;

import dev.parallax.engine.column.BoolColumn;

/**
 * A comparison on a boolean column (false below true), reduced to which of the
 * two values pass and whether nulls do.
 */
final class BoolFilter extends RowFilter {
  private final BoolColumn column;
  private final boolean passFalse;
  private final boolean passTrue;
  private final boolean passNull;

  BoolFilter(BoolColumn column, boolean passFalse, boolean passTrue, boolean passNull) {
    this.column = column;
    this.passFalse = passFalse;
    this.passTrue = passTrue;
    this.passNull = passNull;
  }

  @Override
  int select(int[] in, int n, int[] out) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = in[i];
      if (test(r)) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    if (column.isNull(row)) {
      return passNull;
    }
    return column.getBoolean(row) ? passTrue : passFalse;
  }
}
