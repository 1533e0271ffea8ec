package dev.parallax.engine.table;

import dev.parallax.engine.column.ColumnBatch;

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

  public boolean isEmpty() {
    return !reset && added.length == 0 && updated.length == 0 && removed.length == 0;
  }
}
