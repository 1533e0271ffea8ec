package dev.parallax.engine.expression;

/**
 * A compiled node with its result type: exactly one of {@code num} and {@code str}
 * is set, except for a vector, which has {@code vec} and, for where a number is
 * expected, {@code num} reading its first element.
 */
record Typed(ValueType type, NumNode num, StrNode str, VecNode vec) {
  static Typed num(ValueType type, NumNode node) {
    return new Typed(type, node, null, null);
  }

  static Typed str(StrNode node) {
    return new Typed(ValueType.STRING, null, node, null);
  }

  static Typed vec(VecNode node) {
    return new Typed(ValueType.VECTOR, new VectorNodes.First(node), null, node);
  }

  boolean isNumeric() {
    return type == ValueType.INTEGER || type == ValueType.FLOAT;
  }

  /** The value where one number or string is expected: a vector stands for its first element. */
  Typed scalar() {
    return vec == null ? this : num(vec.types[0], num);
  }
}
