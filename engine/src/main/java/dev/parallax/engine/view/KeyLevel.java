package dev.parallax.engine.view;

import dev.parallax.engine.column.BoolColumn;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;

/**
 * One level of a {@link KeyTree}: the column whose value picks a row's child
 * group below a parent, and the index from (parent, value) to that child.
 * Values are held as {@code long} codes: a string's dictionary code, an integer
 * or date, a datetime's milliseconds, a float's bits (-0.0 folded into 0.0), a
 * boolean's 0 or 1. Null is a key of its own, ordered first.
 */
abstract class KeyLevel {
  final Column column;

  KeyLevel(Column column) {
    this.column = column;
  }

  /** The level for {@code column}: dense per parent for strings and booleans, hashed otherwise. */
  static KeyLevel of(Column column) {
    switch (column.type()) {
      case STRING:
      case BOOLEAN:
        return new DenseKeyLevel(column);
      default:
        return new HashedKeyLevel(column);
    }
  }

  ColumnType type() {
    return column.type();
  }

  /** Whether row {@code row} has the null key. */
  boolean isNull(int row) {
    return column.isNull(row);
  }

  /** The code of the value of valid row {@code row}. */
  long code(int row) {
    return codeOf(column, row);
  }

  static long codeOf(Column c, int row) {
    switch (c.type()) {
      case STRING:
        return ((StringColumn) c).getCode(row);
      case INTEGER:
      case DATE:
        return ((IntColumn) c).getLong(row);
      case DATETIME:
        return ((LongColumn) c).getLong(row);
      case FLOAT:
        return Double.doubleToLongBits(((DoubleColumn) c).getDouble(row) + 0.0);
      case BOOLEAN:
        return ((BoolColumn) c).getBoolean(row) ? 1 : 0;
      default:
        throw new AssertionError(c.type());
    }
  }

  /** The child of {@code parent} for row {@code row}, or -1 when there is none yet. */
  int find(int parent, int row) {
    return column.isNull(row) ? findNull(parent) : find(parent, code(row));
  }

  abstract int findNull(int parent);

  abstract int find(int parent, long code);

  /** Records {@code child} as the child of {@code parent} for the key. */
  abstract void put(int parent, boolean isNull, long code, int child);

  /** Forgets the child of {@code parent} for the key. */
  abstract void forget(int parent, boolean isNull, long code);

  /**
   * Moves {@code n} rows one level down: {@code nodes[i]}, a node of this level's
   * parent depth, becomes the child that row {@code rows[i]} belongs to, made
   * through {@code tree} when new.
   */
  void descend(KeyTree tree, int[] rows, int n, int[] nodes) {
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      int p = nodes[i];
      boolean isNull = column.isNull(r);
      long code = isNull ? 0 : code(r);
      int child = isNull ? findNull(p) : find(p, code);
      nodes[i] = child >= 0 ? child : tree.newChild(p, isNull, code);
    }
  }

  /** Orders two non-null codes as their values order. */
  int compare(long a, long b) {
    switch (column.type()) {
      case STRING: {
        int[] ranks = ((StringColumn) column).dictionary().ranks();
        return Integer.compare(ranks[(int) a], ranks[(int) b]);
      }
      case FLOAT:
        return Double.compare(Double.longBitsToDouble(a), Double.longBitsToDouble(b));
      default:
        return Long.compare(a, b);
    }
  }

  /** The value of {@code code} as a split column path shows it. */
  String text(long code) {
    return KeyText.of(column, code);
  }
}
