package dev.parallax.engine.view;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.StringColumn;
import java.util.Arrays;

/**
 * A level keyed by small codes (string dictionary codes, booleans): each parent
 * holds an array from code to child, so finding a row's group is two array
 * reads, the hot path of grouping a large table by a string column.
 */
final class DenseKeyLevel extends KeyLevel {
  private static final int[] NONE = new int[0];

  private int[][] byCode = new int[8][];
  private int[] nullChild = new int[8];

  DenseKeyLevel(Column column) {
    super(column);
    Arrays.fill(nullChild, -1);
  }

  private void ensureParent(int parent) {
    if (parent >= byCode.length) {
      int n = Math.max(parent + 1, byCode.length * 2);
      int old = nullChild.length;
      byCode = Arrays.copyOf(byCode, n);
      nullChild = Arrays.copyOf(nullChild, n);
      Arrays.fill(nullChild, old, n, -1);
    }
  }

  @Override
  int findNull(int parent) {
    return parent < nullChild.length ? nullChild[parent] : -1;
  }

  @Override
  int find(int parent, long code) {
    if (parent >= byCode.length) {
      return -1;
    }
    int[] a = byCode[parent];
    return a == null || code >= a.length ? -1 : a[(int) code];
  }

  @Override
  void put(int parent, boolean isNull, long code, int child) {
    ensureParent(parent);
    if (isNull) {
      nullChild[parent] = child;
      return;
    }
    int[] a = byCode[parent];
    if (a == null || code >= a.length) {
      int old = a == null ? 0 : a.length;
      a = Arrays.copyOf(a == null ? NONE : a, (int) Math.max(code + 1, old * 2L));
      Arrays.fill(a, old, a.length, -1);
      byCode[parent] = a;
    }
    a[(int) code] = child;
  }

  @Override
  void forget(int parent, boolean isNull, long code) {
    if (isNull) {
      nullChild[parent] = -1;
    } else {
      byCode[parent][(int) code] = -1;
    }
  }

  @Override
  void descend(KeyTree tree, int[] rows, int n, int[] nodes) {
    if (!(column instanceof StringColumn)) {
      super.descend(tree, rows, n, nodes);
      return;
    }
    StringColumn s = (StringColumn) column;
    int[] codes = s.codes();
    for (int i = 0; i < n; i++) {
      int r = rows[i];
      int p = nodes[i];
      int child;
      if (s.isValid(r)) {
        int code = codes[r];
        int[] a = p < byCode.length ? byCode[p] : null;
        child = a != null && code < a.length ? a[code] : -1;
        if (child < 0) {
          child = tree.newChild(p, false, code);
        }
      } else {
        child = findNull(p);
        if (child < 0) {
          child = tree.newChild(p, true, 0);
        }
      }
      nodes[i] = child;
    }
  }
}
