package dev.parallax.engine.expression;

import java.util.Arrays;

/**
 * A compiled node whose value is a vector of numbers (ExprTK's {@code var v[3]}),
 * null elements as NaN. {@link #eval} returns an array the node owns (a variable's
 * own storage, or an operator's buffer), valid until the node is evaluated again;
 * nothing is allocated per row.
 */
abstract class VecNode {
  final int size;
  /** The type of each element as far as compilation knows, for reads by a constant index and copies. */
  final ValueType[] types;

  VecNode(ValueType[] types) {
    this.size = types.length;
    this.types = types;
  }

  /** {@code n} float elements: the result of arithmetic. */
  static ValueType[] floats(int n) {
    ValueType[] t = new ValueType[n];
    Arrays.fill(t, ValueType.FLOAT);
    return t;
  }

  abstract double[] eval(int row);
}
