package dev.parallax.engine.view;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * The table rows of each leaf cell as intrusive doubly linked lists over row
 * ids: O(1) to add or take out a row, and a cell's rows are found without
 * scanning the table. Aggregates that cannot take a row back out re-add a
 * touched cell's rows from here.
 */
final class RowLists {
  private int[] head = new int[16];
  private int[] next = new int[16];
  private int[] prev = new int[16];

  RowLists() {
    Arrays.fill(head, -1);
  }

  void add(int cell, int row) {
    if (cell >= head.length) {
      int old = head.length;
      head = Arrays.copyOf(head, Math.max(cell + 1, old * 2));
      Arrays.fill(head, old, head.length, -1);
    }
    if (row >= next.length) {
      int n = Math.max(row + 1, next.length + (next.length >> 1) + 16);
      next = Arrays.copyOf(next, n);
      prev = Arrays.copyOf(prev, n);
    }
    int h = head[cell];
    next[row] = h;
    prev[row] = -1;
    if (h >= 0) {
      prev[h] = row;
    }
    head[cell] = row;
  }

  void remove(int cell, int row) {
    int p = prev[row];
    int n = next[row];
    if (p >= 0) {
      next[p] = n;
    } else {
      head[cell] = n;
    }
    if (n >= 0) {
      prev[n] = p;
    }
  }

  /** Replaces {@code out}'s contents with the rows of {@code cell}. */
  void rowsOf(int cell, IntArrayList out) {
    out.clear();
    for (int r = cell < head.length ? head[cell] : -1; r >= 0; r = next[r]) {
      out.add(r);
    }
  }
}
