package dev.parallax.engine.window;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.StringColumn;
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
  static int[] rows(Table table, String[] partitionBy, TableDelta delta) {
    LongOpenHashSet touched = new LongOpenHashSet();
    Column[] current = new Column[partitionBy.length];
    int[] index = new int[partitionBy.length];
    for (int c = 0; c < partitionBy.length; c++) {
      index[c] = table.schema().indexOf(partitionBy[c]);
      current[c] = table.column(index[c]);
    }
    if (current.length == 1 && current[0] instanceof StringColumn) {
      return byCode(table, (StringColumn) current[0], index[0], delta);
    }
    addAll(touched, hashes(current, delta.added()));
    addAll(touched, hashes(current, delta.updated()));
    addAll(touched, hashes(columnsOf(delta.updatedBefore(), index), identity(delta.updated().length)));
    addAll(touched, hashes(columnsOf(delta.removedBefore(), index), identity(delta.removed().length)));
    int[] live = table.liveRows();
    long[] all = hashes(current, live);
    IntArrayList out = new IntArrayList();
    for (int i = 0; i < live.length; i++) {
      if (touched.contains(all[i])) {
        out.add(live[i]);
      }
    }
    return out.toIntArray();
  }

  /**
   * The same for one string column, by dictionary code: the delta's snapshots
   * share the table's dictionaries, so a flag per code finds the rows in one pass.
   */
  private static int[] byCode(Table table, StringColumn column, int index, TableDelta delta) {
    boolean[] hit = new boolean[column.dictionary().size() + 1];
    mark(hit, column, delta.added());
    mark(hit, column, delta.updated());
    if (delta.updatedBefore() != null) {
      mark(hit, (StringColumn) delta.updatedBefore().column(index), identity(delta.updated().length));
    }
    if (delta.removedBefore() != null) {
      mark(hit, (StringColumn) delta.removedBefore().column(index), identity(delta.removed().length));
    }
    int nullSlot = hit.length - 1;
    int[] codes = column.codes();
    IntArrayList out = new IntArrayList();
    for (int r = 0; r < table.rowCount(); r++) {
      if (hit[column.isValid(r) ? codes[r] : nullSlot] && table.isLive(r)) {
        out.add(r);
      }
    }
    return out.toIntArray();
  }

  private static void mark(boolean[] hit, StringColumn column, int[] rows) {
    for (int r : rows) {
      hit[column.isValid(r) ? column.getCode(r) : hit.length - 1] = true;
    }
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
