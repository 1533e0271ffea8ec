package dev.parallax.engine.view;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.Table;
import java.util.Arrays;

/**
 * The one level of a split-only view, whose rows are the table's own rows:
 * every table row is a group of its own under the (hidden) total, keyed by its
 * row id and ordered as a flat view orders rows (primary key, or insertion).
 */
final class RowKeyLevel extends KeyLevel {
  private final SortKey natural;
  private int[] nodeOfRow = new int[0];

  RowKeyLevel(Table table) {
    super(null);
    this.natural = NaturalKey.of(table);
  }

  @Override
  ColumnType type() {
    return ColumnType.INTEGER;
  }

  @Override
  boolean isNull(int row) {
    return false;
  }

  @Override
  long code(int row) {
    return row;
  }

  @Override
  int find(int parent, int row) {
    return find(parent, (long) row);
  }

  @Override
  int findNull(int parent) {
    return -1;
  }

  @Override
  int find(int parent, long code) {
    return code < nodeOfRow.length ? nodeOfRow[(int) code] : -1;
  }

  @Override
  void put(int parent, boolean isNull, long code, int child) {
    if (code >= nodeOfRow.length) {
      int old = nodeOfRow.length;
      nodeOfRow = Arrays.copyOf(nodeOfRow, (int) Math.max(code + 1, old * 2L));
      Arrays.fill(nodeOfRow, old, nodeOfRow.length, -1);
    }
    nodeOfRow[(int) code] = child;
  }

  @Override
  void forget(int parent, boolean isNull, long code) {
    nodeOfRow[(int) code] = -1;
  }

  @Override
  void descend(KeyTree tree, int[] rows, int n, int[] nodes) {
    for (int i = 0; i < n; i++) {
      int child = find(nodes[i], (long) rows[i]);
      nodes[i] = child >= 0 ? child : tree.newChild(nodes[i], false, rows[i]);
    }
  }

  @Override
  int compare(long a, long b) {
    return Long.compareUnsigned(natural.key((int) a), natural.key((int) b));
  }

  @Override
  String text(long code) {
    return Long.toString(code);
  }
}
