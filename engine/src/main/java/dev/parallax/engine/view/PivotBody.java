package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.aggregate.AggregateColumn;
import dev.parallax.engine.aggregate.AggregateSpec;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pivot view: the table's rows (filtered) grouped by {@code group_by} into a
 * tree of row groups and by {@code split_by} into a tree of column groups, one
 * aggregate per shown column in every cell the two trees make, sorted, laid
 * out and kept current batch by batch (see {@link CellAggregates} for how each
 * kind of aggregate follows a change).
 *
 * <p>Each batch yields the rows whose shown values changed (or that are new),
 * total first, without row path, as Perspective's row deltas carry them; a
 * split-only view's hidden total is among them when it changed.
 */
final class PivotBody implements ViewBody {
  private final Table table;
  private final ColumnSource source;
  private final PivotPlan plan;
  private final TreeSequence treeOrder = new TreeSequence();
  private final TreeSequence keyOrder = new TreeSequence();
  private final TreeSequence splitOrder = new TreeSequence();
  /** Each aggregate store's value and argument column in the table's schema, -1 when computed. */
  private final List<String> membershipColumns = new ArrayList<>();
  private final IntComparator rowOrder = this::compareRows;
  private final IntComparator columnOrder = this::compareColumns;
  private PivotCells cells;
  private CellAggregates aggregates;
  private RowLists lists;
  private RowLayout rows;
  private ColumnLayout columns;
  private AggregateColumn[] rowSortValues = new AggregateColumn[0];
  private AggregateColumn[] columnSortValues = new AggregateColumn[0];
  /** The batch each row group was last collected in, so each is collected once. */
  private int[] marks = new int[16];
  private int batch;

  PivotBody(Table table, ColumnSource source, PivotPlan plan) {
    this.table = table;
    this.source = source;
    this.plan = plan;
    membershipColumns.addAll(plan.config.groupBy());
    membershipColumns.addAll(plan.config.splitBy());
    membershipColumns.addAll(plan.filterColumns);
    rebuild();
  }

  /** Recomputes everything from the table as it is. */
  private void rebuild() {
    KeyLevel[] rowLevels;
    if (plan.splitOnly) {
      rowLevels = new KeyLevel[] {new RowKeyLevel(table)};
    } else {
      rowLevels = levels(plan.groupColumns);
    }
    cells = new PivotCells(new KeyTree(rowLevels), new KeyTree(levels(plan.splitColumns)));
    aggregates = new CellAggregates(plan, treeOrder, keyOrder, splitOrder);
    lists = aggregates.needsRowLists() ? new RowLists() : null;
    rows = new RowLayout(cells.rows, plan);
    columns = new ColumnLayout(cells.cols, plan);
    int[] ids = table.liveRows();
    int n = plan.selector.select(ids, ids.length, table.rowCount());
    int[] leafCells = new int[n];
    cells.place(ids, n, leafCells, table.rowCount());
    if (lists != null) {
      for (int i = 0; i < n; i++) {
        lists.add(leafCells[i], ids[i]);
      }
    }
    boolean[] plain = new boolean[aggregates.size()];
    for (int s = 0; s < plain.length; s++) {
      plain[s] = !aggregates.isOrdered(s);
    }
    aggregates.build(plain, cells, ids, leafCells, n);
    aggregates.ensureCells(cells.cells.count());
    if (aggregates.anyOrdered()) {
      buildOrdered(ids, leafCells, n);
    }
    layoutRows(null);
    layoutColumns();
  }

  private static KeyLevel[] levels(Column[] columns) {
    KeyLevel[] out = new KeyLevel[columns.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = KeyLevel.of(columns[i]);
    }
    return out;
  }

  /**
   * Builds the aggregates that follow a row order. Key order ranks rows by
   * primary key. Tree order ranks them by their leaf cell (row group among the
   * row leaves in key order, null first, then split group likewise; whatever the
   * view's sort, as Perspective 5.5.1 walks its trees), then by key; split order
   * by split group, then key (see {@link CellAggregates#slotFor}).
   */
  private void buildOrdered(int[] ids, int[] leafCells, int n) {
    int[] byKey = Arrays.copyOf(ids, n);
    new RowSorter(new SortKey[] {NaturalKey.of(table)}, NaturalKey.isRowIdOrder(table)).sort(byKey, n);
    int[] keyRank = new int[table.rowCount()];
    for (int i = 0; i < n; i++) {
      keyRank[byKey[i]] = i;
      keyOrder.set(byKey[i], 0, i);
    }
    int[] rowRank = leafRanks(cells.rows);
    int[] colRank = leafRanks(cells.cols);
    int[] cellRank = leafCellRanks(rowRank, colRank);
    for (int i = 0; i < n; i++) {
      int leaf = leafCells[i];
      treeOrder.set(ids[i], cellRank[leaf], keyRank[ids[i]]);
      splitOrder.set(ids[i], colRank[cells.cells.colNode(leaf)], keyRank[ids[i]]);
    }
    boolean[] ordered = new boolean[aggregates.size()];
    for (int s = 0; s < ordered.length; s++) {
      ordered[s] = aggregates.isOrdered(s);
    }
    aggregates.build(ordered, cells, ids, leafCells, n);
  }

  /** Each leaf cell's rank by row leaf, then split leaf. */
  private int[] leafCellRanks(int[] rowRank, int[] colRank) {
    int count = cells.cells.count();
    long[] place = new long[count];
    int[] leaves = new int[count];
    int m = 0;
    for (int cell = 1; cell < count; cell++) {
      int r = cells.cells.rowNode(cell);
      int c = cells.cells.colNode(cell);
      if (cells.cells.isLive(cell) && cells.rows.isLeaf(r) && cells.cols.isLeaf(c)) {
        place[cell] = (long) rowRank[r] * colRank.length + colRank[c];
        leaves[m++] = cell;
      }
    }
    IntArrays.quickSort(leaves, 0, m, (a, b) -> Long.compare(place[a], place[b]));
    int[] rank = new int[count];
    for (int i = 0; i < m; i++) {
      rank[leaves[i]] = i;
    }
    return rank;
  }

  /** Each leaf's place among the leaves of {@code tree} in key order, null first. */
  private static int[] leafRanks(KeyTree tree) {
    int[] rank = new int[tree.size()];
    IntArrayList leaves = new IntArrayList();
    leavesInKeyOrder(tree, KeyTree.ROOT, leaves);
    for (int i = 0; i < leaves.size(); i++) {
      rank[leaves.getInt(i)] = i;
    }
    return rank;
  }

  private static void leavesInKeyOrder(KeyTree tree, int node, IntArrayList out) {
    if (tree.isLeaf(node)) {
      out.add(node);
      return;
    }
    int[] kids = tree.children(node).toIntArray();
    IntArrays.quickSort(kids, tree::compareKeys);
    for (int k : kids) {
      leavesInKeyOrder(tree, k, out);
    }
  }

  /** Rebuilds the ordered aggregates over every row in the view. */
  private void rebuildOrdered() {
    int[] ids = new int[table.size()];
    int[] leafCells = new int[table.size()];
    int n = 0;
    for (int r = table.nextLiveRow(0); r >= 0; r = table.nextLiveRow(r + 1)) {
      int leaf = cells.leafCellOf(r);
      if (leaf >= 0) {
        ids[n] = r;
        leafCells[n++] = leaf;
      }
    }
    buildOrdered(ids, leafCells, n);
  }

  /** The cells, for tests that rebuild aggregates from parts of the rows. */
  PivotCells cells() {
    return cells;
  }

  /** The aggregate stores, for tests that merge parts of them. */
  CellAggregates aggregates() {
    return aggregates;
  }

  // ---- order

  private void layoutRows(IntArrayList dirty) {
    List<PivotPlan.RowSort> sorts = plan.rowSorts;
    if (rowSortValues.length != sorts.size()) {
      rowSortValues = new AggregateColumn[sorts.size()];
    }
    boolean anyValues = false;
    for (int k = 0; k < sorts.size(); k++) {
      int s = sorts.get(k).spec();
      if (s >= 0) {
        rowSortValues[k] = writeAll(s, cells.rows.size(), true);
        anyValues = true;
      }
    }
    rows.layout(anyValues ? null : dirty, rowOrder);
  }

  private void layoutColumns() {
    List<PivotPlan.ColumnSort> sorts = plan.columnSorts;
    if (columnSortValues.length != sorts.size()) {
      columnSortValues = new AggregateColumn[sorts.size()];
    }
    for (int k = 0; k < sorts.size(); k++) {
      columnSortValues[k] = writeAll(sorts.get(k).spec(), cells.cols.size(), false);
    }
    columns.layout(columnOrder);
  }

  /**
   * Aggregate {@code s} of every live group of one dimension, at the other's
   * root: row groups' totals across the split ({@code rowsDimension}), or the
   * total row's value of each split group.
   */
  private AggregateColumn writeAll(int s, int size, boolean rowsDimension) {
    AggregateSpec spec = aggregates.spec(s);
    AggregateColumn out = new AggregateColumn(spec.column(), spec.resultType(), widthOf(spec), size);
    KeyTree tree = rowsDimension ? cells.rows : cells.cols;
    for (int node = 0; node < size; node++) {
      int cell = !tree.isAlive(node) ? -1
          : rowsDimension ? cells.cells.find(node, KeyTree.ROOT) : cells.cells.find(KeyTree.ROOT, node);
      int slot = rowsDimension ? aggregates.slotFor(s, node, KeyTree.ROOT) : aggregates.slotFor(s, KeyTree.ROOT, node);
      aggregates.store(slot).write(cell < 0 ? CellIndex.EMPTY : cell, cells.groupTree(spec.kind()), out, node);
    }
    return out;
  }

  private int compareRows(int a, int b) {
    List<PivotPlan.RowSort> sorts = plan.rowSorts;
    for (int k = 0; k < sorts.size(); k++) {
      PivotPlan.RowSort sort = sorts.get(k);
      int c;
      if (sort.spec() >= 0) {
        c = ValueOrder.compare(rowSortValues[k], a, b, sort.descending(), sort.abs());
      } else if (cells.rows.depth(a) == sort.level() + 1) {
        // A key sort orders its level completely: keys tied under abs fall back
        // to key order, not to the next sort, as in Perspective.
        c = cells.rows.compareForSort(a, b, sort.descending(), sort.abs());
        return c != 0 ? c : cells.rows.compareKeys(a, b);
      } else {
        c = 0;
      }
      if (c != 0) {
        return c;
      }
    }
    return cells.rows.compareKeys(a, b);
  }

  private int compareColumns(int a, int b) {
    List<PivotPlan.ColumnSort> sorts = plan.columnSorts;
    for (int k = 0; k < sorts.size(); k++) {
      PivotPlan.ColumnSort sort = sorts.get(k);
      int c = ValueOrder.compare(columnSortValues[k], a, b, sort.descending(), sort.abs());
      if (c != 0) {
        return c;
      }
    }
    return cells.cols.compareKeys(a, b);
  }

  // ---- reads

  @Override
  public ViewConfig config() {
    return plan.config;
  }

  @Override
  public int numRows() {
    return rows.size();
  }

  @Override
  public int numColumns() {
    return columns.size();
  }

  @Override
  public Map<String, ColumnType> schema() {
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      AggregateSpec spec = aggregates.spec(columns.spec(i));
      m.putIfAbsent(plan.columns.get(columns.spec(i)), spec.resultType());
    }
    return m;
  }

  @Override
  public List<String> columnPaths() {
    return columns.names();
  }

  @Override
  public List<Object> minMax(String column) {
    if (!plan.columns.contains(column)) {
      throw new ParallaxException("Unknown column '" + column + "'");
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (plan.columns.get(columns.spec(i)).equals(column) && cells.cols.isLeaf(columns.node(i))) {
        chosen.add(i);
      }
    }
    IntArrayList below = new IntArrayList();
    for (int p = 0; p < rows.size(); p++) {
      if (cells.rows.depth(rows.nodeAt(p)) > 0 && rows.showsNoChildren(p)) {
        below.add(p);
      }
    }
    int[] nodes = new int[below.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = rows.nodeAt(below.getInt(i));
    }
    AggregateColumn min = null;
    AggregateColumn max = null;
    int minAt = -1;
    int maxAt = -1;
    for (int i : chosen) {
      AggregateColumn c = write(nodes, i);
      for (int r = 0; r < nodes.length; r++) {
        if (c.isNull(r)) {
          continue;
        }
        if (min == null || ValueOrder.compare(c, r, min, minAt) < 0) {
          min = c;
          minAt = r;
        }
        if (max == null || ValueOrder.compare(c, r, max, maxAt) > 0) {
          max = c;
          maxAt = r;
        }
      }
    }
    return Arrays.asList(min == null ? null : min.get(minAt), max == null ? null : max.get(maxAt));
  }

  @Override
  public ViewWindow window(int r0, int r1, int c0, int c1) {
    int[] nodes = rows.nodes(r0, r1);
    return windowOf(nodes, c0, c1, true);
  }

  /**
   * How integer results of {@code spec} are typed in Arrow: sums and counts by
   * their own width, results that are values of the column (min, first, median…)
   * by the column's, as Perspective keeps its physical type.
   */
  private IntegerWidth widthOf(AggregateSpec spec) {
    IntegerWidth w = spec.integerWidth();
    if (w != IntegerWidth.INT32 || spec.resultType() != ColumnType.INTEGER) {
      return w;
    }
    Column c = source.column(spec.column());
    return c instanceof IntColumn && c.type() == ColumnType.INTEGER ? ((IntColumn) c).width() : w;
  }

  /** Output column {@code i} written for the row groups {@code nodes}. */
  private AggregateColumn write(int[] nodes, int i) {
    int s = columns.spec(i);
    int colNode = columns.node(i);
    AggregateSpec spec = aggregates.spec(s);
    AggregateColumn out = new AggregateColumn(columns.names().get(i), spec.resultType(), widthOf(spec),
        nodes.length);
    for (int r = 0; r < nodes.length; r++) {
      int cell = cells.cells.find(nodes[r], colNode);
      aggregates.store(aggregates.slotFor(s, nodes[r], colNode))
          .write(cell < 0 ? CellIndex.EMPTY : cell, cells.groupTree(spec.kind()), out, r);
    }
    return out;
  }

  private ViewWindow windowOf(int[] nodes, int c0, int c1, boolean withPath) {
    List<WindowColumn> out = new ArrayList<>(c1 - c0);
    for (int i = c0; i < c1; i++) {
      out.add(write(nodes, i));
    }
    int[] depths = new int[nodes.length];
    List<WindowColumn> path = new ArrayList<>();
    WindowColumn ids = null;
    if (plan.splitOnly) {
      int[] rowIds = new int[nodes.length];
      for (int i = 0; i < nodes.length; i++) {
        rowIds[i] = (int) cells.rows.key(nodes[i]);
      }
      ids = table.keyColumn() >= 0 ? new RowColumn(Table.IMPLICIT_INDEX, table.column(table.keyColumn()), rowIds)
          : new InsertionIndexColumn(table, rowIds);
    } else {
      for (int i = 0; i < nodes.length; i++) {
        depths[i] = cells.rows.depth(nodes[i]);
      }
      if (withPath) {
        for (int level = 0; level < cells.rows.levels(); level++) {
          path.add(new PathColumn(plan.config.groupBy().get(level), cells.rows, cells.rows.level(level),
              ancestorsAt(nodes, level + 1)));
        }
      }
    }
    return new PivotWindow(nodes.length, out, path, depths, ids,
        withPath ? () -> GroupRowKeys.lists(table, cells, rows, nodes) : null);
  }

  private int[] ancestorsAt(int[] nodes, int depth) {
    int[] out = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      int n = nodes[i];
      while (n >= 0 && cells.rows.depth(n) > depth) {
        n = cells.rows.parent(n);
      }
      out[i] = n >= 0 && cells.rows.depth(n) == depth ? n : -1;
    }
    return out;
  }

  // ---- tree

  @Override
  public int expand(int row) {
    return rows.expand(row);
  }

  @Override
  public int collapse(int row) {
    return rows.collapse(row);
  }

  @Override
  public void setDepth(int depth) {
    rows.setDepth(depth);
  }

  @Override
  public void clear() {
    // The view is gone: drop the states, the largest part of it.
    aggregates = null;
    lists = null;
  }

  // ---- live

  @Override
  public ViewUpdate apply(TableDelta delta, boolean report) {
    if (delta.isReset()) {
      rebuild();
      return report ? resetUpdate() : null;
    }
    if (delta.isEmpty()) {
      return report ? updateOf(new int[0], false) : null;
    }
    int nodesBefore = cells.rows.size();
    int rowLimit = table.rowCount();
    batch++;
    boolean regroup = table.options().getLimit() > 0 || touchesAny(membershipColumns, delta);
    int[] removed = delta.removed();
    int[] updated = delta.updated();
    int[] added = delta.added();
    int[] removedFrom = new int[removed.length];
    for (int i = 0; i < removed.length; i++) {
      removedFrom[i] = cells.leafCellOf(removed[i]);
    }
    int[] updatedFrom = new int[updated.length];
    int[] updatedTo = new int[updated.length];
    boolean[] passes = passing(updated, regroup, rowLimit);
    for (int i = 0; i < updated.length; i++) {
      updatedFrom[i] = cells.leafCellOf(updated[i]);
      updatedTo[i] = !regroup ? updatedFrom[i] : passes[i] ? cells.leafCellFor(updated[i]) : -1;
    }
    boolean[] addedPasses = passing(added, true, rowLimit);
    int[] addedTo = new int[added.length];
    for (int i = 0; i < added.length; i++) {
      addedTo[i] = addedPasses[i] ? cells.leafCellFor(added[i]) : -1;
    }
    aggregates.ensureCells(cells.cells.count());

    IntArrayList touchedNodes = new IntArrayList();
    collectNodes(removedFrom, touchedNodes);
    collectNodes(updatedFrom, touchedNodes);
    collectNodes(updatedTo, touchedNodes);
    collectNodes(addedTo, touchedNodes);
    ChangedRows before = report ? new ChangedRows(touchedNodes, nodesBefore, columns, this::write) : null;

    // Rows that come, go or change group shift the row sequences (key ranks, leaf
    // ranks) of the aggregates that follow one: those then rebuild whole.
    boolean orderMoved = removed.length > 0 || added.length > 0 || table.options().getLimit() > 0
        || !Arrays.equals(updatedFrom, updatedTo);
    new CellUpdater(table, source, cells, aggregates, lists)
        .apply(delta, removedFrom, updatedFrom, updatedTo, addedTo, !orderMoved);

    // Without value sorts, sibling order changes only when siblings come or go,
    // or, in a split-only view of a ring, when an overwritten row moves to the end.
    IntArrayList dirty = new IntArrayList();
    if (plan.splitOnly && table.options().getLimit() > 0) {
      dirty.add(KeyTree.ROOT);
    }
    if (!plan.rowSorts.isEmpty()) {
      for (int i = 0; i < touchedNodes.size(); i++) {
        int p = cells.rows.parent(touchedNodes.getInt(i));
        if (p >= 0) {
          dirty.add(p);
        }
      }
    }
    if (aggregates.anyOrdered() && orderMoved) {
      rebuildOrdered();
    }
    layoutRows(dirty);
    layoutColumns();
    if (!report) {
      return null;
    }
    // A split-only view's total is hidden, yet its changes are reported, first.
    int[] changed = before.changed(touchedNodes, cells.rows, columns, this::write,
        node -> rows.positionOf(node) >= 0 || (plan.splitOnly && node == KeyTree.ROOT), rows::positionOf);
    return updateOf(changed, false);
  }

  private boolean touchesAny(List<String> names, TableDelta delta) {
    for (String c : names) {
      if (source.touchedBy(c, delta)) {
        return true;
      }
    }
    return false;
  }

  /** Which of {@code ids} pass the filter; all when {@code check} is false. */
  private boolean[] passing(int[] ids, boolean check, int rowLimit) {
    boolean[] out = new boolean[ids.length];
    if (!check || ids.length == 0) {
      Arrays.fill(out, true);
      return out;
    }
    int[] kept = ids.clone();
    int m = plan.selector.select(kept, kept.length, rowLimit);
    // The filter keeps rows in order, so the kept ones are a subsequence of ids.
    for (int i = 0, j = 0; i < ids.length; i++) {
      if (j < m && kept[j] == ids[i]) {
        out[i] = true;
        j++;
      }
    }
    return out;
  }

  /** Adds the row groups above {@code leafCells} to {@code out}, each once per batch. */
  private void collectNodes(int[] leafCells, IntArrayList out) {
    for (int leaf : leafCells) {
      if (leaf >= 0) {
        for (int n = cells.cells.rowNode(leaf); n >= 0; n = cells.rows.parent(n)) {
          if (n < marks.length && marks[n] == batch) {
            break;
          }
          if (n >= marks.length) {
            marks = Arrays.copyOf(marks, Math.max(n + 1, marks.length * 2));
          }
          marks[n] = batch;
          out.add(n);
        }
      }
    }
  }

  // ---- row deltas

  private ViewUpdate resetUpdate() {
    IntArrayList nodes = new IntArrayList();
    if (plan.splitOnly && cells.cells.rows(cells.rootCell) > 0) {
      nodes.add(KeyTree.ROOT);
    }
    for (int p = 0; p < rows.size(); p++) {
      int node = rows.nodeAt(p);
      int cell = cells.cells.find(node, KeyTree.ROOT);
      if (cell >= 0 && cells.cells.rows(cell) > 0) {
        nodes.add(node);
      }
    }
    return updateOf(nodes.toIntArray(), true);
  }

  private ViewUpdate updateOf(int[] nodes, boolean reset) {
    int[] positions = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      positions[i] = rows.positionOf(nodes[i]);
    }
    return new ViewUpdate(windowOf(nodes, 0, columns.size(), false), positions, reset);
  }
}
