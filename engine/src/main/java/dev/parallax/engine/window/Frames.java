package dev.parallax.engine.window;

/**
 * Where each row's frame starts. Every frame ends at its row, and its start never
 * moves back as the row moves forward within a partition, so aggregates can
 * slide over it in one pass.
 */
final class Frames {
  private Frames() {
  }

  /**
   * Fills {@code lo[i]} for the positions {@code [from, to)} of one partition.
   * {@code order} holds the order values by position (NaN for null; nulls lead
   * the partition): a range frame reads the rows before whose value lies within
   * {@code spec.range()} of the row's (toward lower values ascending, higher
   * descending), a null-valued row the null-valued rows before it.
   */
  static void starts(WindowSpec spec, int from, int to, double[] order, int[] lo) {
    switch (spec.effectiveFrame()) {
      case CUMULATIVE:
        java.util.Arrays.fill(lo, from, to, from);
        break;
      case ROWS:
        for (int i = from; i < to; i++) {
          lo[i] = (int) Math.max(from, i - spec.rows());
        }
        break;
      case RANGE:
        ranges(spec.range(), spec.descending(), from, to, order, lo);
        break;
      default:
        throw new AssertionError(spec.effectiveFrame());
    }
  }

  private static void ranges(double range, boolean descending, int from, int to, double[] order, int[] lo) {
    int i = from;
    while (i < to && Double.isNaN(order[i])) {
      lo[i++] = from;
    }
    int j = i;
    for (; i < to; i++) {
      double v = order[i];
      if (descending) {
        while (order[j] > v + range) {
          j++;
        }
      } else {
        while (order[j] < v - range) {
          j++;
        }
      }
      lo[i] = j;
    }
  }
}
