package dev.parallax.engine.expression;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Type-checks a syntax tree against a table schema and builds its node tree in the
 * same walk: each AST node becomes a {@link Typed} node or an
 * {@link ExpressionException} that says where and why. Nothing is evaluated here.
 */
final class Compiler {
  static final String TYPE_ERROR = "Type Error - inputs do not resolve to a valid expression.";

  private final Schema schema;
  /** The index column of the tables this expression runs on, or null: what {@code index()} reads. */
  final String indexColumn;
  final Inputs inputs = new Inputs();
  final Frame frame = new Frame();
  private final Map<String, Integer> slots = new HashMap<>();
  private final Map<String, ValueType> varTypes = new HashMap<>();
  final Map<String, Vectors.Info> vectors = new HashMap<>();
  private int loopDepth;
  /** Set once the program uses variables or loops: then rows must run one at a time. */
  boolean rowByRow;
  /**
   * Set when the program calls now(), today() or random(), whose values change
   * without any delta, or vlookup(), whose values change with other rows.
   */
  boolean isVolatile;
  /** Set when the program calls index(): it then only runs on tables with {@link #indexColumn} as index. */
  boolean usesIndex;

  Compiler(Schema schema, String indexColumn) {
    this.schema = schema;
    this.indexColumn = indexColumn;
  }

  static ExpressionException typeError(Pos pos) {
    return new ExpressionException(TYPE_ERROR, pos);
  }

  /** Compiles a whole program: its value must be one of the six column types. */
  Typed program(Ast ast) {
    Typed t = compile(ast).scalar();
    if (t.type() == ValueType.NULL || t.type() == ValueType.VOID) {
      throw typeError(ast.pos());
    }
    return t;
  }

  Typed compile(Ast ast) {
    if (ast instanceof Ast.Num n) {
      return Typed.num(ValueType.FLOAT, new ValueNodes.NumConst(n.value()));
    } else if (ast instanceof Ast.Str s) {
      return Typed.str(new ValueNodes.StrConst(s.value()));
    } else if (ast instanceof Ast.Bool b) {
      return Typed.num(ValueType.BOOLEAN, new ValueNodes.NumConst(NumNode.bool(b.value())));
    } else if (ast instanceof Ast.Null) {
      return Typed.num(ValueType.NULL, new ValueNodes.NumConst(Double.NaN));
    } else if (ast instanceof Ast.ColumnRef c) {
      return column(c.name(), c.pos());
    } else if (ast instanceof Ast.Var v) {
      return variable(v);
    } else if (ast instanceof Ast.Unary u) {
      return unary(u);
    } else if (ast instanceof Ast.Binary b) {
      return binary(b);
    } else if (ast instanceof Ast.Cond c) {
      return conditional(c);
    } else if (ast instanceof Ast.Call c) {
      return Functions.call(this, c);
    } else if (ast instanceof Ast.Declare d) {
      return declare(d);
    } else if (ast instanceof Ast.Assign a) {
      return assign(a);
    } else if (ast instanceof Ast.Seq s) {
      return sequence(s);
    } else if (ast instanceof Ast.Loop l) {
      return loop(l);
    } else if (ast instanceof Ast.Block b) {
      return scoped(() -> compile(b.body()));
    } else if (ast instanceof Ast.AllCases a) {
      return allCases(a);
    } else if (ast instanceof Ast.VecDeclare d) {
      return Vectors.declare(this, d);
    } else if (ast instanceof Ast.Element e) {
      return Vectors.read(this, e);
    } else if (ast instanceof Ast.ElementAssign a) {
      return Vectors.store(this, a);
    } else if (ast instanceof Ast.Jump j) {
      if (loopDepth == 0) {
        throw new ExpressionException("Invalid use of '" + (j.isBreak() ? "break" : "continue")
            + "', allowed only in the scope of a loop", j.pos());
      }
      return Typed.num(ValueType.VOID, new ControlNodes.Jump(frame, j.isBreak() ? Frame.BREAK : Frame.CONTINUE));
    }
    throw new AssertionError(ast);
  }

  boolean hasColumn(String name) {
    return schema.contains(name);
  }

  /**
   * The variable that {@code "name" := x} declares to shadow column {@code name}:
   * quoted, so no identifier can clash with it.
   */
  static String columnVariable(String name) {
    return '"' + name + '"';
  }

  /** A reference to a table column, by {@code "name"} or {@code col('name')}, unless a variable shadows it. */
  Typed column(String name, Pos pos) {
    if (varTypes.containsKey(columnVariable(name))) {
      return variable(new Ast.Var(columnVariable(name), pos));
    }
    if (!schema.contains(name)) {
      throw new ExpressionException("Value Error - Input column \"" + name + "\" does not exist.", pos);
    }
    return tableColumn(name);
  }

  /** A reader of table column {@code name}, which must exist; no variable can shadow it. */
  Typed tableColumn(String name) {
    ColumnType type = schema.type(schema.indexOf(name));
    int slot = inputs.slot(name);
    switch (type) {
      case INTEGER:
      case DATE:
        return Typed.num(ValueType.of(type), new ColumnNodes.Ints(inputs, slot));
      case DATETIME:
        return Typed.num(ValueType.DATETIME, new ColumnNodes.Longs(inputs, slot));
      case FLOAT:
        return Typed.num(ValueType.FLOAT, new ColumnNodes.Doubles(inputs, slot));
      case BOOLEAN:
        return Typed.num(ValueType.BOOLEAN, new ColumnNodes.Bools(inputs, slot));
      default:
        return Typed.str(new ColumnNodes.Strings(inputs, slot));
    }
  }

  private Typed variable(Ast.Var v) {
    Vectors.Info vector = vectors.get(v.name());
    if (vector != null) {
      return Typed.vec(new VectorNodes.Var(frame, vector.slot(), vector.types().clone()));
    }
    ValueType t = varTypes.get(v.name());
    if (t == null) {
      switch (v.name()) {
        case "pi": return Typed.num(ValueType.FLOAT, new ValueNodes.NumConst(Math.PI));
        case "inf": return Typed.num(ValueType.FLOAT, new ValueNodes.NumConst(Double.POSITIVE_INFINITY));
        default: throw new ExpressionException("Undefined symbol: '" + v.name() + "'", v.pos());
      }
    }
    int slot = slots.get(v.name());
    return t == ValueType.STRING ? Typed.str(new ControlNodes.StrVar(frame, slot))
        : Typed.num(t, new ControlNodes.NumVar(frame, slot));
  }

  private Typed unary(Ast.Unary u) {
    Typed x = compile(u.operand()).scalar();
    if (!x.isNumeric()) {
      throw typeError(u.pos());
    }
    return u.op().equals("-") ? Typed.num(x.type(), new Operators.Negate(x.num())) : x;
  }

  private Typed binary(Ast.Binary b) {
    Typed l = compile(b.left());
    Typed r = compile(b.right());
    Operators.Op op = Operators.Op.of(b.op());
    boolean arithmetic = op == Operators.Op.ADD || op == Operators.Op.SUB || op == Operators.Op.MUL
        || op == Operators.Op.DIV || op == Operators.Op.MOD || op == Operators.Op.POW;
    if (arithmetic && (l.vec() != null || r.vec() != null)) {
      return Vectors.arith(op, l, r, b.pos());
    }
    l = l.scalar();
    r = r.scalar();
    switch (op) {
      case ADD: case SUB: case MUL: case DIV: case MOD: case POW:
        // The null literal is a number here, as in 5.5.1: "x" + null is a float column of nulls.
        if (!(l.isNumeric() || l.type() == ValueType.NULL) || !(r.isNumeric() || r.type() == ValueType.NULL)) {
          throw typeError(b.pos());
        }
        if (op == Operators.Op.DIV && isConstant(b.right()) && constantValue(b.right()) == 0 && !isConstant(b.left())) {
          // 5.5.1 refuses a division of a varying value by a constant zero ("x" / 0, "x" / (1 - 1)),
          // though it takes 1 / 0 and "x" % 0, which are null.
          throw typeError(b.pos());
        }
        return Typed.num(ValueType.FLOAT, new Operators.Binary(op, l.num(), r.num()));
      case EQ: case NE: case LT: case LE: case GT: case GE:
        return compare(op, b, l, r);
      default:
        // Perspective types the bitwise-looking & and | as float.
        ValueType t = b.op().equals("&") || b.op().equals("|") ? ValueType.FLOAT : ValueType.BOOLEAN;
        return Typed.num(t, new Operators.Binary(op, condition(l, b.pos()), condition(r, b.pos())));
    }
  }

  private Typed compare(Operators.Op op, Ast.Binary b, Typed l, Typed r) {
    boolean eq = op == Operators.Op.EQ || op == Operators.Op.NE;
    if (eq && (l.type() == ValueType.NULL || r.type() == ValueType.NULL)) {
      Typed other = l.type() == ValueType.NULL ? r : l;
      return Typed.num(ValueType.BOOLEAN, new ValueNodes.IsNull(other.num(), other.str(), op == Operators.Op.NE));
    }
    boolean ok = l.type() == r.type() || (l.isNumeric() && r.isNumeric());
    if (!ok || l.type() == ValueType.VOID) {
      throw new ExpressionException("Type Error - cannot compare " + l.type().label() + " and "
          + r.type().label() + " with '" + b.op() + "'", b.pos());
    }
    if (l.type() == ValueType.STRING) {
      return Typed.num(ValueType.BOOLEAN, new Operators.StringCompare(op, l.str(), r.str()));
    }
    return Typed.num(ValueType.BOOLEAN, new Operators.Binary(op, l.num(), r.num()));
  }

  /** Whether {@code ast} is built of number literals and arithmetic alone, so its value is known now. */
  static boolean isConstant(Ast ast) {
    if (ast instanceof Ast.Num) {
      return true;
    }
    if (ast instanceof Ast.Unary u) {
      return isConstant(u.operand());
    }
    return ast instanceof Ast.Binary b && isConstant(b.left()) && isConstant(b.right());
  }

  /** The value of an {@link #isConstant} expression. */
  static double constantValue(Ast ast) {
    if (ast instanceof Ast.Num n) {
      return n.value();
    }
    if (ast instanceof Ast.Unary u) {
      double x = constantValue(u.operand());
      return u.op().equals("-") ? -x : x;
    }
    Ast.Binary b = (Ast.Binary) ast;
    return Operators.apply(Operators.Op.of(b.op()), constantValue(b.left()), constantValue(b.right()));
  }

  /** Whether {@code name} is a scalar variable. */
  boolean isVariable(String name) {
    return varTypes.containsKey(name);
  }

  /** Refuses to declare a name already declared in scope; {@code after} is the token after the name. */
  void checkUnused(String name, Pos after) {
    if (vectors.containsKey(name) || varTypes.containsKey(name)) {
      throw new ExpressionException("Illegal redefinition of local variable: '" + name + "'", after);
    }
  }

  /**
   * Compiles a block or loop whose variables end with it, as in 5.5.1: a name
   * declared inside is unknown after it, so no row can read a value a block left
   * behind on an earlier row.
   */
  private Typed scoped(Supplier<Typed> body) {
    Set<String> vars = new HashSet<>(varTypes.keySet());
    Set<String> vecs = new HashSet<>(vectors.keySet());
    try {
      return body.get();
    } finally {
      varTypes.keySet().retainAll(vars);
      slots.keySet().retainAll(vars);
      vectors.keySet().retainAll(vecs);
    }
  }

  /**
   * A value standing where a condition is expected: a number or boolean is true
   * when non-zero and not null; a string (as 5.5.1 allows) when not null.
   */
  static NumNode condition(Typed t, Pos pos) {
    if (t.type() == ValueType.STRING) {
      StrNode s = t.str();
      return new NumNode() {
        @Override
        double eval(int row) {
          return bool(s.eval(row) != null);
        }
      };
    }
    if (t.type() == ValueType.VOID || t.type() == ValueType.NULL) {
      throw typeError(pos);
    }
    return t.num();
  }

  private Typed conditional(Ast.Cond c) {
    NumNode cond = condition(compile(c.condition()), c.pos());
    Typed a = compile(c.then()).scalar();
    if (c.otherwise() == null) {
      if (a.type() == ValueType.STRING) {
        return Typed.str(new ControlNodes.StrCond(cond, a.str(), new ValueNodes.StrConst(null)));
      }
      if (a.type() == ValueType.VOID || a.type() == ValueType.NULL) {
        return Typed.num(ValueType.VOID, new ControlNodes.When(cond, ControlNodes.effect(a)));
      }
      // Without else the value is the branch's, of the branch's type, and null where the condition fails.
      return Typed.num(a.type(), new ControlNodes.NumCond(cond, a.num(), new ValueNodes.NumConst(Double.NaN)));
    }
    Typed b = compile(c.otherwise()).scalar();
    if (a.type() == ValueType.STRING && b.type() == ValueType.STRING) {
      return Typed.str(new ControlNodes.StrCond(cond, a.str(), b.str()));
    }
    ValueType t;
    if (a.type() == b.type() && a.num() != null && a.type() != ValueType.VOID && a.type() != ValueType.NULL) {
      t = a.type();
    } else if (a.isNumeric() && b.isNumeric()) {
      t = ValueType.FLOAT;
    } else {
      throw typeError(c.pos());
    }
    return Typed.num(t, new ControlNodes.NumCond(cond, a.num(), b.num()));
  }

  private Typed allCases(Ast.AllCases a) {
    rowByRow = true;
    NumNode[] conditions = new NumNode[a.conditions().size()];
    NumNode[] values = new NumNode[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      conditions[i] = condition(compile(a.conditions().get(i)), a.pos());
      Typed v = compile(a.values().get(i)).scalar();
      if (v.num() == null || v.type() == ValueType.VOID || v.type() == ValueType.NULL) {
        throw typeError(a.values().get(i).pos());
      }
      values[i] = v.num();
    }
    return Typed.num(ValueType.FLOAT, new ControlNodes.AllCases(conditions, values));
  }

  private Typed declare(Ast.Declare d) {
    rowByRow = true;
    if (!d.name().startsWith("\"")) {
      // a column's stand-in ("x" := …) may be set again; a named variable may not be declared twice
      checkUnused(d.name(), d.after());
    }
    Typed init = d.init() == null ? Typed.num(ValueType.FLOAT, new ValueNodes.NumConst(0)) : compile(d.init()).scalar();
    if (init.type() == ValueType.VOID || init.type() == ValueType.NULL) {
      throw typeError(d.pos());
    }
    Integer existing = slots.get(d.name());
    ValueType t = init.type();
    if (existing != null && (varTypes.get(d.name()) == ValueType.STRING) != (t == ValueType.STRING)) {
      throw typeError(d.pos());
    }
    int slot = existing != null ? existing : t == ValueType.STRING ? frame.addStr() : frame.addNum();
    slots.put(d.name(), slot);
    varTypes.put(d.name(), t);
    return store(slot, t, init);
  }

  private Typed assign(Ast.Assign a) {
    rowByRow = true;
    if (vectors.containsKey(a.name())) {
      return Vectors.fill(this, a);
    }
    ValueType t = varTypes.get(a.name());
    if (t == null) {
      throw new ExpressionException("Undefined symbol: '" + a.name() + "'", a.pos());
    }
    Typed value = compile(a.value()).scalar();
    int slot = slots.get(a.name());
    if (a.op() != null) {
      if ((t != ValueType.INTEGER && t != ValueType.FLOAT) || !value.isNumeric()) {
        throw typeError(a.pos());
      }
      NumNode current = new ControlNodes.NumVar(frame, slot);
      value = Typed.num(ValueType.FLOAT, new Operators.Binary(Operators.Op.of(a.op()), current, value.num()));
    }
    if ((t == ValueType.STRING) != (value.type() == ValueType.STRING) || value.type() == ValueType.VOID
        || value.type() == ValueType.NULL) {
      throw typeError(a.pos());
    }
    // As in 5.5.1, a variable takes the type of what was last assigned to it:
    // var x := "int"; x += 1 makes x a float from there on.
    varTypes.put(a.name(), value.type());
    return store(slot, value.type(), value);
  }

  private Typed store(int slot, ValueType t, Typed value) {
    return t == ValueType.STRING ? Typed.str(new ControlNodes.StrStore(frame, slot, value.str()))
        : Typed.num(t, new ControlNodes.NumStore(frame, slot, value.num()));
  }

  private Typed sequence(Ast.Seq s) {
    List<Ast> statements = s.statements();
    if (statements.isEmpty()) {
      return Typed.num(ValueType.VOID, new ValueNodes.NumConst(Double.NaN));
    }
    ControlNodes.Effect[] first = new ControlNodes.Effect[statements.size() - 1];
    for (int i = 0; i < first.length; i++) {
      first[i] = ControlNodes.effect(compile(statements.get(i)));
    }
    Typed last = compile(statements.get(statements.size() - 1)).scalar();
    return last.type() == ValueType.STRING ? Typed.str(new ControlNodes.StrSeq(frame, first, last.str()))
        : Typed.num(last.type(), new ControlNodes.NumSeq(frame, first, last.num()));
  }

  private Typed loop(Ast.Loop l) {
    return scoped(() -> loopInScope(l));
  }

  private Typed loopInScope(Ast.Loop l) {
    rowByRow = true;
    ControlNodes.Effect init = l.init() == null ? null : ControlNodes.effect(compile(l.init()));
    NumNode cond = condition(compile(l.condition()), l.condition().pos());
    ControlNodes.Effect step = l.step() == null ? null : ControlNodes.effect(compile(l.step()));
    loopDepth++;
    ControlNodes.Effect body = ControlNodes.effect(compile(l.body()));
    loopDepth--;
    return Typed.num(ValueType.VOID, new ControlNodes.Loop(frame, init, cond, step, body));
  }
}
