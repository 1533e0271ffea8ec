package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import dev.parallax.engine.window.WindowSpec;
import java.util.List;
import java.util.Map;

/**
 * The columns a view can show, filter, sort, group and aggregate on, by name: a
 * table's own columns and the computed (expression) columns of the view's
 * config, so nothing in a view assumes that a column belongs to the table.
 * Columns are addressed by the table's row ids.
 *
 * <p>A view owns its source and keeps it current: on every table batch it calls
 * {@link #apply} before it reads any column, so computed values are fresh when
 * the view filters, sorts or aggregates the batch's rows.
 */
public interface ColumnSource {
  /** The column called {@code name}, or null when there is none. */
  Column column(String name);

  /** Every column name, in the order a view without {@code columns} shows them. */
  List<String> names();

  /**
   * Whether {@code delta} may have changed values of column {@code name} in the
   * rows it updated: a view whose filter and sort columns are all untouched keeps
   * its row order.
   */
  boolean touchedBy(String name, TableDelta delta);

  /**
   * Brings computed columns up to date with {@code delta}, which the table has
   * just applied, and returns the delta the view applies: {@code delta} itself,
   * or (with window columns) {@code delta} with the rows whose window values the
   * batch changed counted as updated. Table columns need nothing; the default
   * returns {@code delta}.
   */
  default TableDelta apply(TableDelta delta) {
    return delta;
  }

  /**
   * The values column {@code name} held before {@code delta} (the one last
   * {@link #apply applied}) in the rows it updated: row {@code i} of the result is
   * {@code delta.updated()[i]}. What an invertible aggregate subtracts. Null for a
   * reset delta.
   */
  Column updatedBefore(String name, TableDelta delta);

  /**
   * The values column {@code name} held in the rows {@code delta} removed: row
   * {@code i} of the result is {@code delta.removed()[i]}. Null when the delta
   * removed nothing.
   */
  Column removedBefore(String name, TableDelta delta);

  /** The columns of {@code table}. */
  static ColumnSource of(Table table) {
    return new TableColumnSource(table);
  }

  /**
   * The columns of {@code table} and, after them, one computed column per
   * expression (name to text, as {@link ViewConfig#expressions()} holds them),
   * each compiled and evaluated over the table now. A bad expression is a
   * {@link dev.parallax.engine.ParallaxException} naming it, with the line and
   * column of the fault (its cause, an
   * {@link dev.parallax.engine.expression.ExpressionException}, carries them
   * apart); nothing is attached to the table either way.
   */
  static ColumnSource of(Table table, Map<String, String> expressions) {
    return expressions.isEmpty() ? of(table) : ExpressionColumnSource.compile(table, expressions);
  }

  /**
   * The columns of {@link #of(Table, Map)} and, after them in name order, one
   * window column per entry of {@code windows}, checked against the table and
   * computed now. A bad window (name taken, unknown column, an aggregate that
   * does not take its frame, offset, alpha or source type) is a
   * {@link dev.parallax.engine.ParallaxException} naming what is wrong.
   */
  static ColumnSource of(Table table, Map<String, String> expressions, Map<String, WindowSpec> windows) {
    ColumnSource base = of(table, expressions);
    return windows.isEmpty() ? base : WindowColumnSource.compile(table, base, windows);
  }
}
