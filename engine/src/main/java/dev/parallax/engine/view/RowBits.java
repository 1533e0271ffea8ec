package dev.parallax.engine.view;

/** Bitsets of row ids in plain long arrays. */
final class RowBits {
  private RowBits() {
  }

  static void set(long[] bits, int[] rows) {
    for (int r : rows) {
      bits[r >>> 6] |= 1L << r;
    }
  }

  static boolean get(long[] bits, int row) {
    int w = row >>> 6;
    return w < bits.length && (bits[w] & (1L << row)) != 0;
  }
}
