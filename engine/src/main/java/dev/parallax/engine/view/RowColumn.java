package dev.parallax.engine.view;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Dictionary;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;

/** A window column reading a source column at a list of row ids. */
final class RowColumn implements WindowColumn {
  private final String name;
  private final Column column;
  private final int[] rows;

  RowColumn(String name, Column column, int[] rows) {
    this.name = name;
    this.column = column;
    this.rows = rows;
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
    return column.isNull(rows[row]);
  }

  @Override
  public int getInt(int row) {
    if (column instanceof IntColumn) {
      return ((IntColumn) column).getInt(rows[row]);
    }
    return WindowColumn.super.getInt(row);
  }

  @Override
  public long getLong(int row) {
    if (column.type() == ColumnType.INTEGER) {
      return ((IntColumn) column).getLong(rows[row]);
    }
    if (column instanceof LongColumn) {
      return ((LongColumn) column).getLong(rows[row]);
    }
    return WindowColumn.super.getLong(row);
  }

  @Override
  public double getDouble(int row) {
    if (column instanceof DoubleColumn) {
      return ((DoubleColumn) column).getDouble(rows[row]);
    }
    return WindowColumn.super.getDouble(row);
  }

  @Override
  public boolean getBoolean(int row) {
    if (column instanceof BoolColumn) {
      return ((BoolColumn) column).getBoolean(rows[row]);
    }
    return WindowColumn.super.getBoolean(row);
  }

  @Override
  public String getString(int row) {
    if (column instanceof StringColumn) {
      return ((StringColumn) column).getString(rows[row]);
    }
    return WindowColumn.super.getString(row);
  }

  @Override
  public Dictionary dictionary() {
    return column instanceof StringColumn ? ((StringColumn) column).dictionary() : null;
  }

  @Override
  public int getCode(int row) {
    return ((StringColumn) column).getCode(rows[row]);
  }
}
