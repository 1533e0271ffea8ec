package dev.parallax.engine.expression;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Resolves a function call by name, checks its arity and argument types, and
 * builds its node. Wrong arities get the messages 5.5.1 gives: ExprTK's for its
 * built-ins, "Failed parameter type check …" for Perspective's own functions.
 */
final class Functions {
  private static final Set<String> VARIADIC = Set.of("min", "max", "sum", "avg", "mul");
  /** Names 5.5.1 knows but rejects with a type error whatever the arguments. */
  private static final Set<String> REJECTED = Set.of("atan2", "hypot", "roundn", "sec", "csc", "ncdf",
      "mand", "mor");

  private Functions() {}

  static Typed call(Compiler c, Ast.Call call) {
    String name = call.name();
    List<Ast> args = call.args();
    Pos pos = call.pos();
    if (name.equals("col")) {
      perspectiveArity(call, 1);
      // 5.5.1 answers a type error, not "does not exist", for col() of an unknown column.
      if (!(args.get(0) instanceof Ast.Str s) || !c.hasColumn(s.value())) {
        throw Compiler.typeError(pos);
      }
      return c.column(s.value(), args.get(0).pos());
    }
    if (REJECTED.contains(name)) {
      throw Compiler.typeError(pos);
    }
    Typed[] a = new Typed[args.size()];
    boolean vectors = false;
    for (int i = 0; i < a.length; i++) {
      a[i] = c.compile(args.get(i));
      vectors |= a[i].vec() != null;
    }
    if (VectorFunctions.takesVectors(name)) {
      Typed v = VectorFunctions.call(c, call, a);
      if (v != null) {
        return v;
      }
    }
    if (vectors) {
      throw Compiler.typeError(pos);
    }
    if (MathFunctions.UNARY.containsKey(name)) {
      builtinArity(call, 1);
      numeric(a, pos);
      return Typed.num(MathFunctions.resultType(name), new FunctionNodes.Map1(a[0].num(), MathFunctions.UNARY.get(name)));
    }
    if (name.equals("erf") || name.equals("erfc")) {
      builtinArity(call, 1);
      numeric(a, pos);
      ErrorFunction f = new ErrorFunction();
      return Typed.num(ValueType.FLOAT, new FunctionNodes.Map1(a[0].num(), name.equals("erf") ? f::erf : f::erfc));
    }
    if (MathFunctions.BINARY.containsKey(name)) {
      if (name.equals("percent_of")) {
        perspectiveArity(call, 2);
      } else {
        builtinArity(call, 2);
      }
      numeric(a, pos);
      return Typed.num(MathFunctions.resultType(name),
          new FunctionNodes.Map2(a[0].num(), a[1].num(), MathFunctions.BINARY.get(name)));
    }
    if (MathFunctions.TERNARY.containsKey(name)) {
      builtinArity(call, 3);
      numeric(a, pos);
      return Typed.num(MathFunctions.resultType(name),
          new FunctionNodes.Map3(a[0].num(), a[1].num(), a[2].num(), MathFunctions.TERNARY.get(name)));
    }
    if (VARIADIC.contains(name)) {
      if (a.length == 0) {
        throw new ExpressionException("Zero parameter call to generic function: " + name + " not allowed", pos);
      }
      numeric(a, pos);
      return Typed.num(ValueType.FLOAT, new MathFunctions.Variadic(name, nums(a)));
    }
    return perspective(c, call, a);
  }

  private static Typed perspective(Compiler c, Ast.Call call, Typed[] a) {
    String name = call.name();
    Pos pos = call.pos();
    List<Ast> args = call.args();
    switch (name) {
      case "not":
        builtinArity(call, 1);
        NumNode operand = Compiler.condition(a[0], pos);
        return Typed.num(ValueType.BOOLEAN, new NumNode() {
          @Override
          double eval(int row) {
            return bool(!truthy(operand.eval(row)));
          }
        });
      case "equal":
      case "not_equal":
        builtinArity(call, 2);
        numeric(a, pos);
        return Typed.num(ValueType.BOOLEAN, new Operators.Binary(
            name.equals("equal") ? Operators.Op.EQ : Operators.Op.NE, a[0].num(), a[1].num()));
      case "is_null":
      case "is_not_null":
        perspectiveArity(call, 1);
        require(a[0].type() != ValueType.VOID, pos);
        return Typed.num(ValueType.BOOLEAN, new ValueNodes.IsNull(a[0].num(), a[0].str(), name.equals("is_not_null")));
      case "coalesce": {
        require(a.length > 0, pos);
        if (allOf(a, ValueType.STRING)) {
          return Typed.str(new MathFunctions.StrCoalesce(strs(a)));
        }
        numeric(a, pos);
        return Typed.num(ValueType.FLOAT, new MathFunctions.Coalesce(nums(a)));
      }
      case "bucket":
        perspectiveArity(call, 2);
        if (DateFunctions.isDateLike(a[0])) {
          return DateFunctions.bucket(a[0], args, pos);
        }
        numeric(a, pos);
        return Typed.num(ValueType.FLOAT, new FunctionNodes.Map2(a[0].num(), a[1].num(),
            (x, k) -> Math.floor(x / k) * k));
      case "hour_of_day":
      case "day_of_week":
      case "month_of_year":
        perspectiveArity(call, 1);
        require(DateFunctions.isDateLike(a[0]), pos);
        return name.equals("hour_of_day") ? DateFunctions.hourOfDay(a[0])
            : name.equals("day_of_week") ? DateFunctions.dayOfWeek(a[0]) : DateFunctions.monthOfYear(a[0]);
      case "index":
        perspectiveArity(call, 0);
        return TableFunctions.index(c);
      case "vlookup":
        perspectiveArity(call, 2);
        return TableFunctions.vlookup(c, args, a[1], pos);
      case "today":
        noArguments(call);
        c.isVolatile = true;
        return Typed.num(ValueType.DATE, new FunctionNodes.Source(DateFunctions::today));
      case "now":
        noArguments(call);
        c.isVolatile = true;
        return Typed.num(ValueType.DATETIME, new FunctionNodes.Source(DateFunctions::now));
      case "random":
        perspectiveArity(call, 0);
        c.isVolatile = true;
        return Typed.num(ValueType.FLOAT, new FunctionNodes.Source(() -> ThreadLocalRandom.current().nextDouble()));
      case "date":
        perspectiveArity(call, 3);
        numeric(a, pos);
        return Typed.num(ValueType.DATE, new FunctionNodes.Map3(a[0].num(), a[1].num(), a[2].num(), DateFunctions::date));
      case "datetime":
        perspectiveArity(call, 1);
        require(a[0].type() == ValueType.FLOAT, pos);
        return Typed.num(ValueType.DATETIME, new FunctionNodes.Map1(a[0].num(), MathFunctions::trunc));
      case "integer":
        perspectiveArity(call, 1);
        return a[0].type() == ValueType.STRING
            ? Typed.num(ValueType.INTEGER, new FunctionNodes.StrToNum(a[0].str(),
                s -> Conversions.toInteger(Conversions.parse(s))))
            : Typed.num(ValueType.INTEGER, new FunctionNodes.Map1(Conversions.number(a[0], numberLike(a[0], pos)),
                Conversions::toInteger));
      case "float":
        perspectiveArity(call, 1);
        return a[0].type() == ValueType.STRING
            ? Typed.num(ValueType.FLOAT, new FunctionNodes.StrToNum(a[0].str(), Conversions::parse))
            : Typed.num(ValueType.FLOAT, Conversions.number(a[0], numberLike(a[0], pos)));
      case "boolean":
        perspectiveArity(call, 1);
        return booleanOf(a[0], pos);
      case "string":
        perspectiveArity(call, 1);
        require(a[0].type() != ValueType.VOID && a[0].type() != ValueType.NULL, pos);
        return Conversions.toString(a[0]);
      default:
        return strings(call, a);
    }
  }

  private static Typed strings(Ast.Call call, Typed[] a) {
    String name = call.name();
    Pos pos = call.pos();
    List<Ast> args = call.args();
    switch (name) {
      case "upper":
      case "lower":
      case "length":
        perspectiveArity(call, 1);
        require(a[0].type() == ValueType.STRING, pos);
        return name.equals("upper") ? StringFunctions.upper(a[0])
            : name.equals("lower") ? StringFunctions.lower(a[0]) : StringFunctions.length(a[0]);
      case "contains":
        perspectiveArity(call, 2);
        require(a[0].type() == ValueType.STRING && a[1].type() == ValueType.STRING, pos);
        return StringFunctions.contains(a[0], a[1]);
      case "concat":
        require(a.length > 0 && allOf(a, ValueType.STRING), pos);
        return StringFunctions.concat(strs(a));
      case "order": {
        require(a.length > 1 && a[0].type() == ValueType.STRING, pos);
        String[] values = new String[a.length - 1];
        for (int i = 1; i < a.length; i++) {
          if (!(args.get(i) instanceof Ast.Str s)) {
            throw Compiler.typeError(args.get(i).pos());
          }
          values[i - 1] = s.value();
        }
        return StringFunctions.order(a[0], values);
      }
      case "match":
      case "match_all":
      case "search":
        perspectiveArity(call, 2);
        require(a[0].type() == ValueType.STRING, pos);
        return name.equals("search") ? StringFunctions.search(a[0], StringFunctions.pattern(args, 1, pos), pos)
            : StringFunctions.match(a[0], StringFunctions.pattern(args, 1, pos), name.equals("match_all"));
      case "replace":
      case "replace_all":
        perspectiveArity(call, 3);
        require(a[0].type() == ValueType.STRING && a[2].type() == ValueType.STRING, pos);
        return StringFunctions.replace(a[0], StringFunctions.pattern(args, 1, pos), a[2], name.equals("replace_all"));
      case "substring":
        // 5.5.1 answers a wrong argument count to substring with a type error.
        require(a.length == 2 || a.length == 3, pos);
        require(a[0].type() == ValueType.STRING && a[1].isNumeric() && (a.length == 2 || a[2].isNumeric()), pos);
        return StringFunctions.substring(a[0], a[1], a.length == 3 ? a[2] : null);
      default:
        throw new ExpressionException("Undefined symbol: '" + name + "'", pos);
    }
  }

  private static Typed booleanOf(Typed x, Pos pos) {
    if (x.type() == ValueType.STRING) {
      StrNode s = x.str();
      return Typed.num(ValueType.BOOLEAN, new NumNode() {
        @Override
        double eval(int row) {
          // Any string is true, even an empty one; only null is false.
          return bool(s.eval(row) != null);
        }
      });
    }
    NumNode n = numberLike(x, pos);
    return Typed.num(ValueType.BOOLEAN, new NumNode() {
      @Override
      double eval(int row) {
        return bool(truthy(n.eval(row)));
      }
    });
  }

  private static NumNode numberLike(Typed x, Pos pos) {
    require(x.num() != null && x.type() != ValueType.VOID && x.type() != ValueType.NULL, pos);
    return x.num();
  }

  private static void builtinArity(Ast.Call call, int n) {
    int given = call.args().size();
    if (given == 0 && n > 0) {
      throw new ExpressionException("Expected at least one input parameter for function call '" + call.name() + "'",
          call.pos());
    }
    if (given != n) {
      throw new ExpressionException("Invalid number of input parameters for call to function: '" + call.name() + "'",
          call.pos());
    }
  }

  private static void perspectiveArity(Ast.Call call, int n) {
    int given = call.args().size();
    if (given != n) {
      throw new ExpressionException("Failed parameter type check for function '" + call.name() + "', Expected '"
          + callSet(n) + "' call set: '" + callSet(given) + "'", call.end());
    }
  }

  /** 5.5.1's message for an argument to {@code today()} or {@code now()}, at the first argument. */
  private static void noArguments(Ast.Call call) {
    if (!call.args().isEmpty()) {
      throw new ExpressionException("Expecting '()' to proceed call to function: '" + call.name() + "'",
          call.args().get(0).pos());
    }
  }

  /** How 5.5.1 spells a parameter list in its messages: a T per parameter, Z for none. */
  private static String callSet(int n) {
    return n == 0 ? "Z" : "T".repeat(n);
  }

  private static void numeric(Typed[] a, Pos pos) {
    for (Typed t : a) {
      require(t.isNumeric(), pos);
    }
  }

  private static void require(boolean ok, Pos pos) {
    if (!ok) {
      throw Compiler.typeError(pos);
    }
  }

  private static boolean allOf(Typed[] a, ValueType type) {
    for (Typed t : a) {
      if (t.type() != type) {
        return false;
      }
    }
    return true;
  }

  private static NumNode[] nums(Typed[] a) {
    NumNode[] n = new NumNode[a.length];
    for (int i = 0; i < a.length; i++) {
      n[i] = a[i].num();
    }
    return n;
  }

  private static StrNode[] strs(Typed[] a) {
    StrNode[] s = new StrNode[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i].str();
    }
    return s;
  }
}
