package dev.parallax.engine.expression;

/**
 * Binary arithmetic, comparison and logic on numbers, each evaluating whole chunks
 * in a tight loop per operator: the operator switch runs once per chunk.
 */
final class Operators {
  private Operators() {}

  enum Op {
    ADD, SUB, MUL, DIV, MOD, POW, EQ, NE, LT, LE, GT, GE, AND, OR, XOR, NAND, NOR, XNOR;

    static Op of(String symbol) {
      switch (symbol) {
        case "+": return ADD;
        case "-": return SUB;
        case "*": return MUL;
        case "/": return DIV;
        case "%": return MOD;
        case "^": return POW;
        case "==": return EQ;
        case "!=": return NE;
        case "<": return LT;
        case "<=": return LE;
        case ">": return GT;
        case ">=": return GE;
        case "and": case "&&": case "&": return AND;
        case "or": case "||": case "|": return OR;
        case "xor": return XOR;
        case "nand": return NAND;
        case "nor": return NOR;
        case "xnor": return XNOR;
        default: throw new AssertionError(symbol);
      }
    }
  }

  static double apply(Op op, double a, double b) {
    switch (op) {
      case ADD: return a + b;
      case SUB: return a - b;
      case MUL: return a * b;
      case DIV: return quotient(a, b);
      case MOD: return a % b;
      case POW: return Math.pow(a, b);
      case EQ: return NumNode.bool(a == b || bothNull(a, b));
      case NE: return NumNode.bool(a != b && !bothNull(a, b));
      case LT: return NumNode.bool(a < b);
      case LE: return NumNode.bool(a <= b || bothNull(a, b));
      case GT: return NumNode.bool(a > b);
      case GE: return NumNode.bool(a >= b || bothNull(a, b));
      case AND: return NumNode.bool(NumNode.truthy(a) && NumNode.truthy(b));
      case OR: return NumNode.bool(NumNode.truthy(a) || NumNode.truthy(b));
      case XOR: return NumNode.bool(NumNode.truthy(a) != NumNode.truthy(b));
      case NAND: return NumNode.bool(!(NumNode.truthy(a) && NumNode.truthy(b)));
      case NOR: return NumNode.bool(!(NumNode.truthy(a) || NumNode.truthy(b)));
      case XNOR: return NumNode.bool(NumNode.truthy(a) == NumNode.truthy(b));
      default: throw new AssertionError(op);
    }
  }

  /** {@code a / b}, null when {@code b} is 0: 5.5.1 gives null, not an infinity, for {@code 1 / 0}. */
  static double quotient(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  /**
   * As in 5.5.1, null equals null (so {@code ==}, {@code <=} and {@code >=} hold
   * between two nulls), and a null against a value satisfies only {@code !=}.
   */
  private static boolean bothNull(double a, double b) {
    return a != a && b != b;
  }

  /** {@code left op right} over numbers; nulls (NaN) propagate through arithmetic. */
  static final class Binary extends NumNode {
    private final Op op;
    private final NumNode left;
    private final NumNode right;
    private final double[] a = new double[CHUNK];
    private final double[] b = new double[CHUNK];

    Binary(Op op, NumNode left, NumNode right) {
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    double eval(int row) {
      double x = left.eval(row);
      if (op == Op.AND && !truthy(x)) {
        return 0d;
      }
      if (op == Op.OR && truthy(x)) {
        return 1d;
      }
      return apply(op, x, right.eval(row));
    }

    @Override
    void evalChunk(int[] rows, int n, double[] out) {
      left.evalChunk(rows, n, a);
      right.evalChunk(rows, n, b);
      double[] x = a;
      double[] y = b;
      switch (op) {
        case ADD:
          for (int i = 0; i < n; i++) {
            out[i] = x[i] + y[i];
          }
          break;
        case SUB:
          for (int i = 0; i < n; i++) {
            out[i] = x[i] - y[i];
          }
          break;
        case MUL:
          for (int i = 0; i < n; i++) {
            out[i] = x[i] * y[i];
          }
          break;
        case DIV:
          for (int i = 0; i < n; i++) {
            out[i] = quotient(x[i], y[i]);
          }
          break;
        case LT:
          for (int i = 0; i < n; i++) {
            out[i] = x[i] < y[i] ? 1d : 0d;
          }
          break;
        case GT:
          for (int i = 0; i < n; i++) {
            out[i] = x[i] > y[i] ? 1d : 0d;
          }
          break;
        default:
          for (int i = 0; i < n; i++) {
            out[i] = apply(op, x[i], y[i]);
          }
          break;
      }
    }
  }

  /** Unary minus; keeps the operand's type, so {@code -"int"} stays an integer as in Perspective. */
  static final class Negate extends NumNode {
    private final NumNode operand;

    Negate(NumNode operand) {
      this.operand = operand;
    }

    @Override
    double eval(int row) {
      return -operand.eval(row);
    }

    @Override
    void evalChunk(int[] rows, int n, double[] out) {
      operand.evalChunk(rows, n, out);
      for (int i = 0; i < n; i++) {
        out[i] = -out[i];
      }
    }
  }

  /** String equality and ordering; null equals only null (so two nulls are also {@code <=} and {@code >=}). */
  static final class StringCompare extends NumNode {
    private final Op op;
    private final StrNode left;
    private final StrNode right;

    StringCompare(Op op, StrNode left, StrNode right) {
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    double eval(int row) {
      String a = left.eval(row);
      String b = right.eval(row);
      if (a == null || b == null) {
        boolean same = a == b;
        return bool(op == Op.NE ? !same : same && (op == Op.EQ || op == Op.LE || op == Op.GE));
      }
      int c = a.compareTo(b);
      switch (op) {
        case EQ: return bool(c == 0);
        case NE: return bool(c != 0);
        case LT: return bool(c < 0);
        case LE: return bool(c <= 0);
        case GT: return bool(c > 0);
        default: return bool(c >= 0);
      }
    }
  }
}
