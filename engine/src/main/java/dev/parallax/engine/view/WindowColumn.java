package dev.parallax.engine.view;

import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Dictionary;

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

  /**
   * The dictionary whose codes {@link #getCode} gives, for a string column read
   * straight from a table's column; null otherwise. Writers use it to encode
   * without hashing each row's string.
   */
  default Dictionary dictionary() {
    return null;
  }

  /** The dictionary code of row {@code row}'s string; only where {@link #dictionary()} is not null. */
  default int getCode(int row) {
    throw new UnsupportedOperationException(name() + " has no dictionary");
  }
}
