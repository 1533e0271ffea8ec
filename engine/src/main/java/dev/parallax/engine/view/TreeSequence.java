package dev.parallax.engine.view;

import dev.parallax.engine.aggregate.RowSequence;
import java.util.Arrays;

/**
 * The row order that "first", "last", "any" and the tie-breaks of "dominant",
 * "max by" and "min by" follow in a pivot: a row's leaf group's place in the
 * view's group order in the high 32 bits, its rank by primary key (insertion
 * for an unindexed table) in the low. Within a leaf group that is key order;
 * across groups it is the tree's order, the two orders Perspective 5.5.1 uses.
 * Filled afresh whenever those aggregates are recomputed.
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
