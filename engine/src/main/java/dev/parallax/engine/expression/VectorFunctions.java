package dev.parallax.engine.expression;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions that take vectors, as 5.5.1 has them: {@code sum(v)} and
 * {@code avg(v)}; {@code dot_product3(a, b)} and {@code norm3(a)}, floats;
 * {@code diff3(a, b, out)} and {@code cross_product3(a, b, out)}, which write
 * three elements into the vector variable {@code out} and are true; and
 * {@code indexof(s, 'pattern', out)}, which writes where the pattern's first
 * capture group matched (start and inclusive end) into {@code out} and says
 * whether it did (false for a pattern without a group, as 5.5.1 evaluates it
 * inside a condition; it refuses {@code indexof} as a whole expression then, which
 * Parallax does not). The 3-vector functions read the first three elements of
 * vectors of at least three; a null element makes a null result, except in
 * {@code norm3}, which counts it as 0 (as observed).
 */
final class VectorFunctions {
  private VectorFunctions() {}

  /** Whether {@code name} takes vectors, so a vector argument is not refused before it is looked up here. */
  static boolean takesVectors(String name) {
    switch (name) {
      case "sum": case "avg": case "diff3": case "cross_product3": case "dot_product3": case "norm3": case "indexof":
        return true;
      default:
        return false;
    }
  }

  /** The call's node, or null when it is not a vector call ({@code sum} of numbers). */
  static Typed call(Compiler c, Ast.Call call, Typed[] a) {
    String name = call.name();
    Pos pos = call.pos();
    switch (name) {
      case "sum":
      case "avg":
        return a.length == 1 && a[0].vec() != null ? total(a[0].vec(), name.equals("avg")) : null;
      case "dot_product3":
        signature(call, a, "VV");
        return Typed.num(ValueType.FLOAT, new Dot(three(a[0], pos), three(a[1], pos)));
      case "norm3":
        signature(call, a, "V");
        return Typed.num(ValueType.FLOAT, new Norm(three(a[0], pos)));
      case "diff3":
      case "cross_product3": {
        signature(call, a, "VVV");
        Vectors.Info out = Vectors.variable(c, call.args(), 2);
        if (out == null || out.size() < 3) {
          throw Compiler.typeError(pos);
        }
        c.rowByRow = true;
        return Typed.num(ValueType.BOOLEAN, new Product(name.equals("diff3"), three(a[0], pos), three(a[1], pos),
            c.frame, out.slot()));
      }
      case "indexof": {
        signature(call, a, "TSV");
        Vectors.Info out = Vectors.variable(c, call.args(), 2);
        if (a[0].type() != ValueType.STRING || out == null || out.size() < 2) {
          throw Compiler.typeError(pos);
        }
        c.rowByRow = true;
        return Typed.num(ValueType.BOOLEAN,
            new IndexOf(a[0].str(), StringFunctions.pattern(call.args(), 1, pos), c.frame, out.slot()));
      }
      default:
        return null;
    }
  }

  /**
   * Checks the kinds of the arguments as 5.5.1 does: V a vector, S a string
   * literal, T any other value; a mismatch is its "Failed parameter type check".
   */
  private static void signature(Ast.Call call, Typed[] a, String expected) {
    List<Ast> args = call.args();
    StringBuilder given = new StringBuilder();
    for (int i = 0; i < a.length; i++) {
      given.append(a[i].vec() != null ? 'V' : args.get(i) instanceof Ast.Str ? 'S' : 'T');
    }
    if (!given.toString().equals(expected)) {
      throw new ExpressionException("Failed parameter type check for function '" + call.name() + "', Expected '"
          + expected + "' call set: '" + given + "'", call.end());
    }
  }

  private static VecNode three(Typed t, Pos pos) {
    if (t.vec().size < 3) {
      throw Compiler.typeError(pos);
    }
    return t.vec();
  }

  private static Typed total(VecNode v, boolean average) {
    return Typed.num(ValueType.FLOAT, new NumNode() {
      @Override
      double eval(int row) {
        double[] x = v.eval(row);
        double s = 0;
        for (int i = 0; i < v.size; i++) {
          s += x[i];
        }
        return average ? s / v.size : s;
      }
    });
  }

  static final class Dot extends NumNode {
    private final VecNode a;
    private final VecNode b;

    Dot(VecNode a, VecNode b) {
      this.a = a;
      this.b = b;
    }

    @Override
    double eval(int row) {
      double[] x = a.eval(row);
      double x0 = x[0];
      double x1 = x[1];
      double x2 = x[2];
      double[] y = b.eval(row);
      return x0 * y[0] + x1 * y[1] + x2 * y[2];
    }
  }

  static final class Norm extends NumNode {
    private final VecNode a;

    Norm(VecNode a) {
      this.a = a;
    }

    @Override
    double eval(int row) {
      double[] x = a.eval(row);
      double s = 0;
      for (int i = 0; i < 3; i++) {
        double v = x[i] == x[i] ? x[i] : 0;
        s += v * v;
      }
      return Math.sqrt(s);
    }
  }

  /** {@code diff3} (a - b) or {@code cross_product3} (a × b) into a vector variable. */
  static final class Product extends NumNode {
    private final boolean difference;
    private final VecNode a;
    private final VecNode b;
    private final Frame frame;
    private final int slot;

    Product(boolean difference, VecNode a, VecNode b, Frame frame, int slot) {
      this.difference = difference;
      this.a = a;
      this.b = b;
      this.frame = frame;
      this.slot = slot;
    }

    @Override
    double eval(int row) {
      // copy the inputs first: either may be the output vector itself
      double[] x = a.eval(row);
      double x0 = x[0];
      double x1 = x[1];
      double x2 = x[2];
      double[] y = b.eval(row);
      double y0 = y[0];
      double y1 = y[1];
      double y2 = y[2];
      double[] out = frame.vecs[slot];
      if (difference) {
        out[0] = x0 - y0;
        out[1] = x1 - y1;
        out[2] = x2 - y2;
      } else {
        out[0] = x1 * y2 - x2 * y1;
        out[1] = x2 * y0 - x0 * y2;
        out[2] = x0 * y1 - x1 * y0;
      }
      return 1d;
    }
  }

  /** {@code indexof}: null for a null string; otherwise whether group 1 matched, its span written when it did. */
  static final class IndexOf extends NumNode {
    private final StrNode s;
    private final Pattern pattern;
    private final Frame frame;
    private final int slot;

    IndexOf(StrNode s, Pattern pattern, Frame frame, int slot) {
      this.s = s;
      this.pattern = pattern;
      this.frame = frame;
      this.slot = slot;
    }

    @Override
    double eval(int row) {
      String x = s.eval(row);
      if (x == null) {
        return Double.NaN;
      }
      Matcher m = pattern.matcher(x);
      if (!m.find() || m.groupCount() < 1 || m.start(1) < 0) {
        return 0d;
      }
      double[] out = frame.vecs[slot];
      out[0] = m.start(1);
      out[1] = m.end(1) - 1;
      return 1d;
    }
  }
}
