package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import it.unimi.dsi.fastutil.doubles.DoubleOpenHashSet;

/**
 * {@code in} / {@code not in} on an integer or float column. Perspective 5.5.1
 * takes these on numbers though it advertises them for strings only; as with
 * strings, {@code not in} keeps null rows and {@code in} never does.
 */
final class NumberSetFilter extends RowFilter {
  private final Column column;
  private final DoubleOpenHashSet values;
  private final boolean in;

  NumberSetFilter(Column column, DoubleOpenHashSet values, boolean in) {
    this.column = column;
    this.values = values;
    this.in = in;
  }

  @Override
  int select(int[] rows, int n, int[] out) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      if (test(r)) {
        out[m++] = r;
      }
    }
    return m;
  }

  @Override
  boolean test(int row) {
    if (column.isNull(row)) {
      return !in;
    }
    double v = column instanceof IntColumn ? ((IntColumn) column).getInt(row) : ((DoubleColumn) column).getDouble(row);
    return values.contains(v) == in;
  }
}
