package dev.parallax.engine.view;

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
