package dev.parallax.engine.view;

import dev.parallax.engine.table.TableDelta;
import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * Applies a table delta to a view's sorted rows without sorting them again:
 * the affected rows leave the order (one pass), those still live are filtered
 * and sorted among themselves, then merged back in by binary search. O(n + k log n)
 * for k affected rows.
 */
final class OrderUpdate {
  private OrderUpdate() {
  }

  /**
   * @param valuesMoved whether updated rows may have changed their filter result
   *     or position (a filter or sort column was written, or a ring overwrote rows)
   */
  static void apply(View view, TableDelta delta, boolean valuesMoved) {
    int limit = view.table().rowCount();
    long[] affected = new long[(Math.max(limit, maxRow(delta) + 1) + 63) >>> 6];
    RowBits.set(affected, delta.added());
    RowBits.set(affected, delta.removed());
    int k = delta.added().length;
    if (valuesMoved) {
      RowBits.set(affected, delta.updated());
      k += delta.updated().length;
    }
    int[] order = view.order();
    int n = 0;
    for (int i = 0; i < view.size(); i++) {
      if (!RowBits.get(affected, order[i])) {
        order[n++] = order[i];
      }
    }
    int[] fresh = new int[k];
    System.arraycopy(delta.added(), 0, fresh, 0, delta.added().length);
    if (valuesMoved) {
      System.arraycopy(delta.updated(), 0, fresh, delta.added().length, delta.updated().length);
    }
    int m = view.selector().select(fresh, k, limit);
    RowSorter sorter = view.sorter();
    IntArrays.quickSort(fresh, 0, m, sorter);
    view.setOrder(merge(order, n, fresh, m, sorter), n + m);
  }

  private static int maxRow(TableDelta delta) {
    int max = -1;
    for (int r : delta.removed()) {
      max = Math.max(max, r);
    }
    return max;
  }

  private static int[] merge(int[] order, int n, int[] fresh, int m, RowSorter sorter) {
    if (m == 0) {
      return order;
    }
    int[] out = new int[n + m];
    int from = 0;
    int w = 0;
    for (int j = 0; j < m; j++) {
      int at = insertionPoint(order, from, n, fresh[j], sorter);
      System.arraycopy(order, from, out, w, at - from);
      w += at - from;
      out[w++] = fresh[j];
      from = at;
    }
    System.arraycopy(order, from, out, w, n - from);
    return out;
  }

  /** The first position in {@code order[from..to)} whose row sorts after {@code row}. */
  private static int insertionPoint(int[] order, int from, int to, int row, RowSorter sorter) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorter.compare(order[mid], row) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
