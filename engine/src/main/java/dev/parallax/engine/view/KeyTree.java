package dev.parallax.engine.view;

import dev.parallax.engine.column.ColumnType;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * The groups of one pivot dimension as a tree: the root (the total), then one
 * level per {@code group_by} (or {@code split_by}) column, each node the rows
 * that share the key values on its path. Node ids are never reused, so a group
 * that empties and comes back is a new node with fresh aggregates.
 */
final class KeyTree {
  static final int ROOT = 0;

  private final KeyLevel[] levels;
  private int size = 1;
  private int[] parent = new int[16];
  private int[] depth = new int[16];
  private long[] key = new long[16];
  private boolean[] keyNull = new boolean[16];
  private boolean[] alive = new boolean[16];
  private IntArrayList[] kids = new IntArrayList[16];
  /** Nodes that gained or lost a child since {@link #drainChangedParents} last ran. */
  private final IntArrayList changedParents = new IntArrayList();

  KeyTree(KeyLevel[] levels) {
    this.levels = levels;
    parent[ROOT] = -1;
    alive[ROOT] = true;
    kids[ROOT] = new IntArrayList();
  }

  /** How many levels below the root. */
  int levels() {
    return levels.length;
  }

  KeyLevel level(int i) {
    return levels[i];
  }

  /** One past the highest node id. */
  int size() {
    return size;
  }

  int parent(int node) {
    return parent[node];
  }

  int depth(int node) {
    return depth[node];
  }

  boolean isLeaf(int node) {
    return depth[node] == levels.length;
  }

  boolean isAlive(int node) {
    return alive[node];
  }

  boolean isNullKey(int node) {
    return keyNull[node];
  }

  long key(int node) {
    return key[node];
  }

  /** The live children of {@code node}, in no particular order. */
  IntArrayList children(int node) {
    return kids[node];
  }

  /** The child of {@code p} for the key, made now. */
  int newChild(int p, boolean isNull, long code) {
    int id = size++;
    if (id == parent.length) {
      int n = id * 2;
      parent = Arrays.copyOf(parent, n);
      depth = Arrays.copyOf(depth, n);
      key = Arrays.copyOf(key, n);
      keyNull = Arrays.copyOf(keyNull, n);
      alive = Arrays.copyOf(alive, n);
      kids = Arrays.copyOf(kids, n);
    }
    parent[id] = p;
    depth[id] = depth[p] + 1;
    key[id] = code;
    keyNull[id] = isNull;
    alive[id] = true;
    if (depth[id] < levels.length) {
      kids[id] = new IntArrayList(2);
    }
    levels[depth[p]].put(p, isNull, code, id);
    kids[p].add(id);
    changedParents.add(p);
    return id;
  }

  /** The leaf group of table row {@code row}, made (with its ancestors) when new. */
  int leafOf(int row) {
    int node = ROOT;
    for (KeyLevel level : levels) {
      int child = level.find(node, row);
      if (child < 0) {
        boolean isNull = level.isNull(row);
        child = newChild(node, isNull, isNull ? 0 : level.code(row));
      }
      node = child;
    }
    return node;
  }

  /** Fills {@code leaves[i]} with the leaf group of {@code rows[i]}, making new groups. */
  void leavesOf(int[] rows, int n, int[] leaves) {
    Arrays.fill(leaves, 0, n, ROOT);
    for (KeyLevel level : levels) {
      level.descend(this, rows, n, leaves);
    }
  }

  /** Removes an emptied group (never the root) and its index entry. */
  void remove(int node) {
    alive[node] = false;
    int p = parent[node];
    levels[depth[p]].forget(p, keyNull[node], key[node]);
    kids[p].rem(node);
    changedParents.add(p);
  }

  /** Moves the nodes that gained or lost a child since the last call into {@code out}. */
  void drainChangedParents(IntArrayList out) {
    out.addAll(changedParents);
    changedParents.clear();
  }

  /** Orders two siblings by key, null first. */
  int compareKeys(int a, int b) {
    if (keyNull[a] || keyNull[b]) {
      return Boolean.compare(!keyNull[a], !keyNull[b]);
    }
    return levels[depth[a] - 1].compare(key[a], key[b]);
  }

  /**
   * Orders two siblings as a sort on their own group_by column does in
   * Perspective 5.5.1: by key, null first ascending and last descending; under
   * an abs order numbers by magnitude (null with 0 ascending, last descending),
   * booleans with null as false, and strings by key ascending whichever way.
   */
  int compareForSort(int a, int b, boolean descending, boolean abs) {
    KeyLevel level = levels[depth[a] - 1];
    if (!abs || level.type() == ColumnType.DATE || level.type() == ColumnType.DATETIME) {
      int c = compareKeys(a, b);
      return descending ? -c : c;
    }
    switch (level.type()) {
      case STRING:
        return compareKeys(a, b);
      case BOOLEAN: {
        int c = Long.compare(keyNull[a] ? 0 : key[a], keyNull[b] ? 0 : key[b]);
        return descending ? -c : c;
      }
      default: {
        if (descending && (keyNull[a] || keyNull[b])) {
          return Boolean.compare(keyNull[a], keyNull[b]);
        }
        double x = keyNull[a] ? 0 : Math.abs(number(level, key[a]));
        double y = keyNull[b] ? 0 : Math.abs(number(level, key[b]));
        int c = Double.compare(x, y);
        return descending ? -c : c;
      }
    }
  }

  private static double number(KeyLevel level, long code) {
    return level.type() == ColumnType.FLOAT ? Double.longBitsToDouble(code) : code;
  }

  /** The node's key as a split column path shows it. */
  String text(int node) {
    return keyNull[node] ? "null" : levels[depth[node] - 1].text(key[node]);
  }
}
