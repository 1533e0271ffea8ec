package dev.parallax.engine.table;

import dev.parallax.engine.column.Column;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * A table's row bookkeeping: which row ids are live, how many, the high-water
 * mark, and the ids of removed rows free for reuse. Columns grow with it, so a
 * row id it hands out always has room in every column.
 */
final class RowSet {
  private final Column[] columns;
  private final IntArrayList free = new IntArrayList();
  private long[] live = new long[0];
  private int rowCount;
  private int size;
  /** Rows every column has room for (columns never shrink): below it, a new row needs no check. */
  private int reserved;

  RowSet(Column[] columns) {
    this.columns = columns;
  }

  int rowCount() {
    return rowCount;
  }

  int size() {
    return size;
  }

  boolean isLive(int row) {
    int w = row >>> 6;
    return w < live.length && (live[w] & (1L << row)) != 0;
  }

  /** The first live row id at or after {@code from}, or -1. */
  int nextLive(int from) {
    int w = from >>> 6;
    if (w >= live.length || from >= rowCount) {
      return -1;
    }
    long bits = live[w] & (-1L << from);
    while (true) {
      if (bits != 0) {
        int r = (w << 6) + Long.numberOfTrailingZeros(bits);
        return r < rowCount ? r : -1;
      }
      if (++w >= live.length) {
        return -1;
      }
      bits = live[w];
    }
  }

  /** Room for {@code extra} more rows above the high-water mark, in every column. */
  void reserve(int extra) {
    int needed = rowCount + extra;
    if (needed <= reserved) {
      return;
    }
    int room = Integer.MAX_VALUE;
    for (Column c : columns) {
      c.ensureCapacity(needed);
      room = Math.min(room, c.capacity());
    }
    reserved = room;
  }

  /** A live row for a new row: a freed id when there is one, else the next. */
  int allocate() {
    int row = free.isEmpty() ? rowCount : free.popInt();
    markLive(row);
    return row;
  }

  /** Marks {@code row} live; rows of a ring come back to the same ids. */
  void markLive(int row) {
    if (row >= rowCount) {
      rowCount = row + 1;
      reserve(0);
    }
    int w = row >>> 6;
    if (w >= live.length) {
      live = Arrays.copyOf(live, Math.max(w + 1, live.length + (live.length >> 1) + 1));
    }
    live[w] |= 1L << row;
    size++;
  }

  /** Makes {@code count} new rows above the high-water mark live at once; returns the first. */
  int appendRun(int count) {
    int start = rowCount;
    rowCount += count;
    reserve(0);
    int words = (rowCount + 63) >>> 6;
    if (words > live.length) {
      live = Arrays.copyOf(live, Math.max(words, live.length + (live.length >> 1) + 1));
    }
    for (int row = start; row < rowCount; row++) {
      live[row >>> 6] |= 1L << row;
    }
    size += count;
    return start;
  }

  /** Marks {@code row} dead, its id free for a later row when {@code reuse}. */
  void kill(int row, boolean reuse) {
    live[row >>> 6] &= ~(1L << row);
    size--;
    if (reuse) {
      free.add(row);
    }
  }

  /** Forgets every row; the columns keep their storage. */
  void clear() {
    Arrays.fill(live, 0L);
    for (Column c : columns) {
      c.clear(rowCount);
    }
    free.clear();
    rowCount = 0;
    size = 0;
  }

  long heapBytes() {
    return 32L + live.length * 8L + free.elements().length * 4L;
  }
}
