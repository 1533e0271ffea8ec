package dev.parallax.engine.expression;

import java.util.Arrays;

/**
 * Vector variables and what reads, writes and combines them. A vector lives in
 * its {@link Frame} slot as a {@code double[]} of its declared size; like scalar
 * variables it is set afresh by its declaration on every row.
 */
final class VectorNodes {
  private VectorNodes() {}

  static final class Var extends VecNode {
    private final Frame frame;
    private final int slot;

    Var(Frame frame, int slot, ValueType[] types) {
      super(types);
      this.frame = frame;
      this.slot = slot;
    }

    @Override
    double[] eval(int row) {
      return frame.vecs[slot];
    }
  }

  /**
   * {@code var v[n]}, {@code var v[n] := {a, b, …}} or {@code var v[n] := w}: fills
   * the vector, elements the initialiser does not reach with 0, as 5.5.1 does.
   */
  static final class Declare extends VecNode {
    private final Frame frame;
    private final int slot;
    private final NumNode[] items;
    private final VecNode from;

    Declare(Frame frame, int slot, ValueType[] types, NumNode[] items, VecNode from) {
      super(types);
      this.frame = frame;
      this.slot = slot;
      this.items = items;
      this.from = from;
    }

    @Override
    double[] eval(int row) {
      double[] v = frame.vecs[slot];
      int n = 0;
      if (from != null) {
        double[] src = from.eval(row);
        n = Math.min(size, from.size);
        System.arraycopy(src, 0, v, 0, n);
      } else if (items != null) {
        for (; n < items.length; n++) {
          v[n] = items[n].eval(row);
        }
      }
      Arrays.fill(v, n, size, 0d);
      return v;
    }
  }

  /** {@code v := x}: every element takes the scalar; {@code v := w}: element-wise copy over the shorter. */
  static final class Fill extends VecNode {
    private final Frame frame;
    private final int slot;
    private final NumNode value;
    private final VecNode from;

    Fill(Frame frame, int slot, ValueType[] types, NumNode value, VecNode from) {
      super(types);
      this.frame = frame;
      this.slot = slot;
      this.value = value;
      this.from = from;
    }

    @Override
    double[] eval(int row) {
      double[] v = frame.vecs[slot];
      if (from != null) {
        System.arraycopy(from.eval(row), 0, v, 0, Math.min(size, from.size));
      } else {
        Arrays.fill(v, value.eval(row));
      }
      return v;
    }
  }

  /** A vector where a number is expected: its first element, as in 5.5.1. */
  static final class First extends NumNode {
    private final VecNode vector;

    First(VecNode vector) {
      this.vector = vector;
    }

    @Override
    double eval(int row) {
      return vector.eval(row)[0];
    }
  }

  /** {@code v[i]}: an index known when compiling, already checked to be in range. */
  static final class Element extends NumNode {
    private final Frame frame;
    private final int slot;
    private final int index;

    Element(Frame frame, int slot, int index) {
      this.frame = frame;
      this.slot = slot;
      this.index = index;
    }

    @Override
    double eval(int row) {
      return frame.vecs[slot][index];
    }
  }

  /**
   * The element a computed index names: truncated toward zero, a null index is 0
   * (as observed), and an index outside the vector is -1, which reads as null and
   * writes nothing.
   */
  static int position(double index, int size) {
    double i = index == index ? index : 0;
    return i > -1 && i < size ? (int) i : -1;
  }

  /** {@code v[expr]} with a computed index. */
  static final class DynamicElement extends NumNode {
    private final Frame frame;
    private final int slot;
    private final int size;
    private final NumNode index;

    DynamicElement(Frame frame, int slot, int size, NumNode index) {
      this.frame = frame;
      this.slot = slot;
      this.size = size;
      this.index = index;
    }

    @Override
    double eval(int row) {
      int i = position(index.eval(row), size);
      return i < 0 ? Double.NaN : frame.vecs[slot][i];
    }
  }

  /** {@code v[i] := x} and {@code v[i] += x} (…): yields the stored value, or null when i is out of range. */
  static final class Store extends NumNode {
    private final Frame frame;
    private final int slot;
    private final int size;
    private final NumNode index;
    private final Operators.Op op;
    private final NumNode value;

    Store(Frame frame, int slot, int size, NumNode index, Operators.Op op, NumNode value) {
      this.frame = frame;
      this.slot = slot;
      this.size = size;
      this.index = index;
      this.op = op;
      this.value = value;
    }

    @Override
    double eval(int row) {
      int i = position(index.eval(row), size);
      double x = value.eval(row);
      if (i < 0) {
        return Double.NaN;
      }
      double[] v = frame.vecs[slot];
      v[i] = op == null ? x : Operators.apply(op, v[i], x);
      return v[i];
    }
  }

  /**
   * Element-wise arithmetic: vector with vector over the shorter of the two, or
   * vector with a number on either side.
   */
  static final class Arith extends VecNode {
    private final Operators.Op op;
    private final VecNode left;
    private final VecNode right;
    private final NumNode leftNum;
    private final NumNode rightNum;
    private final double[] out;

    Arith(Operators.Op op, VecNode left, NumNode leftNum, VecNode right, NumNode rightNum) {
      super(floats(left == null ? right.size : right == null ? left.size : Math.min(left.size, right.size)));
      this.op = op;
      this.left = left;
      this.right = right;
      this.leftNum = leftNum;
      this.rightNum = rightNum;
      this.out = new double[size];
    }

    @Override
    double[] eval(int row) {
      double[] a = left == null ? null : left.eval(row);
      double x = left == null ? leftNum.eval(row) : 0;
      double[] b = right == null ? null : right.eval(row);
      double y = right == null ? rightNum.eval(row) : 0;
      for (int i = 0; i < size; i++) {
        out[i] = Operators.apply(op, a == null ? x : a[i], b == null ? y : b[i]);
      }
      return out;
    }
  }
}
