package dev.parallax.engine.expression;

import java.util.Arrays;
import java.util.List;

/**
 * Compiles vector variables as 5.5.1 exposes ExprTK's: {@code var v[3]} (zeros),
 * {@code var v[3] := {1, "x", 3}} (missing items are 0), {@code var w[3] := v * 2};
 * {@code v[i]} and {@code v[]} (the size); {@code v[i] := x}, {@code v[i] += x},
 * {@code v := x} (every element). A vector where a number is expected is its first
 * element. A constant index out of range is refused when compiling; a computed
 * one reads null and writes nothing.
 *
 * <p>Elements are numbers of any numeric column type. Each element's type is
 * tracked while compiling, as a scalar variable's is, so {@code v[1]} has the type
 * of what was last put there; a computed index reads a float unless every element
 * has the same type.
 */
final class Vectors {
  /** 5.5.1 takes sizes up to 2e9; Parallax holds each vector per compiled expression, so it caps them. */
  static final int MAX_SIZE = 1_000_000;

  private Vectors() {}

  /** A declared vector: its frame slot and the current type of each element. */
  record Info(int slot, ValueType[] types) {
    int size() {
      return types.length;
    }
  }

  static Typed declare(Compiler c, Ast.VecDeclare d) {
    c.rowByRow = true;
    c.checkUnused(d.name(), new Pos(d.pos().line(), d.pos().column() + d.name().length()));
    int size = size(d);
    NumNode[] items = null;
    VecNode from = null;
    ValueType[] types = new ValueType[size];
    Arrays.fill(types, ValueType.FLOAT);
    if (d.items() != null) {
      if (d.items().size() > size) {
        throw new ExpressionException("Initialiser list larger than the number of elements in the vector: '"
            + d.name() + "'", d.itemsEnd());
      }
      items = new NumNode[d.items().size()];
      for (int i = 0; i < items.length; i++) {
        Typed item = element(c, d.items().get(i));
        items[i] = item.num();
        types[i] = item.type();
      }
    } else if (d.from() != null) {
      Typed src = c.compile(d.from());
      if (src.vec() == null) {
        throw Compiler.typeError(d.from().pos());
      }
      from = src.vec();
      System.arraycopy(from.types, 0, types, 0, Math.min(size, from.size));
    }
    Info info = new Info(c.frame.addVec(size), types);
    c.vectors.put(d.name(), info);
    return Typed.vec(new VectorNodes.Declare(c.frame, info.slot(), types.clone(), items, from));
  }

  private static int size(Ast.VecDeclare d) {
    if (d.size() == null || !Compiler.isConstant(d.size())) {
      throw new ExpressionException("Expected a constant literal number as size of vector '" + d.name() + "'",
          d.sizeEnd());
    }
    double n = Compiler.constantValue(d.size());
    if (!(n >= 1 && n <= 2e9 && n == Math.rint(n))) {
      throw new ExpressionException("Invalid vector size. Must be an integer in the range [0,2000000000], size: "
          + (n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n)), d.sizeEnd());
    }
    if (n > MAX_SIZE) {
      throw new ExpressionException("Vector '" + d.name() + "' of size " + (long) n
          + " is larger than Parallax allows (" + MAX_SIZE + ")", d.sizeEnd());
    }
    return (int) n;
  }

  /** A value to store in a vector: any number, boolean, date or datetime; not a string. */
  private static Typed element(Compiler c, Ast ast) {
    Typed t = c.compile(ast).scalar();
    if (t.type() == ValueType.NULL) {
      return Typed.num(ValueType.FLOAT, t.num());
    }
    if (t.num() == null || t.type() == ValueType.VOID) {
      throw Compiler.typeError(ast.pos());
    }
    return t;
  }

  /** {@code v[i]} or {@code v[]}. */
  static Typed read(Compiler c, Ast.Element e) {
    Info info = vector(c, e.name(), e.pos());
    if (e.index() == null) {
      return Typed.num(ValueType.FLOAT, new ValueNodes.NumConst(info.size()));
    }
    if (Compiler.isConstant(e.index())) {
      int i = constantIndex(info, e);
      return Typed.num(info.types()[i], new VectorNodes.Element(c.frame, info.slot(), i));
    }
    NumNode index = index(c, e.index());
    return Typed.num(commonType(info.types()),
        new VectorNodes.DynamicElement(c.frame, info.slot(), info.size(), index));
  }

  /** {@code v[i] := x} and the compound forms. */
  static Typed store(Compiler c, Ast.ElementAssign a) {
    c.rowByRow = true;
    Ast.Element e = a.target();
    Info info = vector(c, e.name(), e.pos());
    if (e.index() == null) {
      throw Compiler.typeError(e.pos());
    }
    Typed value = element(c, a.value());
    Operators.Op op = a.op() == null ? null : Operators.Op.of(a.op());
    ValueType t = op == null ? value.type() : ValueType.FLOAT;
    NumNode index;
    if (Compiler.isConstant(e.index())) {
      int i = constantIndex(info, e);
      info.types()[i] = t;
      index = new ValueNodes.NumConst(i);
    } else {
      index = index(c, e.index());
      for (int i = 0; i < info.size(); i++) {
        if (info.types()[i] != t) {
          info.types()[i] = ValueType.FLOAT;
        }
      }
    }
    return Typed.num(t, new VectorNodes.Store(c.frame, info.slot(), info.size(), index, op, value.num()));
  }

  /** {@code v := x} (every element) or {@code v := w} (element-wise). */
  static Typed fill(Compiler c, Ast.Assign a) {
    c.rowByRow = true;
    Info info = c.vectors.get(a.name());
    if (a.op() != null) {
      throw Compiler.typeError(a.pos());
    }
    Typed value = c.compile(a.value());
    if (value.vec() != null) {
      System.arraycopy(value.vec().types, 0, info.types(), 0, Math.min(info.size(), value.vec().size));
      return Typed.vec(new VectorNodes.Fill(c.frame, info.slot(), info.types().clone(), null, value.vec()));
    }
    Typed x = element(c, a.value());
    Arrays.fill(info.types(), x.type());
    return Typed.vec(new VectorNodes.Fill(c.frame, info.slot(), info.types().clone(), x.num(), null));
  }

  /** Element-wise {@code + - * / % ^} where either side is a vector. */
  static Typed arith(Operators.Op op, Typed l, Typed r, Pos pos) {
    if ((l.vec() == null && !l.isNumeric()) || (r.vec() == null && !r.isNumeric())) {
      throw Compiler.typeError(pos);
    }
    return Typed.vec(new VectorNodes.Arith(op, l.vec(), l.vec() == null ? l.num() : null,
        r.vec(), r.vec() == null ? r.num() : null));
  }

  private static Info vector(Compiler c, String name, Pos pos) {
    Info info = c.vectors.get(name);
    if (info != null) {
      return info;
    }
    if (c.isVariable(name)) {
      throw new ExpressionException("Invalid sequence of variable '" + name + "' and bracket", pos);
    }
    throw new ExpressionException("Undefined symbol: '" + name + "'", pos);
  }

  private static int constantIndex(Info info, Ast.Element e) {
    double i = Compiler.constantValue(e.index());
    if (!(i > -1 && i < info.size())) {
      throw new ExpressionException("Index of " + (i == Math.rint(i) ? Long.toString((long) i) : Double.toString(i))
          + " out of range for vector '" + e.name() + "' of size " + info.size(), e.after());
    }
    return (int) i;
  }

  private static NumNode index(Compiler c, Ast ast) {
    Typed t = c.compile(ast).scalar();
    if (t.num() == null || t.type() == ValueType.VOID || t.type() == ValueType.NULL) {
      throw Compiler.typeError(ast.pos());
    }
    return t.num();
  }

  private static ValueType commonType(ValueType[] types) {
    for (ValueType t : types) {
      if (t != types[0]) {
        return ValueType.FLOAT;
      }
    }
    return types[0];
  }

  /** A vector variable named by an argument, as the output of {@code diff3} or {@code indexof}; else null. */
  static Info variable(Compiler c, List<Ast> args, int i) {
    return args.get(i) instanceof Ast.Var v ? c.vectors.get(v.name()) : null;
  }
}
