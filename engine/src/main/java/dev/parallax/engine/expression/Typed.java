package dev.parallax.engine.expression;

/** A compiled node with its result type: exactly one of {@code num} and {@code str} is set. */
record Typed(ValueType type, NumNode num, StrNode str) {
  static Typed num(ValueType type, NumNode node) {
    return new Typed(type, node, null);
  }

  static Typed str(StrNode node) {
    return new Typed(ValueType.STRING, null, node);
  }

  boolean isNumeric() {
    return type == ValueType.INTEGER || type == ValueType.FLOAT;
  }
}
