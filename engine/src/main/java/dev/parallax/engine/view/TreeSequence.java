package dev.parallax.engine.view;

import dev.parallax.engine.aggregate.RowSequence;
import java.util.Arrays;

/**
 * A row order for "first", "last", "any" and the tie-breaks of "dominant",
 * "max by" and "min by" in a pivot: a rank in the high 32 bits (a row's leaf
 * group's place among the leaves in key order, for the tree order; 0 for the
 * key order) and the row's rank by primary key (insertion for an unindexed
 * table) in the low. Within a leaf group the two orders agree; Perspective
 * 5.5.1 uses the tree order in unsplit cells and the key order in split cells.
 * Filled afresh whenever those aggregates are rebuilt.
 */
final class TreeSequence implements RowSequence {
  private long[] at = new long[0];

  @Override
  public long at(int row) {
    return at[row];
  }

  /** Sets row {@code row}'s position from its leaf group's and its key's ranks. */
  void set(int row, int leafRank, int keyRank) {
    if (row >= at.length) {
      at = Arrays.copyOf(at, Math.max(row + 1, at.length + (at.length >> 1) + 16));
    }
    at[row] = ((long) leafRank << 32) | keyRank;
  }
}
