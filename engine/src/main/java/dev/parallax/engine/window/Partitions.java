package dev.parallax.engine.window;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.table.Table;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * A table's live rows laid out for one window: grouped by partition (rows with
 * equal {@code partition_by} values, null being a value of its own), each
 * partition in {@code order_by} order with nulls first in either direction, ties
 * in the table's natural order (primary key, else insertion).
 */
final class Partitions {
  /** Row ids, partition after partition. */
  final int[] rows;
  /** Where each partition starts in {@link #rows}, with {@code rows.length} last. */
  final int[] starts;
  /** How many partitions. */
  final int count;

  private Partitions(int[] rows, int[] starts, int count) {
    this.rows = rows;
    this.starts = starts;
    this.count = count;
  }

  /** {@code rows} (live, ascending) in the table's natural order: a new array unless that is row id order. */
  static int[] naturalOrder(Table table, int[] rows) {
    if (table.keyColumn() < 0 && table.options().getLimit() == 0) {
      return rows;
    }
    int n = rows.length;
    int[] out = rows.clone();
    long[] keys = new long[n];
    if (table.keyColumn() >= 0) {
      RowCodes.fill(table.column(table.keyColumn()), out, n, keys);
    } else {
      for (int i = 0; i < n; i++) {
        keys[i] = table.implicitIndex(out[i]);
      }
    }
    StableSort.sort(keys, out, 0, n, new long[n], new int[n]);
    return out;
  }

  /**
   * Lays out {@code natural} (live rows in natural order) by the partition
   * columns, then orders each partition by {@code order} (null: natural order).
   */
  static Partitions of(int[] natural, Column[] partitionBy, Column order, boolean descending) {
    int n = natural.length;
    int[] ids = partitionIds(natural, partitionBy);
    int groups = 0;
    for (int i = 0; i < n; i++) {
      groups = Math.max(groups, ids[i] + 1);
    }
    int[] starts = new int[groups + 1];
    for (int i = 0; i < n; i++) {
      starts[ids[i] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      starts[g + 1] += starts[g];
    }
    int[] next = java.util.Arrays.copyOf(starts, groups);
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[next[ids[i]]++] = natural[i];
    }
    if (order != null) {
      long[] keys = new long[n];
      RowCodes.fill(order, rows, n, keys);
      if (descending) {
        for (int i = 0; i < n; i++) {
          keys[i] = keys[i] == RowCodes.NULL ? RowCodes.NULL : -keys[i];
        }
      }
      long[] tmpKeys = new long[n];
      int[] tmpRows = new int[n];
      for (int g = 0; g < groups; g++) {
        StableSort.sort(keys, rows, starts[g], starts[g + 1], tmpKeys, tmpRows);
      }
    }
    return new Partitions(rows, starts, groups);
  }

  /** A dense partition number per row of {@code rows}: equal value tuples, equal numbers. */
  private static int[] partitionIds(int[] rows, Column[] partitionBy) {
    int n = rows.length;
    int[] ids = new int[n];
    if (partitionBy.length == 0) {
      return ids;
    }
    long[] codes = new long[n];
    int[] dense = new int[n];
    for (int c = 0; c < partitionBy.length; c++) {
      RowCodes.fill(partitionBy[c], rows, n, codes);
      densify(codes, n, dense);
      if (c == 0) {
        System.arraycopy(dense, 0, ids, 0, n);
      } else {
        for (int i = 0; i < n; i++) {
          codes[i] = ((long) ids[i] << 32) | (dense[i] & 0xFFFF_FFFFL);
        }
        densify(codes, n, ids);
      }
    }
    return ids;
  }

  private static void densify(long[] codes, int n, int[] out) {
    Long2IntOpenHashMap seen = new Long2IntOpenHashMap();
    seen.defaultReturnValue(-1);
    for (int i = 0; i < n; i++) {
      int id = seen.get(codes[i]);
      if (id < 0) {
        id = seen.size();
        seen.put(codes[i], id);
      }
      out[i] = id;
    }
  }
}
