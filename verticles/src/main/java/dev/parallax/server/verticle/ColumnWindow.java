package dev.parallax.server.verticle;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.view.ViewWindow;
import dev.parallax.engine.view.WindowColumn;
import java.util.List;

/** One engine column as a one-column window, so that the output writers can write it (removed keys). */
final class ColumnWindow implements ViewWindow, WindowColumn {
  private final String name;
  private final Column column;
  private final int rows;

  ColumnWindow(String name, Column column, int rows) {
    this.name = name;
    this.column = column;
    this.rows = rows;
  }

  @Override
  public int rowCount() {
    return rows;
  }

  @Override
  public List<WindowColumn> columns() {
    return List.of(this);
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
    return null;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return column.type();
  }

  @Override
  public IntegerWidth integerWidth() {
    return column instanceof IntColumn ? ((IntColumn) column).width() : IntegerWidth.INT32;
  }

  @Override
  public boolean isNull(int row) {
    return column.isNull(row);
  }

  @Override
  public int getInt(int row) {
    return ((IntColumn) column).getInt(row);
  }

  @Override
  public long getLong(int row) {
    return column instanceof IntColumn ? ((IntColumn) column).getLong(row) : ((LongColumn) column).getLong(row);
  }

  @Override
  public double getDouble(int row) {
    return ((DoubleColumn) column).getDouble(row);
  }

  @Override
  public boolean getBoolean(int row) {
    return ((BoolColumn) column).getBoolean(row);
  }

  @Override
  public String getString(int row) {
    return ((StringColumn) column).getString(row);
  }
}
