package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.table.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of a flat view, fixed at the moment the window was taken: the row ids are
 * copied, the values are read from the columns when asked, so a window is read
 * before the table next changes.
 */
final class FlatWindow implements ViewWindow {
  private final int rowCount;
  private final List<WindowColumn> columns;
  private final WindowColumn index;

  FlatWindow(int rowCount, List<WindowColumn> columns, WindowColumn index) {
    this.rowCount = rowCount;
    this.columns = Collections.unmodifiableList(columns);
    this.index = index;
  }

  /** The window of {@code rows} of {@code table}, showing {@code columns} named {@code names}. */
  static FlatWindow of(Table table, List<String> names, Column[] columns, int[] rows) {
    List<WindowColumn> out = new ArrayList<>(columns.length);
    for (int c = 0; c < columns.length; c++) {
      out.add(new RowColumn(names.get(c), columns[c], rows));
    }
    WindowColumn index = table.keyColumn() >= 0
        ? new RowColumn(Table.IMPLICIT_INDEX, table.column(table.keyColumn()), rows)
        : new InsertionIndexColumn(table, rows);
    return new FlatWindow(rows.length, out, index);
  }

  @Override
  public int rowCount() {
    return rowCount;
  }

  @Override
  public List<WindowColumn> columns() {
    return columns;
  }

  @Override
  public List<WindowColumn> rowPath() {
    return List.of();
  }

  @Override
  public int depth(int row) {
    return 0;
  }

  @Override
  public WindowColumn index() {
    return index;
  }
}
