package dev.parallax.engine.view;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.ArrayList;
import java.util.List;

/**
 * The output columns of a pivot: for each split group shown, each shown column,
 * named {@code "value|…|column"}. Without split_by there is one group, the
 * root, whose columns keep their names. The "flat" split rollup mode shows the
 * deepest split groups only; "rollup" shows every split group depth first, the
 * unsplit columns first. Split groups are in key order (null first) unless a
 * column sort orders them by the total row.
 */
final class ColumnLayout {
  private final KeyTree tree;
  private final List<String> columns;
  private final boolean rollup;
  private int[] nodes = new int[0];
  private int[] specs = new int[0];
  private List<String> names = List.of();

  ColumnLayout(KeyTree tree, PivotPlan plan) {
    this.tree = tree;
    this.columns = plan.columns;
    this.rollup = plan.splitRollup;
  }

  int size() {
    return nodes.length;
  }

  /** The split group of output column {@code i}. */
  int node(int i) {
    return nodes[i];
  }

  /** The aggregate of output column {@code i}: an index into the plan's shown aggregates. */
  int spec(int i) {
    return specs[i];
  }

  List<String> names() {
    return names;
  }

  /** Lays the columns out again, siblings ordered by {@code order}. */
  void layout(IntComparator order) {
    IntArrayList groups = new IntArrayList();
    walk(KeyTree.ROOT, order, groups);
    int n = groups.size() * columns.size();
    nodes = new int[n];
    specs = new int[n];
    List<String> out = new ArrayList<>(n);
    int k = 0;
    for (int g = 0; g < groups.size(); g++) {
      int node = groups.getInt(g);
      String prefix = prefix(node);
      for (int c = 0; c < columns.size(); c++) {
        nodes[k] = node;
        specs[k++] = c;
        out.add(prefix + columns.get(c));
      }
    }
    names = List.copyOf(out);
  }

  private void walk(int node, IntComparator order, IntArrayList out) {
    boolean leaf = tree.isLeaf(node);
    if (leaf || rollup) {
      out.add(node);
    }
    if (!leaf) {
      int[] kids = tree.children(node).toIntArray();
      IntArrays.stableSort(kids, order);
      for (int kid : kids) {
        walk(kid, order, out);
      }
    }
  }

  private String prefix(int node) {
    if (node == KeyTree.ROOT) {
      return "";
    }
    return prefix(tree.parent(node)) + tree.text(node) + "|";
  }
}
