package dev.parallax.engine.window;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * The live rows of the partitions a batch touched: those of the rows it added,
 * updated (under their old and new partition values) and removed. Partitions
 * are matched by a hash of their values; a collision only adds a whole
 * partition that did not need recomputing, never leaves one out.
 */
final class PartitionScope {
  private PartitionScope() {
  }

  /** The live rows, ascending, of every partition of {@code partitionBy} that {@code delta} touched. */
  static int[] rows(Table table, String[] partitionBy, TableDelta delta, int[] live) {
    LongOpenHashSet touched = new LongOpenHashSet();
    Column[] current = new Column[partitionBy.length];
    int[] index = new int[partitionBy.length];
    for (int c = 0; c < partitionBy.length; c++) {
      index[c] = table.schema().indexOf(partitionBy[c]);
      current[c] = table.column(index[c]);
    }
    addAll(touched, hashes(current, delta.added()));
    addAll(touched, hashes(current, delta.updated()));
    addAll(touched, hashes(columnsOf(delta.updatedBefore(), index), identity(delta.updated().length)));
    addAll(touched, hashes(columnsOf(delta.removedBefore(), index), identity(delta.removed().length)));
    long[] all = hashes(current, live);
    IntArrayList out = new IntArrayList();
    for (int i = 0; i < live.length; i++) {
      if (touched.contains(all[i])) {
        out.add(live[i]);
      }
    }
    return out.toIntArray();
  }

  private static Column[] columnsOf(ColumnBatch batch, int[] index) {
    if (batch == null) {
      return null;
    }
    Column[] out = new Column[index.length];
    for (int c = 0; c < index.length; c++) {
      out[c] = batch.column(index[c]);
    }
    return out;
  }

  private static int[] identity(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  /** A hash of each row's partition values; empty when {@code columns} is null. */
  private static long[] hashes(Column[] columns, int[] rows) {
    if (columns == null) {
      return new long[0];
    }
    long[] h = new long[rows.length];
    long[] codes = new long[rows.length];
    for (Column c : columns) {
      RowCodes.fill(c, rows, rows.length, codes);
      for (int i = 0; i < rows.length; i++) {
        h[i] = (h[i] ^ codes[i]) * 0x9E37_79B9_7F4A_7C15L + 0x632B_E59B_D9B4_E019L;
      }
    }
    return h;
  }

  private static void addAll(LongOpenHashSet set, long[] values) {
    for (long v : values) {
      set.add(v);
    }
  }
}
