package dev.parallax.engine.expression;

import java.util.Arrays;

/** Constants and null tests. */
final class ValueNodes {
  private ValueNodes() {}

  static final class NumConst extends NumNode {
    final double value;

    NumConst(double value) {
      this.value = value;
    }

    @Override
    double eval(int row) {
      return value;
    }

    @Override
    void evalChunk(int[] rows, int n, double[] out) {
      Arrays.fill(out, 0, n, value);
    }
  }

  static final class StrConst extends StrNode {
    final String value;

    StrConst(String value) {
      this.value = value;
    }

    @Override
    String eval(int row) {
      return value;
    }
  }

  /** {@code is_null(x)}, {@code x == null}; {@code negate} gives the opposite test. */
  static final class IsNull extends NumNode {
    private final NumNode num;
    private final StrNode str;
    private final boolean negate;

    IsNull(NumNode num, StrNode str, boolean negate) {
      this.num = num;
      this.str = str;
      this.negate = negate;
    }

    @Override
    double eval(int row) {
      // An infinity is a value: 5.5.1 says is_null(log(0)) is false (and 1 / 0 is null, not infinite).
      double x = num != null ? num.eval(row) : 0;
      boolean isNull = num != null ? x != x : str.eval(row) == null;
      return bool(isNull != negate);
    }
  }
}
