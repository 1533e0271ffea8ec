package dev.parallax.engine.view;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * The cells of a pivot: one per (row group, column group) pair that holds rows,
 * numbered densely; cell ids index every aggregate store. Cell 0 is never any
 * pair's: it stays empty, so writing it gives the null a missing cell shows.
 * Ids are never reused.
 */
final class CellIndex {
  static final int EMPTY = 0;

  private final Long2IntOpenHashMap ids = new Long2IntOpenHashMap();
  private int count = 1;
  private int[] rowNode = new int[16];
  private int[] colNode = new int[16];
  /** Table rows in each cell. */
  private int[] rows = new int[16];
  private boolean[] live = new boolean[16];

  CellIndex() {
    ids.defaultReturnValue(-1);
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
    return ids.get(pack(r, c));
  }

  /** The cell of the pair, made when new. */
  int obtain(int r, int c) {
    long k = pack(r, c);
    int id = ids.get(k);
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
    live[id] = true;
    rowNode[id] = r;
    colNode[id] = c;
    ids.put(k, id);
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
    ids.remove(pack(rowNode[cell], colNode[cell]));
    rows[cell] = 0;
    live[cell] = false;
  }
}
