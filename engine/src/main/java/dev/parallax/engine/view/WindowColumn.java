package dev.parallax.engine.view;

import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.ColumnType;

/**
 * One column of a {@link ViewWindow}. Read the accessor that matches
 * {@link #type()}: integers with {@link #getLong}, floats with {@link #getDouble},
 * dates with {@link #getInt} (days since 1970-01-01), datetimes with
 * {@link #getLong} (epoch milliseconds), strings with {@link #getString},
 * booleans with {@link #getBoolean}. A null row's accessors return 0, false or null.
 */
public interface WindowColumn {
  String name();

  ColumnType type();

  default IntegerWidth integerWidth() {
    return IntegerWidth.INT32;
  }

  boolean isNull(int row);

  default int getInt(int row) {
    throw new UnsupportedOperationException(type() + " column read as date");
  }

  default long getLong(int row) {
    throw new UnsupportedOperationException(type() + " column read as integer or datetime");
  }

  default double getDouble(int row) {
    throw new UnsupportedOperationException(type() + " column read as float");
  }

  default boolean getBoolean(int row) {
    throw new UnsupportedOperationException(type() + " column read as boolean");
  }

  default String getString(int row) {
    throw new UnsupportedOperationException(type() + " column read as string");
  }
}
