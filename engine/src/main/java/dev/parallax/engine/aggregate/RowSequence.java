package dev.parallax.engine.aggregate;

/**
 * Where a row stands in the order that "first", "last", "any" and the tie-breaks
 * of "dominant", "max by" and "min by" follow. Perspective orders rows by primary
 * key (for an unindexed table the implicit index, i.e. insertion order), never by
 * the view's sort or the time of the last update; some functions order by leaf
 * group first (see {@link AggregateKind#ordersRowsByTree()}). Sequences of rows
 * from different partitions must be comparable for merged states to pick right.
 */
@FunctionalInterface
public interface RowSequence {
  /** The position of table row {@code row}; smaller comes first. */
  long at(int row);

  /** Row ids as the order: right for a table whose row ids follow its index. */
  RowSequence ROW_ID = row -> row;
}
