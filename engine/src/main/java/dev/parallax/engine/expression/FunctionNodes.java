package dev.parallax.engine.expression;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Function calls as nodes that apply a primitive lambda: numeric ones keep the
 * chunk form (one lambda call per value in a loop over the argument's chunk), and
 * each takes care of nulls the same way, so a function body never sees a null.
 */
final class FunctionNodes {
  private FunctionNodes() {}

  /** f(a); null in, null out. */
  static final class Map1 extends NumNode {
    private final NumNode a;
    private final DoubleUnaryOperator f;

    Map1(NumNode a, DoubleUnaryOperator f) {
      this.a = a;
      this.f = f;
    }

    @Override
    double eval(int row) {
      double x = a.eval(row);
      return x == x ? f.applyAsDouble(x) : Double.NaN;
    }

    @Override
    void evalChunk(int[] rows, int n, double[] out) {
      a.evalChunk(rows, n, out);
      for (int i = 0; i < n; i++) {
        double x = out[i];
        out[i] = x == x ? f.applyAsDouble(x) : Double.NaN;
      }
    }
  }

  /** f(a, b); null if either is null. */
  static final class Map2 extends NumNode {
    private final NumNode a;
    private final NumNode b;
    private final DoubleBinaryOperator f;

    Map2(NumNode a, NumNode b, DoubleBinaryOperator f) {
      this.a = a;
      this.b = b;
      this.f = f;
    }

    @Override
    double eval(int row) {
      double x = a.eval(row);
      double y = b.eval(row);
      return x == x && y == y ? f.applyAsDouble(x, y) : Double.NaN;
    }
  }

  interface Ternary {
    double apply(double a, double b, double c);
  }

  /** f(a, b, c); null if any is null. */
  static final class Map3 extends NumNode {
    private final NumNode a;
    private final NumNode b;
    private final NumNode c;
    private final Ternary f;

    Map3(NumNode a, NumNode b, NumNode c, Ternary f) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.f = f;
    }

    @Override
    double eval(int row) {
      double x = a.eval(row);
      double y = b.eval(row);
      double z = c.eval(row);
      return x == x && y == y && z == z ? f.apply(x, y, z) : Double.NaN;
    }
  }

  /** A value that needs no argument: {@code random()}, {@code now()}, {@code today()}. */
  static final class Source extends NumNode {
    private final DoubleSupplier f;

    Source(DoubleSupplier f) {
      this.f = f;
    }

    @Override
    double eval(int row) {
      return f.getAsDouble();
    }
  }

  /** A number from a string; null in, null out. */
  static final class StrToNum extends NumNode {
    private final StrNode a;
    private final ToDoubleFunction<String> f;

    StrToNum(StrNode a, ToDoubleFunction<String> f) {
      this.a = a;
      this.f = f;
    }

    @Override
    double eval(int row) {
      String s = a.eval(row);
      return s == null ? Double.NaN : f.applyAsDouble(s);
    }
  }

  /** A string from a string; null in, null out; the function may return null too. */
  static final class StrToStr extends StrNode {
    private final StrNode a;
    private final UnaryOperator<String> f;

    StrToStr(StrNode a, UnaryOperator<String> f) {
      this.a = a;
      this.f = f;
    }

    @Override
    String eval(int row) {
      String s = a.eval(row);
      return s == null ? null : f.apply(s);
    }
  }

  /** A string from a number; null in, null out. */
  static final class NumToStr extends StrNode {
    private final NumNode a;
    private final DoubleFunction<String> f;

    NumToStr(NumNode a, DoubleFunction<String> f) {
      this.a = a;
      this.f = f;
    }

    @Override
    String eval(int row) {
      double x = a.eval(row);
      return x == x ? f.apply(x) : null;
    }
  }
}
