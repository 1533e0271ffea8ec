package dev.parallax.engine.expression;

import dev.parallax.engine.column.ColumnType;

/**
 * The type of an expression node: a column type, or the null literal, or no value
 * (a loop), or a vector of numbers.
 */
enum ValueType {
  INTEGER, FLOAT, BOOLEAN, DATE, DATETIME, STRING, NULL, VOID, VECTOR;

  static ValueType of(ColumnType t) {
    return valueOf(t.name());
  }

  ColumnType columnType() {
    return ColumnType.valueOf(name());
  }

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
