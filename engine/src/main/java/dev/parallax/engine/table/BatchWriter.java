package dev.parallax.engine.table;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.column.StringColumn;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * Applies update batches to a table's columns: checks a batch whole against the
 * schema and options first, then finds or allocates each batch row's row id
 * (by key, implicit index, ring slot or append) and writes the values. A batch
 * that writes a run of fresh rows (a load, an append) is copied in bulk.
 */
final class BatchWriter {
  private static final int[] NONE = new int[0];

  private final Schema schema;
  private final Column[] columns;
  private final int keyColumn;
  private final KeyIndex keys;
  private final int limit;
  private final RowSet rows;
  private final ImplicitIndex implicit;
  /** Scratch for {@link #resolveRows}: empty between batches. */
  private long[] seenRows = new long[0];

  BatchWriter(Schema schema, Column[] columns, int keyColumn, KeyIndex keys, int limit, RowSet rows,
      ImplicitIndex implicit) {
    this.schema = schema;
    this.columns = columns;
    this.keyColumn = keyColumn;
    this.keys = keys;
    this.limit = limit;
    this.rows = rows;
    this.implicit = implicit;
  }

  /**
   * Checks the whole batch against the schema and options; returns the table
   * column of each batch column (-1 for the implicit index). Nothing changes here.
   */
  int[] validate(ColumnBatch batch) {
    int[] target = new int[batch.columnCount()];
    boolean hasKey = false;
    for (int c = 0; c < target.length; c++) {
      String name = batch.name(c);
      ColumnType type = batch.column(c).type();
      if (Table.IMPLICIT_INDEX.equals(name) && keyColumn < 0 && limit == 0) {
        if (type != ColumnType.INTEGER) {
          throw new ParallaxException(Table.IMPLICIT_INDEX + " must be integer, got " + type);
        }
        target[c] = -1;
        continue;
      }
      int t = schema.indexOf(name);
      if (t < 0) {
        throw new ParallaxException("Unknown column '" + name + "': the table has " + schema.names());
      }
      if (schema.type(t) != type) {
        throw new ParallaxException("Column '" + name + "' is " + schema.type(t) + " but the update gives " + type);
      }
      target[c] = t;
      if (t == keyColumn) {
        hasKey = true;
        for (int r = 0; r < batch.rowCount(); r++) {
          if (!batch.isPresent(c, r)) {
            throw new ParallaxException("Row " + r + " has no value for the index column '" + name + "'");
          }
        }
      }
    }
    if (keyColumn >= 0 && !hasKey && batch.rowCount() > 0) {
      throw new ParallaxException("The update has no index column '" + schema.name(keyColumn) + "'");
    }
    return target;
  }

  /** Applies a batch that {@link #validate} accepted, with {@code target} its answer. */
  TableDelta apply(ColumnBatch batch, int[] target) {
    int n = batch.rowCount();
    int first = limit > 0 ? Math.max(0, n - limit) : 0; // earlier rows would be overwritten in this batch
    int[] at = new int[n];
    boolean[] fresh = new boolean[n];
    IntArrayList added = new IntArrayList();
    IntArrayList updated = new IntArrayList();
    rows.reserve(n - first);
    resolveRows(batch, target, first, at, fresh, added, updated);
    ColumnBatch before = snapshot(updated.toIntArray());
    boolean run = isFreshRun(at, fresh, first, n);
    nullFreshRows(batch, target, at, fresh, first, run);
    boolean[] touched = new boolean[columns.length];
    for (int c = 0; c < target.length; c++) {
      if (target[c] < 0) {
        continue;
      }
      touched[target[c]] = true;
      if (run && batch.isDense(c)) {
        copyRun(batch.column(c), columns[target[c]], first, at[first], n - first);
      } else {
        writeColumn(batch, c, columns[target[c]], at, first);
      }
    }
    return new TableDelta(false, added.toIntArray(), updated.toIntArray(), NONE, before, null, touched);
  }

  /** The current values of {@code ids}, every column, sharing the table's dictionaries. */
  ColumnBatch snapshot(int[] ids) {
    ColumnBatch.Builder b = ColumnBatch.builder(ids.length);
    for (int c = 0; c < columns.length; c++) {
      Column src = columns[c];
      Column dst = src instanceof StringColumn
          ? StringColumn.sharing(((StringColumn) src).dictionary(), ids.length)
          : Column.create(src.type(), ids.length);
      dst.gather(src, ids, ids.length);
      b.add(schema.name(c), dst);
    }
    return b.build();
  }

  /** A fresh row starts all null: the columns the batch does not write stay so. */
  private void nullFreshRows(ColumnBatch batch, int[] target, int[] at, boolean[] fresh, int first, boolean run) {
    int n = at.length;
    if (run) {
      boolean[] dense = new boolean[columns.length];
      for (int c = 0; c < target.length; c++) {
        if (target[c] >= 0 && batch.isDense(c)) {
          dense[target[c]] = true;
        }
      }
      for (int t = 0; t < columns.length; t++) {
        if (!dense[t]) {
          columns[t].clearRange(at[first], n - first);
        }
      }
      return;
    }
    for (int i = first; i < n; i++) {
      if (fresh[i]) {
        for (Column col : columns) {
          col.setNull(at[i]);
        }
      }
    }
  }

  /** Whether the batch writes fresh rows {@code at[first]}, {@code at[first]+1}, … in order. */
  private static boolean isFreshRun(int[] at, boolean[] fresh, int first, int n) {
    for (int i = first; i < n; i++) {
      if (!fresh[i] || at[i] != at[first] + (i - first)) {
        return false;
      }
    }
    return n > first;
  }

  /** Copies a dense run of batch rows into fresh table rows in bulk. */
  private static void copyRun(Column src, Column dst, int from, int to, int count) {
    if (dst instanceof StringColumn) {
      StringColumn s = (StringColumn) dst;
      StringColumn b = (StringColumn) src;
      s.copyRangeRemapped(b, from, to, count, s.remapFrom(b.dictionary()));
    } else {
      dst.copyRange(src, from, to, count);
    }
  }

  /** Finds or allocates the row each batch row writes to. */
  private void resolveRows(ColumnBatch batch, int[] target, int first, int[] at, boolean[] fresh,
      IntArrayList added, IntArrayList updated) {
    int n = batch.rowCount();
    int keyInBatch = -1;
    int implicitInBatch = -1;
    for (int c = 0; c < target.length; c++) {
      if (target[c] >= 0 && target[c] == keyColumn) {
        keyInBatch = c;
      } else if (target[c] < 0) {
        implicitInBatch = c;
      }
    }
    if (keyInBatch < 0 && implicitInBatch < 0 && limit == 0) {
      int start = rows.appendRun(n);
      implicit.appended(n);
      added.ensureCapacity(n);
      for (int i = 0; i < n; i++) {
        at[i] = start + i;
        fresh[i] = true;
        added.add(start + i);
      }
      return;
    }
    if (limit > 0) {
      implicit.skipped(first);
    }
    int[] remap = null;
    if (keyInBatch >= 0 && batch.column(keyInBatch).type() == ColumnType.STRING) {
      StringColumn src = (StringColumn) batch.column(keyInBatch);
      remap = ((StringColumn) columns[keyColumn]).remapFrom(src.dictionary());
    }
    // Row ids are below the high-water mark after this batch's allocations.
    long[] seen = seenScratch(rows.rowCount() + (n - first));
    for (int i = first; i < n; i++) {
      int row;
      if (keyInBatch >= 0) {
        Column kc = batch.column(keyInBatch);
        boolean isNull = kc.isNull(i);
        long key = isNull ? 0 : KeyIndex.fold(kc, i, remap);
        row = keys.get(isNull, key);
        if (row < 0) {
          row = rows.allocate();
          keys.put(isNull, key, row);
          fresh[i] = true;
          added.add(row);
          markSeen(seen, row);
        } else if (markSeen(seen, row)) {
          updated.add(row);
        }
      } else if (implicitInBatch >= 0 && (row = existingRow(batch.column(implicitInBatch), i)) >= 0) {
        if (markSeen(seen, row)) {
          updated.add(row);
        }
      } else if (limit > 0) {
        row = implicit.nextRingSlot();
        fresh[i] = true;
        if (rows.isLive(row)) {
          updated.add(row);
        } else {
          rows.markLive(row);
          added.add(row);
        }
      } else {
        row = rows.allocate();
        implicit.appended(1);
        fresh[i] = true;
        added.add(row);
      }
      at[i] = row;
    }
    // Every bit set above is a row this batch wrote: clearing those leaves the scratch empty for the next.
    for (int i = first; i < n; i++) {
      int w = at[i] >>> 6;
      if (w < seen.length) {
        seen[w] = 0L;
      }
    }
  }

  /** The batch's set of rows written so far, as a bitset over row ids, empty and with room for {@code rows}. */
  private long[] seenScratch(int rows) {
    int words = (rows + 63) >>> 6;
    if (seenRows.length < words) {
      seenRows = new long[Math.max(words, seenRows.length + (seenRows.length >> 1))];
    }
    return seenRows;
  }

  /** Adds {@code row} to the set; whether it was not there yet. */
  private static boolean markSeen(long[] seen, int row) {
    long bit = 1L << row;
    int w = row >>> 6;
    if ((seen[w] & bit) != 0) {
      return false;
    }
    seen[w] |= bit;
    return true;
  }

  /** The live row whose implicit index is row {@code i} of {@code index}, or -1. */
  private int existingRow(Column index, int i) {
    if (index.isNull(i)) {
      return -1;
    }
    long row = implicit.rowOf(((IntColumn) index).getLong(i));
    return row >= 0 && row < rows.rowCount() && rows.isLive((int) row) ? (int) row : -1;
  }

  private static void writeColumn(ColumnBatch batch, int c, Column dst, int[] at, int first) {
    Column src = batch.column(c);
    int n = batch.rowCount();
    boolean dense = batch.isDense(c);
    if (dst instanceof StringColumn) {
      StringColumn s = (StringColumn) dst;
      int[] remap = s.remapFrom(((StringColumn) src).dictionary());
      for (int i = first; i < n; i++) {
        if (dense || batch.isPresent(c, i)) {
          s.copyRemapped((StringColumn) src, i, at[i], remap);
        }
      }
    } else {
      for (int i = first; i < n; i++) {
        if (dense || batch.isPresent(c, i)) {
          dst.copyRow(src, i, at[i]);
        }
      }
    }
  }
}
