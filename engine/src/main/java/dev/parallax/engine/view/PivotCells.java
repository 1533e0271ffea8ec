package dev.parallax.engine.view;

import dev.parallax.engine.aggregate.AggregateKind;
import dev.parallax.engine.aggregate.GroupTree;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * Where every table row of a pivot sits: its row group (a leaf of the row tree),
 * its column group (a leaf of the split tree) and so its leaf cell; the cells
 * above it, each counting its rows; and the plan that builds every cell's
 * aggregate from the leaf cells by merging. A row belongs to every cell (r, c)
 * with r on its row group's path and c on its column group's path.
 *
 * <p>The merge plan is a spanning order over the cells: first, in each leaf row
 * group, a column group merges into its parent column group (deepest first);
 * then every cell merges into the cell of its parent row group with the same
 * column group (deepest first). Each row reaches every cell above it exactly once.
 */
final class PivotCells {
  final KeyTree rows;
  final KeyTree cols;
  final CellIndex cells = new CellIndex();
  /** The root cell: the total row's unsplit aggregates. */
  final int rootCell;
  private int[] leafCellOfRow = new int[0];
  private int[] mergeFrom;
  private int[] mergeInto;
  private boolean mergeStale = true;
  private final int[] path;
  /** Bumped whenever cells come or go, so cached child lists are dropped. */
  private int version;
  private final GroupTree tree = new CellTree(false);
  private final GroupTree splitTree = new CellTree(true);

  PivotCells(KeyTree rows, KeyTree cols) {
    this.rows = rows;
    this.cols = cols;
    this.rootCell = cells.obtain(KeyTree.ROOT, KeyTree.ROOT);
    this.path = new int[(rows.levels() + 1) * (cols.levels() + 1)];
  }

  /** The tree that aggregates read a cell's parent and children from: see {@link CellTree}. */
  GroupTree groupTree(AggregateKind kind) {
    return kind == AggregateKind.DISTINCT_LEAF && cols.levels() > 0 ? splitTree : tree;
  }

  /** The leaf cell of table row {@code row}, or -1 when the row is not in the view. */
  int leafCellOf(int row) {
    return row < leafCellOfRow.length ? leafCellOfRow[row] : -1;
  }

  /** The leaf cell of the pair, made with every cell above it when new. */
  int leafCell(int rowLeaf, int colLeaf) {
    int c = cells.find(rowLeaf, colLeaf);
    if (c >= 0) {
      return c;
    }
    mergeStale = true;
    version++;
    for (int r = rowLeaf; r >= 0; r = rows.parent(r)) {
      for (int k = colLeaf; k >= 0; k = cols.parent(k)) {
        cells.obtain(r, k);
      }
    }
    return cells.find(rowLeaf, colLeaf);
  }

  /**
   * Places {@code n} rows: fills {@code leafCells[i]} with the leaf cell of
   * {@code rowIds[i]}, making groups and cells, and counts the rows in every cell.
   */
  void place(int[] rowIds, int n, int[] leafCells, int rowLimit) {
    int[] rowLeaves = new int[n];
    rows.leavesOf(rowIds, n, rowLeaves);
    int[] colLeaves = leafCells;
    if (cols.levels() > 0) {
      cols.leavesOf(rowIds, n, colLeaves);
    } else {
      Arrays.fill(colLeaves, 0, n, KeyTree.ROOT);
    }
    ensureRows(rowLimit);
    int lastR = -1;
    int lastC = -1;
    int lastCell = -1;
    for (int i = 0; i < n; i++) {
      int r = rowLeaves[i];
      int c = colLeaves[i];
      if (r != lastR || c != lastC) {
        lastCell = leafCell(r, c);
        lastR = r;
        lastC = c;
      }
      leafCells[i] = lastCell;
      leafCellOfRow[rowIds[i]] = lastCell;
      cells.addRows(lastCell, 1);
    }
    countUp();
  }

  /** Propagates the leaf cells' row counts to every cell above them (a bulk place). */
  private void countUp() {
    buildMergePlan();
    for (int i = 0; i < mergeFrom.length; i++) {
      cells.addRows(mergeInto[i], cells.rows(mergeFrom[i]));
    }
  }

  private void ensureRows(int rowLimit) {
    if (rowLimit > leafCellOfRow.length) {
      int old = leafCellOfRow.length;
      leafCellOfRow = Arrays.copyOf(leafCellOfRow, Math.max(rowLimit, old + (old >> 1) + 16));
      Arrays.fill(leafCellOfRow, old, leafCellOfRow.length, -1);
    }
  }

  /** The leaf cell table row {@code row} would have, making it when new (for rows entering the view). */
  int leafCellFor(int row) {
    int r = rows.leafOf(row);
    int c = cols.levels() > 0 ? cols.leafOf(row) : KeyTree.ROOT;
    return leafCell(r, c);
  }

  /** Adds one row to {@code leafCell} and every cell above it. */
  void add(int row, int leafCell, int rowLimit) {
    ensureRows(rowLimit);
    leafCellOfRow[row] = leafCell;
    int n = cellsAbove(leafCell, path);
    for (int i = 0; i < n; i++) {
      cells.addRows(path[i], 1);
    }
  }

  /** Takes one row out of its cells; a cell left empty is collected into {@code emptied}. */
  void remove(int row, IntArrayList emptied) {
    int leaf = leafCellOfRow[row];
    leafCellOfRow[row] = -1;
    int n = cellsAbove(leaf, path);
    for (int i = 0; i < n; i++) {
      cells.addRows(path[i], -1);
      if (cells.rows(path[i]) == 0) {
        emptied.add(path[i]);
      }
    }
  }

  /**
   * Fills {@code out} with {@code leafCell} and every cell above it, deepest row
   * groups first; returns how many.
   */
  int cellsAbove(int leafCell, int[] out) {
    int r0 = cells.rowNode(leafCell);
    int c0 = cells.colNode(leafCell);
    int n = 0;
    for (int r = r0; r >= 0; r = rows.parent(r)) {
      for (int c = c0; c >= 0; c = cols.parent(c)) {
        out[n++] = r == r0 && c == c0 ? leafCell : cells.find(r, c);
      }
    }
    return n;
  }

  /**
   * Drops the cells of {@code emptied} still empty, and the groups whose cells
   * under the other dimension's root emptied. The root cell stays, empty or not.
   */
  void collect(IntArrayList emptied) {
    for (int i = 0; i < emptied.size(); i++) {
      int cell = emptied.getInt(i);
      if (cell == rootCell || !cells.isLive(cell) || cells.rows(cell) > 0) {
        continue;
      }
      int r = cells.rowNode(cell);
      int c = cells.colNode(cell);
      cells.remove(cell);
      mergeStale = true;
      version++;
      if (c == KeyTree.ROOT && r != KeyTree.ROOT && rows.isAlive(r)) {
        rows.remove(r);
      }
      if (r == KeyTree.ROOT && c != KeyTree.ROOT && cols.isAlive(c)) {
        cols.remove(c);
      }
    }
  }

  /** The merge plan's sources, in order. */
  int[] mergeFrom() {
    buildMergePlan();
    return mergeFrom;
  }

  /** The merge plan's targets: {@code mergeFrom()[i]} merges into {@code mergeInto()[i]}. */
  int[] mergeInto() {
    buildMergePlan();
    return mergeInto;
  }

  private void buildMergePlan() {
    if (!mergeStale) {
      return;
    }
    int rowLevels = rows.levels();
    int colLevels = cols.levels();
    // Bucket cells by merge step: column merges in leaf row groups first, then row merges.
    int steps = colLevels + rowLevels;
    IntArrayList[] buckets = new IntArrayList[steps];
    for (int i = 0; i < steps; i++) {
      buckets[i] = new IntArrayList();
    }
    int total = 0;
    for (int cell = 1; cell < cells.count(); cell++) {
      if (!cells.isLive(cell)) {
        continue;
      }
      int r = cells.rowNode(cell);
      int c = cells.colNode(cell);
      if (rows.isLeaf(r) && c != KeyTree.ROOT) {
        buckets[colLevels - cols.depth(c)].add(cell);
        total++;
      }
      if (r != KeyTree.ROOT) {
        buckets[colLevels + rowLevels - rows.depth(r)].add(cell);
        total++;
      }
    }
    int[] from = new int[total];
    int[] into = new int[total];
    int k = 0;
    for (int s = 0; s < steps; s++) {
      boolean columnStep = s < colLevels;
      IntArrayList b = buckets[s];
      for (int i = 0; i < b.size(); i++) {
        int cell = b.getInt(i);
        int r = cells.rowNode(cell);
        int c = cells.colNode(cell);
        from[k] = cell;
        into[k++] = columnStep ? cells.find(r, cols.parent(c)) : cells.find(rows.parent(r), c);
      }
    }
    mergeFrom = from;
    mergeInto = into;
    mergeStale = false;
  }

  /** The cells a cell is merged from: its column children in a leaf row group, else its row children. */
  void childrenOf(int cell, IntArrayList out) {
    out.clear();
    int r = cells.rowNode(cell);
    int c = cells.colNode(cell);
    if (rows.isLeaf(r)) {
      if (cols.isLeaf(c)) {
        return;
      }
      IntArrayList kids = cols.children(c);
      for (int i = 0; i < kids.size(); i++) {
        int k = cells.find(r, kids.getInt(i));
        if (k >= 0) {
          out.add(k);
        }
      }
    } else {
      IntArrayList kids = rows.children(r);
      for (int i = 0; i < kids.size(); i++) {
        int k = cells.find(kids.getInt(i), c);
        if (k >= 0) {
          out.add(k);
        }
      }
    }
  }

  /**
   * The nesting the tree-dependent aggregates read, as Perspective 5.5.1 nests
   * cells: a split cell's parent is its row group's cell of the parent split
   * group, an unsplit cell's is its parent row group's ("pct sum parent" of
   * {@code x|f} in group a is a's x over a's total; that of the unsplit column,
   * a over the total), so every chain ends at the total's unsplit cell ("pct
   * sum total"). Children are the row tree's, the split group kept ("gmv" of a
   * total sums its row groups), except that "distinct leaf" in a split view
   * takes a cell of a deepest split group for a leaf, and so reads split children.
   */
  private final class CellTree implements GroupTree {
    private final boolean bySplit;
    private int cachedCell = -1;
    private int cachedVersion = -1;

    CellTree(boolean bySplit) {
      this.bySplit = bySplit;
    }
    private final IntArrayList cachedKids = new IntArrayList();

    @Override
    public int parent(int group) {
      int r = cells.rowNode(group);
      int c = cells.colNode(group);
      if (c != KeyTree.ROOT) {
        return cells.find(r, cols.parent(c));
      }
      return r == KeyTree.ROOT ? -1 : cells.find(rows.parent(r), KeyTree.ROOT);
    }

    @Override
    public int childCount(int group) {
      return kids(group).size();
    }

    @Override
    public int child(int group, int i) {
      return kids(group).getInt(i);
    }

    private IntArrayList kids(int group) {
      if (group != cachedCell || version != cachedVersion) {
        cachedKids.clear();
        int r = cells.rowNode(group);
        int c = cells.colNode(group);
        boolean split = bySplit;
        if (split ? !cols.isLeaf(c) : !rows.isLeaf(r)) {
          IntArrayList kids = split ? cols.children(c) : rows.children(r);
          for (int i = 0; i < kids.size(); i++) {
            int k = split ? cells.find(r, kids.getInt(i)) : cells.find(kids.getInt(i), c);
            if (k >= 0) {
              cachedKids.add(k);
            }
          }
        }
        cachedCell = group;
        cachedVersion = version;
      }
      return cachedKids;
    }
  }
}
