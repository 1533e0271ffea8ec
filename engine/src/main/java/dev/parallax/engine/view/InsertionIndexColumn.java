package dev.parallax.engine.view;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.Table;

/** The {@code __INDEX__} of an unindexed table's rows: their insertion index. */
final class InsertionIndexColumn implements WindowColumn {
  private final Table table;
  private final int[] rows;

  InsertionIndexColumn(Table table, int[] rows) {
    this.table = table;
    this.rows = rows;
  }

  @Override
  public String name() {
    return Table.IMPLICIT_INDEX;
  }

  @Override
  public ColumnType type() {
    return ColumnType.INTEGER;
  }

  @Override
  public boolean isNull(int row) {
    return false;
  }

  @Override
  public long getLong(int row) {
    return table.implicitIndex(rows[row]);
  }

  @Override
  public int getInt(int row) {
    return (int) getLong(row);
  }
}
