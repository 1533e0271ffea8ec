package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import java.util.List;

/**
 * The columns a view can show, filter and sort on, by name. Today these are a
 * table's columns; computed (expression) columns join them by providing another
 * source, so nothing in a view assumes that a column belongs to the table.
 * Columns are addressed by the table's row ids.
 */
public interface ColumnSource {
  /** The column called {@code name}, or null when there is none. */
  Column column(String name);

  /** Every column name, in the order a view without {@code columns} shows them. */
  List<String> names();

  /**
   * Whether {@code delta} may have changed values of column {@code name}: a view
   * whose filter and sort columns are all untouched keeps its row order.
   */
  boolean touchedBy(String name, TableDelta delta);

  /** The columns of {@code table}. */
  static ColumnSource of(Table table) {
    return new TableColumnSource(table);
  }
}
