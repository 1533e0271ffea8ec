package dev.parallax.engine.view;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.TableDelta;
import java.util.List;
import java.util.Map;

/**
 * What a {@link View} computes: a flat view's rows ({@link FlatBody}) or a
 * pivot's tree of groups ({@link PivotBody}). The view owns the listeners and the
 * life cycle; the body owns the rows, keeps them current and answers reads.
 */
interface ViewBody {
  /** The configuration as {@code get_config} reports it. */
  ViewConfig config();

  int numRows();

  /** The number of output columns: of column paths for a split view. */
  int numColumns();

  /** Each shown column's name and result type, in view order. */
  Map<String, ColumnType> schema();

  /** The output column names: for a split view {@code "value|…|column"}. */
  List<String> columnPaths();

  /** The least and greatest non-null value of {@code column} over the view. */
  List<Object> minMax(String column);

  /** Rows {@code [r0, r1)} and output columns {@code [c0, c1)}, already clamped. */
  ViewWindow window(int r0, int r1, int c0, int c1);

  /**
   * Applies one table batch.
   *
   * @param report whether a listener waits for the update
   * @return the changed rows when {@code report}, else null
   */
  ViewUpdate apply(TableDelta delta, boolean report);

  /** Shows the children of the row at {@code row}; returns how many rows appeared. */
  int expand(int row);

  /** Hides the descendants of the row at {@code row}; returns how many rows disappeared. */
  int collapse(int row);

  /** Expands every row above depth {@code depth} and collapses the others. */
  void setDepth(int depth);

  /** Frees what the body holds; the view was deleted. */
  void clear();
}
