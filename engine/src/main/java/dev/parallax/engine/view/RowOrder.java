package dev.parallax.engine.view;

import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;

/**
 * The row ids a flat view shows, filtered and in view order. Built once by a
 * bulk filter and radix sort, then kept current batch by batch without sorting
 * again: the affected rows leave the order in one pass, those still live are
 * filtered and sorted among themselves and merged back in by binary search,
 * O(n + k log n) for k affected rows.
 */
final class RowOrder {
  private final RowSelector selector;
  private final RowSorter sorter;
  private int[] rows = new int[0];
  private int size;

  RowOrder(RowSelector selector, RowSorter sorter) {
    this.selector = selector;
    this.sorter = sorter;
  }

  int size() {
    return size;
  }

  /** The row ids of positions {@code [from, to)}. */
  int[] slice(int from, int to) {
    return Arrays.copyOfRange(rows, from, to);
  }

  /** The row ids at {@code positions}. */
  int[] rowsAt(int[] positions) {
    int[] out = new int[positions.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows[positions[i]];
    }
    return out;
  }

  /** Filters and sorts every live row of {@code table} from scratch. */
  void rebuild(Table table) {
    int[] all = new int[table.size()];
    int n = 0;
    for (int r = table.nextLiveRow(0); r >= 0; r = table.nextLiveRow(r + 1)) {
      all[n++] = r;
    }
    n = selector.select(all, n, table.rowCount());
    sorter.sort(all, n);
    rows = all;
    size = n;
  }

  void clear() {
    rows = new int[0];
    size = 0;
  }

  /**
   * Applies a batch that added or removed rows, or wrote values the filter or
   * sort read.
   *
   * @param valuesMoved whether updated rows may have changed their filter result
   *     or position (a filter or sort column was written, or a ring overwrote rows)
   */
  void update(TableDelta delta, boolean valuesMoved, int rowLimit) {
    long[] affected = new long[(Math.max(rowLimit, maxRow(delta.removed()) + 1) + 63) >>> 6];
    RowBits.set(affected, delta.added());
    RowBits.set(affected, delta.removed());
    int[] fresh = delta.added();
    if (valuesMoved) {
      RowBits.set(affected, delta.updated());
      fresh = Arrays.copyOf(delta.added(), delta.added().length + delta.updated().length);
      System.arraycopy(delta.updated(), 0, fresh, delta.added().length, delta.updated().length);
    } else {
      fresh = fresh.clone();
    }
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (!RowBits.get(affected, rows[i])) {
        rows[kept++] = rows[i];
      }
    }
    int m = selector.select(fresh, fresh.length, rowLimit);
    IntArrays.quickSort(fresh, 0, m, sorter);
    rows = merge(kept, fresh, m);
    size = kept + m;
  }

  /** The positions, ascending, of the rows in {@code a} or {@code b}. */
  int[] positionsOf(int[] a, int[] b, int rowLimit) {
    long[] wanted = new long[(rowLimit + 63) >>> 6];
    RowBits.set(wanted, a);
    RowBits.set(wanted, b);
    int[] positions = new int[a.length + b.length];
    int m = 0;
    for (int i = 0; i < size && m < positions.length; i++) {
      if (RowBits.get(wanted, rows[i])) {
        positions[m++] = i;
      }
    }
    return Arrays.copyOf(positions, m);
  }

  private static int maxRow(int[] rows) {
    int max = -1;
    for (int r : rows) {
      max = Math.max(max, r);
    }
    return max;
  }

  private int[] merge(int n, int[] fresh, int m) {
    if (m == 0) {
      return rows;
    }
    int[] out = new int[n + m];
    int from = 0;
    int w = 0;
    for (int j = 0; j < m; j++) {
      int at = insertionPoint(from, n, fresh[j]);
      System.arraycopy(rows, from, out, w, at - from);
      w += at - from;
      out[w++] = fresh[j];
      from = at;
    }
    System.arraycopy(rows, from, out, w, n - from);
    return out;
  }

  /** The first position in {@code rows[from..to)} whose row sorts after {@code row}. */
  private int insertionPoint(int from, int to, int row) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorter.compare(rows[mid], row) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
