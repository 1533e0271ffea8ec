package dev.parallax.engine.window;

/**
 * A stable merge sort of row ids by long keys, the keys moving with their rows,
 * so rows with equal keys keep the order they came in (the table's natural order).
 */
final class StableSort {
  private StableSort() {
  }

  /** Sorts {@code [from, to)} of {@code keys} and {@code rows} together; the tmp arrays are as long. */
  static void sort(long[] keys, int[] rows, int from, int to, long[] tmpKeys, int[] tmpRows) {
    if (to - from < 2 || isSorted(keys, from, to)) {
      return;
    }
    long[] srcK = keys;
    int[] srcR = rows;
    long[] dstK = tmpKeys;
    int[] dstR = tmpRows;
    for (int width = 1; width < to - from; width <<= 1) {
      for (int lo = from; lo < to; lo += width << 1) {
        int mid = Math.min(lo + width, to);
        int hi = Math.min(lo + (width << 1), to);
        merge(srcK, srcR, dstK, dstR, lo, mid, hi);
      }
      long[] k = srcK;
      srcK = dstK;
      dstK = k;
      int[] r = srcR;
      srcR = dstR;
      dstR = r;
    }
    if (srcK != keys) {
      System.arraycopy(srcK, from, keys, from, to - from);
      System.arraycopy(srcR, from, rows, from, to - from);
    }
  }

  private static boolean isSorted(long[] keys, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (keys[i] < keys[i - 1]) {
        return false;
      }
    }
    return true;
  }

  private static void merge(long[] sk, int[] sr, long[] dk, int[] dr, int lo, int mid, int hi) {
    int a = lo;
    int b = mid;
    for (int o = lo; o < hi; o++) {
      if (b >= hi || (a < mid && sk[a] <= sk[b])) {
        dk[o] = sk[a];
        dr[o] = sr[a++];
      } else {
        dk[o] = sk[b];
        dr[o] = sr[b++];
      }
    }
  }
}
