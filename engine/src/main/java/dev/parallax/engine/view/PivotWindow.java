package dev.parallax.engine.view;

import java.util.List;
import java.util.function.Supplier;

/**
 * Rows of a pivot, their aggregates written when the window was taken: the
 * output columns, the row path (one column per group_by level) and each row's
 * depth. The {@code __INDEX__} lists (the keys of the table rows under each
 * row) are gathered only when an output asks for them, so read the window
 * before the table next changes.
 */
final class PivotWindow implements ViewWindow {
  /** Every row's keys, concatenated: row {@code r}'s are {@code keys[offsets[r]..offsets[r+1])}. */
  record IndexLists(WindowColumn keys, int[] offsets) { }

  private final int rowCount;
  private final List<WindowColumn> columns;
  private final List<WindowColumn> rowPath;
  private final int[] depths;
  private final WindowColumn ids;
  private final Supplier<IndexLists> lists;
  private IndexLists index;

  /**
   * @param ids each row's own key for {@code __ID__} when the rows have no path
   *     (a split-only view's rows are table rows), else null
   * @param lists the {@code __INDEX__} lists, made on first use; null when the
   *     rows have none
   */
  PivotWindow(int rowCount, List<WindowColumn> columns, List<WindowColumn> rowPath, int[] depths,
      WindowColumn ids, Supplier<IndexLists> lists) {
    this.rowCount = rowCount;
    this.columns = columns;
    this.rowPath = rowPath;
    this.depths = depths;
    this.ids = ids;
    this.lists = lists;
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
    return rowPath;
  }

  @Override
  public int depth(int row) {
    return depths[row];
  }

  private IndexLists lists() {
    if (index == null && lists != null) {
      index = lists.get();
    }
    return index;
  }

  @Override
  public WindowColumn index() {
    if (ids != null) {
      return ids;
    }
    IndexLists l = lists();
    return l == null ? null : l.keys();
  }

  @Override
  public boolean isFlat() {
    return false;
  }

  @Override
  public WindowColumn rowKeys() {
    return ids;
  }

  @Override
  public int indexStart(int row) {
    IndexLists l = ids == null ? lists() : null;
    return l == null ? 0 : l.offsets()[row];
  }

  @Override
  public int indexEnd(int row) {
    IndexLists l = ids == null ? lists() : null;
    return l == null ? 0 : l.offsets()[row + 1];
  }
}
