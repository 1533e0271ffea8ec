package dev.parallax.engine.view;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.Arrays;

/**
 * Which row groups a pivot shows, in which order: the tree walked depth first,
 * siblings in sort order, the children of a collapsed group hidden. In the
 * "flat" rollup mode only the deepest groups show, in "total" only the total; a
 * split-only view hides its total. Rows expand to the depth set by
 * {@code group_by_depth} or {@code set_depth} (all, by default) unless expanded
 * or collapsed one by one since, as Perspective's tree does: collapsing a group
 * collapses everything below it.
 */
final class RowLayout {
  private static final byte DEFAULT = 0;
  private static final byte OPEN = 1;
  private static final byte SHUT = 2;

  private final KeyTree tree;
  private final PivotPlan.GroupMode mode;
  private final boolean hideRoot;
  private int depthSetting;
  private byte[] state = new byte[16];
  private int[][] sorted = new int[16][];
  private int[] visible = new int[0];
  private int size;
  private int[] position = new int[0];

  RowLayout(KeyTree tree, PivotPlan plan) {
    this.tree = tree;
    this.mode = plan.groupMode;
    this.hideRoot = plan.splitOnly;
    this.depthSetting = plan.expandDepth;
  }

  int size() {
    return size;
  }

  /** The group shown at position {@code pos}. */
  int nodeAt(int pos) {
    return visible[pos];
  }

  /** Whether the row at {@code pos} shows none of its children: a leaf, or collapsed. */
  boolean showsNoChildren(int pos) {
    return pos + 1 >= size || tree.depth(visible[pos + 1]) <= tree.depth(visible[pos]);
  }

  /** The groups at positions {@code [from, to)}. */
  int[] nodes(int from, int to) {
    return Arrays.copyOfRange(visible, from, to);
  }

  /** The position of group {@code node}, or -1 when it is not shown. */
  int positionOf(int node) {
    return node < position.length ? position[node] : -1;
  }

  private boolean isOpen(int node) {
    byte s = node < state.length ? state[node] : DEFAULT;
    return s == DEFAULT ? tree.depth(node) <= depthSetting : s == OPEN;
  }

  private void setState(int node, byte s) {
    if (node >= state.length) {
      state = Arrays.copyOf(state, Math.max(node + 1, state.length * 2));
    }
    state[node] = s;
  }

  /**
   * Re-sorts with {@code order} the children of every group when {@code dirty}
   * is null, else of the groups in {@code dirty} and of those whose children
   * came or went; then lays the shown rows out again, unless nothing moved.
   */
  void layout(IntArrayList dirty, IntComparator order) {
    if (sorted.length < tree.size()) {
      sorted = Arrays.copyOf(sorted, Math.max(tree.size(), sorted.length * 2));
    }
    IntArrayList changed = new IntArrayList();
    tree.drainChangedParents(changed);
    boolean moved = dirty == null || !changed.isEmpty() || visible.length == 0;
    if (dirty == null) {
      for (int node = 0; node < tree.size(); node++) {
        sortChildren(node, order);
      }
    } else {
      changed.addAll(dirty);
      int[] parents = changed.toIntArray();
      Arrays.sort(parents);
      for (int i = 0; i < parents.length; i++) {
        if (i == 0 || parents[i] != parents[i - 1]) {
          moved |= sortChildren(parents[i], order);
        }
      }
    }
    if (moved) {
      walkAll();
    }
  }

  /** Re-sorts the children of {@code node}; returns whether their order changed. */
  private boolean sortChildren(int node, IntComparator order) {
    if (!tree.isAlive(node) || tree.isLeaf(node)) {
      sorted[node] = null;
      return false;
    }
    int[] kids = tree.children(node).toIntArray();
    IntArrays.stableSort(kids, order);
    boolean same = Arrays.equals(kids, sorted[node]);
    sorted[node] = kids;
    return !same;
  }

  /** Lays out the shown rows from the sorted children. */
  private void walkAll() {
    for (int i = 0; i < size; i++) {
      position[visible[i]] = -1;
    }
    IntArrayList out = new IntArrayList(Math.max(16, size));
    walk(KeyTree.ROOT, out);
    visible = out.elements();
    size = out.size();
    if (position.length < tree.size()) {
      int old = position.length;
      position = Arrays.copyOf(position, Math.max(tree.size(), old * 2));
      Arrays.fill(position, old, position.length, -1);
    }
    for (int i = 0; i < size; i++) {
      position[visible[i]] = i;
    }
  }

  private void walk(int root, IntArrayList out) {
    if (mode == PivotPlan.GroupMode.TOTAL) {
      out.add(root);
      return;
    }
    // An explicit stack: a split-only view's tree is as wide as the table.
    IntArrayList stack = new IntArrayList();
    stack.add(root);
    while (!stack.isEmpty()) {
      int node = stack.popInt();
      boolean leaf = tree.isLeaf(node);
      if (mode == PivotPlan.GroupMode.FLAT ? leaf : !(node == KeyTree.ROOT && hideRoot)) {
        out.add(node);
      }
      if (!leaf && (mode == PivotPlan.GroupMode.FLAT || hideRoot && node == KeyTree.ROOT || isOpen(node))) {
        int[] kids = sorted[node];
        for (int i = kids.length - 1; i >= 0; i--) {
          stack.add(kids[i]);
        }
      }
    }
  }

  /** The children of {@code node} in sort order, as of the last layout. */
  int[] sortedChildren(int node) {
    return sorted[node];
  }

  /** Expands the group at {@code pos}; returns how many rows appeared. */
  int expand(int pos) {
    if (mode != PivotPlan.GroupMode.ROLLUP || pos < 0 || pos >= size) {
      return 0;
    }
    int node = visible[pos];
    if (tree.isLeaf(node) || isOpen(node)) {
      return 0;
    }
    int before = size;
    setState(node, OPEN);
    walkAll();
    return size - before;
  }

  /** Collapses the group at {@code pos} and every group below it; returns how many rows disappeared. */
  int collapse(int pos) {
    if (mode != PivotPlan.GroupMode.ROLLUP || pos < 0 || pos >= size) {
      return 0;
    }
    int node = visible[pos];
    if (tree.isLeaf(node) || !isOpen(node)) {
      return 0;
    }
    int before = size;
    IntArrayList stack = new IntArrayList();
    stack.add(node);
    while (!stack.isEmpty()) {
      int n = stack.popInt();
      if (!tree.isLeaf(n)) {
        setState(n, SHUT);
        stack.addAll(tree.children(n));
      }
    }
    walkAll();
    return before - size;
  }

  /**
   * Expands the groups of depth up to {@code depth} and collapses the rest;
   * Perspective ignores a depth beyond the deepest level.
   */
  void setDepth(int depth) {
    if (depth > tree.levels() || depth < 0) {
      return;
    }
    depthSetting = depth;
    Arrays.fill(state, DEFAULT);
    walkAll();
  }
}
