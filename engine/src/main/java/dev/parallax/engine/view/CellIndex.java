package dev.parallax.engine.view;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * The cells of a pivot: one per (row group, column group) pair that holds rows,
 * numbered densely; cell ids index every aggregate store. Cell 0 is never any
 * pair's: it stays empty, so writing it gives the null a missing cell shows.
 * Ids are never reused.
 *
 * <p>Finding a row's cell is on the hot path of building a pivot, so the pairs
 * are looked up in arrays where they can be: the unsplit cell of each row group
 * in one array, the cells of the first split groups in a small array per row
 * group; only pairs with a late split group go through a hash map.
 */
final class CellIndex {
  static final int EMPTY = 0;
  /** Split groups below this id have their cells in per-row-group arrays. */
  private static final int DENSE_COLUMNS = 64;

  private final Long2IntOpenHashMap sparse = new Long2IntOpenHashMap();
  private int[] unsplit = new int[16];
  private int[][] split = new int[16][];
  private int count = 1;
  private int[] rowNode = new int[16];
  private int[] colNode = new int[16];
  /** Table rows in each cell. */
  private int[] rows = new int[16];
  private boolean[] live = new boolean[16];

  CellIndex() {
    sparse.defaultReturnValue(-1);
    Arrays.fill(unsplit, -1);
  }

  private static long pack(int r, int c) {
    return ((long) r << 32) | (c & 0xffffffffL);
  }

  /** One past the highest cell id. */
  int count() {
    return count;
  }

  /** The cell of the pair, or -1. */
  int find(int r, int c) {
    if (c == 0) {
      return r < unsplit.length ? unsplit[r] : -1;
    }
    if (c < DENSE_COLUMNS) {
      int[] a = r < split.length ? split[r] : null;
      return a == null || c >= a.length ? -1 : a[c];
    }
    return sparse.get(pack(r, c));
  }

  private void put(int r, int c, int id) {
    if (c == 0) {
      if (r >= unsplit.length) {
        int old = unsplit.length;
        unsplit = Arrays.copyOf(unsplit, Math.max(r + 1, old * 2));
        Arrays.fill(unsplit, old, unsplit.length, -1);
      }
      unsplit[r] = id;
    } else if (c < DENSE_COLUMNS) {
      if (r >= split.length) {
        split = Arrays.copyOf(split, Math.max(r + 1, split.length * 2));
      }
      int[] a = split[r];
      if (a == null || c >= a.length) {
        int old = a == null ? 0 : a.length;
        a = a == null ? new int[Math.max(c + 1, 4)] : Arrays.copyOf(a, Math.min(DENSE_COLUMNS, Math.max(c + 1, old * 2)));
        Arrays.fill(a, old, a.length, -1);
        split[r] = a;
      }
      a[c] = id;
    } else if (id < 0) {
      sparse.remove(pack(r, c));
    } else {
      sparse.put(pack(r, c), id);
    }
  }

  /** The cell of the pair, made when new. */
  int obtain(int r, int c) {
    int id = find(r, c);
    if (id >= 0) {
      return id;
    }
    id = count++;
    if (id == rowNode.length) {
      int n = id * 2;
      rowNode = Arrays.copyOf(rowNode, n);
      colNode = Arrays.copyOf(colNode, n);
      rows = Arrays.copyOf(rows, n);
      live = Arrays.copyOf(live, n);
    }
    rowNode[id] = r;
    colNode[id] = c;
    live[id] = true;
    put(r, c, id);
    return id;
  }

  boolean isLive(int cell) {
    return live[cell];
  }

  int rowNode(int cell) {
    return rowNode[cell];
  }

  int colNode(int cell) {
    return colNode[cell];
  }

  int rows(int cell) {
    return rows[cell];
  }

  void addRows(int cell, int n) {
    rows[cell] += n;
  }

  /** Forgets an emptied cell. */
  void remove(int cell) {
    put(rowNode[cell], colNode[cell], -1);
    rows[cell] = 0;
    live[cell] = false;
  }
}
