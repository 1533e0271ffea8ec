package dev.parallax.engine.view;

import it.unimi.dsi.fastutil.ints.IntComparator;

/**
 * Orders row ids by a list of {@link SortKey}s, the last one deciding ties
 * last. Bulk sorts are a stable LSD radix sort on the keys' codes, one key at a
 * time from the last to the first, 11-bit digits, skipping digits on which every
 * row agrees; {@link #compare} orders two rows by the same codes, for merging
 * delta rows into a sorted view.
 */
final class RowSorter implements IntComparator {
  private static final int BITS = 11;
  private static final int BUCKETS = 1 << BITS;
  private static final int MASK = BUCKETS - 1;
  private static final int PASSES = (64 + BITS - 1) / BITS;

  private final SortKey[] keys;
  private final boolean lastKeyIsInputOrder;

  /**
   * @param keys the sort keys, most significant first, ending with the natural key
   * @param lastKeyIsInputOrder whether rows handed to {@link #sort} are already in
   *     the order of the last key, which then needs no pass
   */
  RowSorter(SortKey[] keys, boolean lastKeyIsInputOrder) {
    this.keys = keys;
    this.lastKeyIsInputOrder = lastKeyIsInputOrder;
  }

  /** Whether {@link #sort} changes anything at all. */
  boolean reorders() {
    return keys.length > 1 || !lastKeyIsInputOrder;
  }

  /** Sorts {@code rows[0..n)} in place. */
  void sort(int[] rows, int n) {
    if (n < 2 || !reorders()) {
      return;
    }
    long[] codes = new long[n];
    long[] codesTmp = new long[n];
    int[] rowsTmp = new int[n];
    int[][] counts = new int[PASSES][BUCKETS];
    int last = lastKeyIsInputOrder ? keys.length - 2 : keys.length - 1;
    for (int k = last; k >= 0; k--) {
      keys[k].keys(rows, n, codes);
      radix(codes, rows, n, codesTmp, rowsTmp, counts);
    }
  }

  /**
   * One stable LSD radix sort of {@code rows} by {@code codes}. A single pass
   * counts every digit; a digit whose count puts every row in one bucket needs
   * no pass of its own.
   */
  private static void radix(long[] codes, int[] rows, int n, long[] codesTmp, int[] rowsTmp, int[][] counts) {
    for (int[] c : counts) {
      java.util.Arrays.fill(c, 0);
    }
    for (int i = 0; i < n; i++) {
      long c = codes[i];
      for (int d = 0; d < PASSES; d++) {
        counts[d][(int) (c >>> (d * BITS)) & MASK]++;
      }
    }
    long[] srcC = codes;
    long[] dstC = codesTmp;
    int[] srcR = rows;
    int[] dstR = rowsTmp;
    for (int d = 0; d < PASSES; d++) {
      int[] count = counts[d];
      int shift = d * BITS;
      if (count[(int) (srcC[0] >>> shift) & MASK] == n) {
        continue;
      }
      int sum = 0;
      for (int b = 0; b < BUCKETS; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long c = srcC[i];
        int at = count[(int) (c >>> shift) & MASK]++;
        dstC[at] = c;
        dstR[at] = srcR[i];
      }
      long[] tc = srcC;
      srcC = dstC;
      dstC = tc;
      int[] tr = srcR;
      srcR = dstR;
      dstR = tr;
    }
    if (srcR != rows) {
      System.arraycopy(srcR, 0, rows, 0, n);
    }
  }

  @Override
  public int compare(int a, int b) {
    for (SortKey k : keys) {
      int c = Long.compareUnsigned(k.key(a), k.key(b));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
