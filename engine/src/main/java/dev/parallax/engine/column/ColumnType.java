package dev.parallax.engine.column;

import dev.parallax.engine.ParallaxException;

/** The six column types of a Perspective table, named as Perspective names them. */
public enum ColumnType {
  INTEGER("integer"),
  FLOAT("float"),
  STRING("string"),
  BOOLEAN("boolean"),
  DATE("date"),
  DATETIME("datetime");

  private static final ColumnType[] VALUES = values();

  private final String label;

  ColumnType(String label) {
    this.label = label;
  }

  /** The name used in schemas on the wire and in JSON, e.g. {@code "datetime"}. */
  public String label() {
    return label;
  }

  /** Whether values of this type are numbers that sum (integer and float). */
  public boolean isNumeric() {
    return this == INTEGER || this == FLOAT;
  }

  /** Parses a schema type name; {@code "int"}, {@code "str"} and {@code "bool"} are accepted too. */
  public static ColumnType of(String label) {
    if (label != null) {
      for (ColumnType t : VALUES) {
        if (t.label.equals(label)) {
          return t;
        }
      }
      switch (label) {
        case "int": return INTEGER;
        case "str": return STRING;
        case "bool": return BOOLEAN;
        default: break;
      }
    }
    throw new ParallaxException("Unknown column type '" + label
        + "': expected one of integer, float, string, boolean, date, datetime");
  }

  @Override
  public String toString() {
    return label;
  }
}
