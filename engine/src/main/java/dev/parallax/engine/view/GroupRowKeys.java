package dev.parallax.engine.view;

import dev.parallax.engine.aggregate.AggregateColumn;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.table.Table;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * The {@code __INDEX__} of pivot rows: the keys of every table row under each
 * row group, as Perspective 5.5.1 lists them for a view made afresh: leaf groups
 * in tree order, rows in key order within each, the whole list reversed. A split
 * view lists none. Gathered by one pass over the table when an output asks.
 */
final class GroupRowKeys {
  private GroupRowKeys() {
  }

  static PivotWindow.IndexLists lists(Table table, PivotCells cells, RowLayout layout, int[] nodes) {
    int[] offsets = new int[nodes.length + 1];
    if (cells.cols.levels() > 0) {
      return new PivotWindow.IndexLists(
          new AggregateColumn(Table.IMPLICIT_INDEX, ColumnType.INTEGER, IntegerWidth.INT32, 0), offsets);
    }
    int groups = cells.rows.size();
    int[] start = new int[groups + 1];
    int[] inView = new int[table.size()];
    int n = 0;
    for (int r = table.nextLiveRow(0); r >= 0; r = table.nextLiveRow(r + 1)) {
      int leaf = cells.leafCellOf(r);
      if (leaf >= 0) {
        start[cells.cells.rowNode(leaf) + 1]++;
        inView[n++] = r;
      }
    }
    new RowSorter(new SortKey[] {NaturalKey.of(table)}, NaturalKey.isRowIdOrder(table)).sort(inView, n);
    for (int i = 0; i < groups; i++) {
      start[i + 1] += start[i];
    }
    int[] grouped = new int[n];
    int[] fill = Arrays.copyOf(start, groups);
    for (int i = 0; i < n; i++) {
      grouped[fill[cells.cells.rowNode(cells.leafCellOf(inView[i]))]++] = inView[i];
    }
    IntArrayList all = new IntArrayList();
    for (int i = 0; i < nodes.length; i++) {
      int before = all.size();
      append(nodes[i], cells.rows, layout, start, grouped, all);
      int[] e = all.elements();
      for (int a = before, b = all.size() - 1; a < b; a++, b--) {
        int t = e[a];
        e[a] = e[b];
        e[b] = t;
      }
      offsets[i + 1] = all.size();
    }
    int[] rowIds = all.toIntArray();
    WindowColumn keys = table.keyColumn() >= 0
        ? new RowColumn(Table.IMPLICIT_INDEX, table.column(table.keyColumn()), rowIds)
        : new InsertionIndexColumn(table, rowIds);
    return new PivotWindow.IndexLists(keys, offsets);
  }

  private static void append(int node, KeyTree tree, RowLayout layout, int[] start, int[] grouped,
      IntArrayList out) {
    if (tree.isLeaf(node)) {
      out.addElements(out.size(), grouped, start[node], start[node + 1] - start[node]);
      return;
    }
    int[] kids = layout.sortedChildren(node);
    if (kids != null) {
      for (int k : kids) {
        append(k, tree, layout, start, grouped, out);
      }
    }
  }
}
