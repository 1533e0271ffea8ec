package dev.parallax.engine.view;

/** A view's filter clauses combined with {@code and} or {@code or}. */
final class RowSelector {
  private static final int SMALL = 256;

  private final RowFilter[] clauses;
  private final boolean or;

  RowSelector(RowFilter[] clauses, boolean or) {
    this.clauses = clauses;
    this.or = or;
  }

  /**
   * Keeps, in order and in place, the rows of {@code rows[0..n)} that pass;
   * returns how many. {@code rowLimit} bounds the row ids.
   */
  int select(int[] rows, int n, int rowLimit) {
    if (clauses.length == 0 || n == 0) {
      return n;
    }
    if (!or) {
      for (RowFilter f : clauses) {
        n = f.select(rows, n, rows);
      }
      return n;
    }
    if (n <= SMALL) {
      // A delta's few rows: test each, sparing a bitset over the whole table.
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (anyPasses(rows[i])) {
          rows[m++] = rows[i];
        }
      }
      return m;
    }
    long[] pass = new long[(rowLimit + 63) >>> 6];
    int[] out = new int[n];
    for (RowFilter f : clauses) {
      int m = f.select(rows, n, out);
      for (int i = 0; i < m; i++) {
        pass[out[i] >>> 6] |= 1L << out[i];
      }
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (RowBits.get(pass, rows[i])) {
        rows[m++] = rows[i];
      }
    }
    return m;
  }

  private boolean anyPasses(int row) {
    for (RowFilter f : clauses) {
      if (f.test(row)) {
        return true;
      }
    }
    return false;
  }
}
