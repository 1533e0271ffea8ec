package dev.parallax.engine.view;

import dev.parallax.engine.table.Table;

/**
 * The order a view shows rows in when its sort keys tie, and when it has none
 * (verified against Perspective 5.5.1): by primary key for an indexed table
 * (null key first), by insertion for an unindexed one, oldest first in a
 * {@code limit} ring even after it wraps.
 */
final class NaturalKey {
  private NaturalKey() {
  }

  static SortKey of(Table table) {
    if (table.keyColumn() >= 0) {
      return SortKey.of(table.column(table.keyColumn()), false, false);
    }
    return new SortKey(false) {
      @Override
      long encode(int row) {
        return table.implicitIndex(row);
      }
    };
  }

  /** Whether ascending row ids already are the natural order. */
  static boolean isRowIdOrder(Table table) {
    return table.keyColumn() < 0 && table.options().getLimit() == 0;
  }
}
