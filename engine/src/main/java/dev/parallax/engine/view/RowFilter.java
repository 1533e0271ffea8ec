package dev.parallax.engine.view;

/**
 * One compiled filter clause, specialized to a column type and operator.
 * {@link #select} runs the clause over many rows in one loop; {@link #test}
 * checks a single row, for the rows of a delta. Both agree on every row.
 */
abstract class RowFilter {
  /**
   * Copies to {@code out}, in order, the rows of {@code in[0..n)} that pass;
   * returns how many. {@code out} may be {@code in}.
   */
  abstract int select(int[] in, int n, int[] out);

  abstract boolean test(int row);

  /** A clause that every row passes, or none. */
  static RowFilter constant(boolean pass) {
    return new RowFilter() {
      @Override
      int select(int[] in, int n, int[] out) {
        if (!pass) {
          return 0;
        }
        if (in != out) {
          System.arraycopy(in, 0, out, 0, n);
        }
        return n;
      }

      @Override
      boolean test(int row) {
        return pass;
      }
    };
  }
}
