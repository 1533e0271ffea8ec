package dev.parallax.engine.table;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.StringColumn;

/**
 * What one batch did to a table: the row ids it added, changed and removed, and
 * the values changed and removed rows held before. Views apply it instead of
 * recomputing; invertible aggregates subtract the old values and add the new.
 *
 * <p>A reset delta ({@link #isReset()}) replaced the table wholesale (clear or
 * replace): consumers recompute from the table as it now is.
 */
public final class TableDelta {
  private static final int[] NONE = new int[0];

  private final boolean reset;
  private final int[] added;
  private final int[] updated;
  private final int[] removed;
  private final ColumnBatch updatedBefore;
  private final ColumnBatch removedBefore;
  private final boolean[] touched;

  TableDelta(boolean reset, int[] added, int[] updated, int[] removed,
      ColumnBatch updatedBefore, ColumnBatch removedBefore, boolean[] touched) {
    this.reset = reset;
    this.added = added;
    this.updated = updated;
    this.removed = removed;
    this.updatedBefore = updatedBefore;
    this.removedBefore = removedBefore;
    this.touched = touched;
  }

  static TableDelta reset(int[] added, int columns) {
    boolean[] all = new boolean[columns];
    java.util.Arrays.fill(all, true);
    return new TableDelta(true, added, NONE, NONE, null, null, all);
  }

  public boolean isReset() {
    return reset;
  }

  /** Row ids that became live. */
  public int[] added() {
    return added;
  }

  /** Row ids that were live before and after and whose values may have changed. */
  public int[] updated() {
    return updated;
  }

  /** Row ids that are no longer live. */
  public int[] removed() {
    return removed;
  }

  /**
   * The values of the rows in {@link #updated()} before the batch, all columns in
   * table order; row {@code i} is {@code updated()[i]}. Null on a reset.
   */
  public ColumnBatch updatedBefore() {
    return updatedBefore;
  }

  /** The values of the rows in {@link #removed()} before removal; row {@code i} is {@code removed()[i]}. */
  public ColumnBatch removedBefore() {
    return removedBefore;
  }

  /** Whether the batch wrote table column {@code column} in any row. */
  public boolean touches(int column) {
    return touched[column];
  }

  /**
   * This batch with {@code rows} (live, neither added nor updated by it) also
   * counted as updated, their values before being their current ones in
   * {@code table}: for consumers to whom those rows changed for reasons of their
   * own, as a window column's rows change when another row of their partition does.
   */
  public TableDelta withUpdated(int[] rows, Table table) {
    if (reset || rows.length == 0) {
      return this;
    }
    int u = updated.length;
    int[] all = java.util.Arrays.copyOf(updated, u + rows.length);
    System.arraycopy(rows, 0, all, u, rows.length);
    ColumnBatch.Builder b = ColumnBatch.builder(all.length);
    for (int c = 0; c < table.schema().size(); c++) {
      Column src = table.column(c);
      Column dst = src instanceof StringColumn
          ? StringColumn.sharing(((StringColumn) src).dictionary(), all.length)
          : Column.create(src.type(), all.length);
      if (u > 0) {
        dst.copyRange(updatedBefore.column(c), 0, 0, u);
      }
      for (int i = 0; i < rows.length; i++) {
        dst.copyRow(src, rows[i], u + i);
      }
      b.add(table.schema().name(c), dst);
    }
    return new TableDelta(false, added, all, removed, b.build(), removedBefore, touched);
  }

  public boolean isEmpty() {
    return !reset && added.length == 0 && updated.length == 0 && removed.length == 0;
  }
}
