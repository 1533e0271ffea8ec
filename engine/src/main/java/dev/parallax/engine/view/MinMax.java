package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import java.util.Arrays;
import java.util.List;

/** The smallest and largest non-null value of a column over some rows, in sort order. */
final class MinMax {
  private MinMax() {
  }

  static List<Object> of(Column column, int[] rows, int n) {
    SortKey key = SortKey.of(column, false, false);
    int min = -1;
    int max = -1;
    long lo = 0;
    long hi = 0;
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      long k = key.key(r);
      if (k == 0) {
        continue; // null
      }
      if (min < 0 || Long.compareUnsigned(k, lo) < 0) {
        min = r;
        lo = k;
      }
      if (max < 0 || Long.compareUnsigned(k, hi) > 0) {
        max = r;
        hi = k;
      }
    }
    return Arrays.asList(min < 0 ? null : column.get(min), max < 0 ? null : column.get(max));
  }
}
