package dev.parallax.engine.output;

import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.view.ViewWindow;
import dev.parallax.engine.view.WindowColumn;
import java.util.ArrayList;
import java.util.List;

/** A window over boxed test values: dates as day numbers, datetimes as epoch millis. */
final class ArrayWindow implements ViewWindow {
  private final int rows;
  private final List<WindowColumn> columns = new ArrayList<>();
  private final List<WindowColumn> path = new ArrayList<>();
  private int[] depths;
  private WindowColumn index;

  ArrayWindow(int rows) {
    this.rows = rows;
  }

  ArrayWindow column(String name, ColumnType type, Object... values) {
    columns.add(of(name, type, IntegerWidth.INT32, values));
    return this;
  }

  ArrayWindow wide(String name, IntegerWidth width, Object... values) {
    columns.add(of(name, ColumnType.INTEGER, width, values));
    return this;
  }

  ArrayWindow path(String name, ColumnType type, Object... values) {
    path.add(of(name, type, IntegerWidth.INT32, values));
    return this;
  }

  ArrayWindow depths(int... depths) {
    this.depths = depths;
    return this;
  }

  ArrayWindow index(ColumnType type, Object... values) {
    index = of("__INDEX__", type, IntegerWidth.INT32, values);
    return this;
  }

  @Override
  public int rowCount() {
    return rows;
  }

  @Override
  public List<WindowColumn> columns() {
    return columns;
  }

  @Override
  public List<WindowColumn> rowPath() {
    return path;
  }

  @Override
  public int depth(int row) {
    return depths == null ? 0 : depths[row];
  }

  @Override
  public WindowColumn index() {
    return index;
  }

  private static WindowColumn of(String name, ColumnType type, IntegerWidth width, Object[] v) {
    return new WindowColumn() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ColumnType type() {
        return type;
      }

      @Override
      public IntegerWidth integerWidth() {
        return width;
      }

      @Override
      public boolean isNull(int row) {
        return v[row] == null;
      }

      @Override
      public int getInt(int row) {
        return ((Number) v[row]).intValue();
      }

      @Override
      public long getLong(int row) {
        return ((Number) v[row]).longValue();
      }

      @Override
      public double getDouble(int row) {
        return ((Number) v[row]).doubleValue();
      }

      @Override
      public boolean getBoolean(int row) {
        return (Boolean) v[row];
      }

      @Override
      public String getString(int row) {
        return (String) v[row];
      }
    };
  }
}
