package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import java.util.List;

/**
 * A rectangle of a view's output, as every output format reads it: rows
 * {@code 0..rowCount()-1} of the window, its columns, and for a pivot the row path
 * of each row. Flat views, pivots and split views all present themselves this
 * way, so each output format is written once.
 */
public interface ViewWindow {
  /**
   * The first {@code rows} rows of one table column, named {@code name}: for
   * writing a column that no view shows (the keys a batch removed) with the
   * output writers.
   */
  static ViewWindow ofColumn(String name, Column column, int rows) {
    int[] ids = new int[rows];
    for (int i = 0; i < rows; i++) {
      ids[i] = i;
    }
    return new FlatWindow(rows, List.of(new RowColumn(name, column, ids)), null);
  }

  int rowCount();

  /** The output columns in order: for a split view named {@code "value|…|column"}. */
  List<WindowColumn> columns();

  /**
   * One column per {@code group_by} level, empty for flat and split-only views.
   * Row {@code r} has a value at the levels below {@link #depth(int) depth(r)}
   * only; the grand total row has depth 0.
   */
  List<WindowColumn> rowPath();

  /** How many row-path elements row {@code row} has. */
  int depth(int row);

  /**
   * Each row's {@code __INDEX__}: the primary key (or, for an unindexed table,
   * the implicit row index) of a flat view's rows; null when the view has none.
   */
  WindowColumn index();

  /** Whether these are a flat view's rows, neither grouped nor split. */
  default boolean isFlat() {
    return rowPath().isEmpty();
  }

  /**
   * Each row's own key, its {@code __ID__}, when the rows are table rows (flat
   * and split-only views); null when they aggregate table rows, whose
   * {@code __ID__} is their row path (empty for the grand total).
   */
  default WindowColumn rowKeys() {
    return index();
  }

  /**
   * Where row {@code row}'s {@code __INDEX__} entries start in {@link #index()}.
   * A flat row has one entry, its own key; a pivot row lists the keys of every
   * table row it aggregates (none for a split view, as Perspective 5.5.1 shows).
   */
  default int indexStart(int row) {
    return row;
  }

  /** One past row {@code row}'s last entry in {@link #index()}. */
  default int indexEnd(int row) {
    return row + 1;
  }
}
