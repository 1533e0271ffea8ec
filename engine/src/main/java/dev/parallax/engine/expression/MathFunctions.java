package dev.parallax.engine.expression;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * ExprTK's numeric built-ins as Perspective 5.5.1 exposes them, with the result
 * types it reports: float for all but {@code trunc}, {@code sgn} and
 * {@code iclamp} (integer) and {@code inrange} (boolean). Arguments must be
 * integer or float. Values are computed correctly where 5.5.1 is wrong (it
 * returns null for {@code abs} of an integer column and for the trigonometric
 * functions of an integer column).
 */
final class MathFunctions {
  private MathFunctions() {}

  static final Map<String, DoubleUnaryOperator> UNARY = new HashMap<>();
  static final Map<String, DoubleBinaryOperator> BINARY = new HashMap<>();
  static final Map<String, FunctionNodes.Ternary> TERNARY = new HashMap<>();

  static {
    UNARY.put("abs", Math::abs);
    UNARY.put("ceil", Math::ceil);
    UNARY.put("floor", Math::floor);
    UNARY.put("round", MathFunctions::round);
    UNARY.put("trunc", MathFunctions::trunc);
    UNARY.put("sqrt", Math::sqrt);
    UNARY.put("exp", Math::exp);
    UNARY.put("expm1", Math::expm1);
    UNARY.put("log", Math::log);
    UNARY.put("log10", Math::log10);
    UNARY.put("log2", x -> Math.log(x) / Math.log(2));
    UNARY.put("log1p", Math::log1p);
    UNARY.put("sgn", Math::signum);
    UNARY.put("frac", x -> x - trunc(x));
    UNARY.put("sin", Math::sin);
    UNARY.put("cos", Math::cos);
    UNARY.put("tan", Math::tan);
    UNARY.put("cot", x -> 1 / Math.tan(x));
    UNARY.put("asin", Math::asin);
    UNARY.put("acos", Math::acos);
    UNARY.put("atan", Math::atan);
    UNARY.put("sinh", Math::sinh);
    UNARY.put("cosh", Math::cosh);
    UNARY.put("tanh", Math::tanh);
    UNARY.put("asinh", x -> Math.log(x + Math.sqrt(x * x + 1)));
    UNARY.put("acosh", x -> Math.log(x + Math.sqrt(x * x - 1)));
    UNARY.put("atanh", x -> 0.5 * Math.log((1 + x) / (1 - x)));
    UNARY.put("sinc", x -> x == 0 ? 1 : Math.sin(x) / x);
    UNARY.put("deg2rad", Math::toRadians);
    UNARY.put("rad2deg", Math::toDegrees);
    UNARY.put("deg2grad", x -> x * 10 / 9);
    UNARY.put("grad2deg", x -> x * 9 / 10);

    BINARY.put("pow", Math::pow);
    BINARY.put("logn", (x, n) -> Math.log(x) / Math.log(n));
    BINARY.put("root", (x, n) -> Math.pow(x, 1 / n));
    BINARY.put("percent_of", (x, y) -> x / y * 100);

    TERNARY.put("clamp", (lo, x, hi) -> x < lo ? lo : x > hi ? hi : x);
    TERNARY.put("iclamp", (lo, x, hi) -> x <= lo || x >= hi ? x : (x - lo < hi - x ? lo : hi));
    TERNARY.put("inrange", (lo, x, hi) -> NumNode.bool(lo <= x && x <= hi));
  }

  /** The result type of a fixed-arity math function. */
  static ValueType resultType(String name) {
    switch (name) {
      case "trunc": case "sgn": case "iclamp": return ValueType.INTEGER;
      case "inrange": return ValueType.BOOLEAN;
      default: return ValueType.FLOAT;
    }
  }

  /** Rounds half away from zero, as C's {@code round} does. */
  static double round(double x) {
    return Math.signum(x) * Math.floor(Math.abs(x) + 0.5);
  }

  static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  /**
   * {@code min}, {@code max}, {@code sum}, {@code avg}, {@code mul} over any number of
   * arguments. As observed in 5.5.1: {@code sum}, {@code avg} and {@code mul} are
   * null when any argument is; {@code min} and {@code max} are null when the first
   * is and skip later nulls.
   */
  static final class Variadic extends NumNode {
    private final String name;
    private final NumNode[] args;

    Variadic(String name, NumNode[] args) {
      this.name = name;
      this.args = args;
    }

    @Override
    double eval(int row) {
      double acc = args[0].eval(row);
      if (acc != acc) {
        return Double.NaN;
      }
      for (int i = 1; i < args.length; i++) {
        double x = args[i].eval(row);
        switch (name) {
          case "min":
            acc = x < acc ? x : acc;
            break;
          case "max":
            acc = x > acc ? x : acc;
            break;
          case "mul":
            acc *= x;
            break;
          default:
            acc += x;
            break;
        }
      }
      return name.equals("avg") ? acc / args.length : acc;
    }
  }

  /** {@code coalesce(a, b, …)}: the first argument that is not null. */
  static final class Coalesce extends NumNode {
    private final NumNode[] args;

    Coalesce(NumNode[] args) {
      this.args = args;
    }

    @Override
    double eval(int row) {
      for (NumNode a : args) {
        double x = a.eval(row);
        if (x == x) {
          return x;
        }
      }
      return Double.NaN;
    }
  }

  static final class StrCoalesce extends StrNode {
    private final StrNode[] args;

    StrCoalesce(StrNode[] args) {
      this.args = args;
    }

    @Override
    String eval(int row) {
      for (StrNode a : args) {
        String s = a.eval(row);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
  }
}
