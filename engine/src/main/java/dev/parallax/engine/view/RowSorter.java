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
    int[] counts = new int[BUCKETS];
    int last = lastKeyIsInputOrder ? keys.length - 2 : keys.length - 1;
    for (int k = last; k >= 0; k--) {
      keys[k].keys(rows, n, codes);
      radix(codes, rows, n, codesTmp, rowsTmp, counts);
    }
  }

  private static void radix(long[] codes, int[] rows, int n, long[] codesTmp, int[] rowsTmp, int[] counts) {
    long differ = 0;
    long first = codes[0];
    for (int i = 1; i < n; i++) {
      differ |= codes[i] ^ first;
    }
    long[] srcC = codes;
    long[] dstC = codesTmp;
    int[] srcR = rows;
    int[] dstR = rowsTmp;
    for (int shift = 0; shift < 64; shift += BITS) {
      if (((differ >>> shift) & MASK) == 0) {
        continue;
      }
      java.util.Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[(int) (srcC[i] >>> shift) & MASK]++;
      }
      int sum = 0;
      for (int b = 0; b < BUCKETS; b++) {
        int c = counts[b];
        counts[b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        int d = counts[(int) (srcC[i] >>> shift) & MASK]++;
        dstC[d] = srcC[i];
        dstR[d] = srcR[i];
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
