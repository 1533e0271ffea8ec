package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.aggregate.AggregateColumn;
import dev.parallax.engine.aggregate.AggregateSource;
import dev.parallax.engine.aggregate.AggregateSpec;
import dev.parallax.engine.aggregate.RowSequence;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import it.unimi.dsi.fastutil.ints.IntArrayList;
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
  /** Each aggregate's value and argument column in the table's schema, -1 when computed. */
  private final int[] valueIndex;
  private final int[] argumentIndex;
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
    int n = plan.specs.length;
    this.valueIndex = new int[n];
    this.argumentIndex = new int[n];
    for (int s = 0; s < n; s++) {
      valueIndex[s] = tableIndex(plan.values[s]);
      argumentIndex[s] = plan.arguments[s] == null ? -1 : tableIndex(plan.arguments[s]);
    }
    membershipColumns.addAll(plan.config.groupBy());
    membershipColumns.addAll(plan.config.splitBy());
    membershipColumns.addAll(plan.filterColumns);
    rebuild();
  }

  private int tableIndex(Column c) {
    for (int i = 0; i < table.schema().size(); i++) {
      if (table.column(i) == c) {
        return i;
      }
    }
    return -1;
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
    aggregates = new CellAggregates(plan, treeOrder, keyOrder);
    lists = aggregates.needsRowLists() ? new RowLists() : null;
    rows = new RowLayout(cells.rows, plan);
    columns = new ColumnLayout(cells.cols, plan);
    int[] ids = liveRows();
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
    layoutRows(null);
    if (aggregates.anyOrdered()) {
      buildOrdered(ids, leafCells, n);
    }
    layoutColumns();
  }

  /** Every live row id, ascending. */
  private int[] liveRows() {
    int[] ids = new int[table.size()];
    if (table.isDense()) {
      for (int r = 0; r < ids.length; r++) {
        ids[r] = r;
      }
      return ids;
    }
    int n = 0;
    for (int r = table.nextLiveRow(0); r >= 0; r = table.nextLiveRow(r + 1)) {
      ids[n++] = r;
    }
    return ids;
  }

  private static KeyLevel[] levels(Column[] columns) {
    KeyLevel[] out = new KeyLevel[columns.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = KeyLevel.of(columns[i]);
    }
    return out;
  }

  /**
   * Builds the aggregates that follow a row order, from the current group order.
   * When the rows sort by one of them, the groups are laid out again and the
   * ones that follow the tree's order are built once more from the new order,
   * so that they read the order the view shows.
   */
  private void buildOrdered(int[] ids, int[] leafCells, int n) {
    int[] byKey = Arrays.copyOf(ids, n);
    new RowSorter(new SortKey[] {NaturalKey.of(table)}, NaturalKey.isRowIdOrder(table)).sort(byKey, n);
    int[] keyRank = new int[table.rowCount()];
    for (int i = 0; i < n; i++) {
      keyRank[byKey[i]] = i;
      keyOrder.set(byKey[i], 0, i);
    }
    boolean[] ordered = new boolean[aggregates.size()];
    for (int s = 0; s < ordered.length; s++) {
      ordered[s] = aggregates.isOrdered(s);
    }
    setTreeOrder(ids, leafCells, n, keyRank);
    aggregates.build(ordered, cells, ids, leafCells, n);
    boolean sortsByOrdered = false;
    for (PivotPlan.RowSort sort : plan.rowSorts) {
      sortsByOrdered |= sort.spec() >= 0 && ordered[sort.spec()];
    }
    if (sortsByOrdered) {
      layoutRows(null);
      boolean[] byTree = new boolean[ordered.length];
      boolean any = false;
      for (int s = 0; s < byTree.length; s++) {
        byTree[s] = ordered[s] && aggregates.spec(s).kind().ordersRowsByTree();
        any |= byTree[s];
      }
      if (any) {
        setTreeOrder(ids, leafCells, n, keyRank);
        aggregates.build(byTree, cells, ids, leafCells, n);
      }
    }
  }

  private void setTreeOrder(int[] ids, int[] leafCells, int n, int[] keyRank) {
    int[] leafRank = new int[cells.rows.size()];
    int[] leaves = rows.leafOrder();
    for (int i = 0; i < leaves.length; i++) {
      leafRank[leaves[i]] = i;
    }
    for (int i = 0; i < n; i++) {
      treeOrder.set(ids[i], leafRank[cells.cells.rowNode(leafCells[i])], keyRank[ids[i]]);
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

  private void layoutRows(boolean[] dirty) {
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
    AggregateColumn out = new AggregateColumn(spec.column(), spec.resultType(), spec.integerWidth(), size);
    KeyTree tree = rowsDimension ? cells.rows : cells.cols;
    for (int node = 0; node < size; node++) {
      int cell = !tree.isAlive(node) ? -1
          : rowsDimension ? cells.cells.find(node, KeyTree.ROOT) : cells.cells.find(KeyTree.ROOT, node);
      aggregates.store(s).write(cell < 0 ? CellIndex.EMPTY : cell, cells.groupTree(), out, node);
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
        c = cells.rows.compareKeys(a, b);
        c = sort.descending() ? -c : c;
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

  /** Output column {@code i} written for the row groups {@code nodes}. */
  private AggregateColumn write(int[] nodes, int i) {
    int s = columns.spec(i);
    int colNode = columns.node(i);
    AggregateSpec spec = aggregates.spec(s);
    AggregateColumn out = new AggregateColumn(columns.names().get(i), spec.resultType(), spec.integerWidth(),
        nodes.length);
    for (int r = 0; r < nodes.length; r++) {
      int cell = cells.cells.find(nodes[r], colNode);
      aggregates.store(s).write(cell < 0 ? CellIndex.EMPTY : cell, cells.groupTree(), out, r);
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
        withPath ? () -> indexLists(nodes) : null);
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

  /**
   * Each row group's table rows as Perspective lists them in {@code __INDEX__}:
   * leaf groups in tree order, rows in key order within each, the whole list
   * reversed. A split view lists none.
   */
  private PivotWindow.IndexLists indexLists(int[] nodes) {
    int[] offsets = new int[nodes.length + 1];
    if (cells.cols.levels() > 0) {
      return new PivotWindow.IndexLists(new AggregateColumn(Table.IMPLICIT_INDEX, ColumnType.INTEGER,
          dev.parallax.engine.column.IntegerWidth.INT32, 0), offsets);
    }
    int leafCount = cells.rows.size();
    int[] start = new int[leafCount + 1];
    int[] byRow = new int[table.rowCount()];
    int n = 0;
    for (int r = table.nextLiveRow(0); r >= 0; r = table.nextLiveRow(r + 1)) {
      int leaf = cells.leafCellOf(r);
      if (leaf >= 0) {
        start[cells.cells.rowNode(leaf) + 1]++;
        byRow[n++] = r;
      }
    }
    int[] inView = Arrays.copyOf(byRow, n);
    new RowSorter(new SortKey[] {NaturalKey.of(table)}, NaturalKey.isRowIdOrder(table)).sort(inView, n);
    for (int i = 0; i < leafCount; i++) {
      start[i + 1] += start[i];
    }
    int[] grouped = new int[n];
    int[] fill = Arrays.copyOf(start, leafCount);
    for (int i = 0; i < n; i++) {
      int node = cells.cells.rowNode(cells.leafCellOf(inView[i]));
      grouped[fill[node]++] = inView[i];
    }
    IntArrayList all = new IntArrayList();
    for (int i = 0; i < nodes.length; i++) {
      int before = all.size();
      appendRows(nodes[i], start, grouped, all);
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

  private void appendRows(int node, int[] start, int[] grouped, IntArrayList out) {
    if (cells.rows.isLeaf(node)) {
      out.addElements(out.size(), grouped, start[node], start[node + 1] - start[node]);
      return;
    }
    int[] kids = rows.sortedChildren(node);
    if (kids != null) {
      for (int k : kids) {
        appendRows(k, start, grouped, out);
      }
    }
  }

  // ---- tree

  @Override
  public int expand(int row) {
    return rows.expand(row, rowOrder);
  }

  @Override
  public int collapse(int row) {
    return rows.collapse(row, rowOrder);
  }

  @Override
  public void setDepth(int depth) {
    rows.setDepth(depth, rowOrder);
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
    Snapshot before = report ? snapshot(touchedNodes, nodesBefore) : null;

    applyAggregates(delta, removedFrom, updatedFrom, updatedTo, addedTo);

    // Without value sorts, sibling order changes only when siblings come or go,
    // or, in a split-only view of a ring, when an overwritten row moves to the end.
    boolean[] dirty = new boolean[cells.rows.size()];
    dirty[KeyTree.ROOT] = plan.splitOnly && table.options().getLimit() > 0;
    if (!plan.rowSorts.isEmpty()) {
      for (int i = 0; i < touchedNodes.size(); i++) {
        int p = cells.rows.parent(touchedNodes.getInt(i));
        if (p >= 0) {
          dirty[p] = true;
        }
      }
    }
    layoutRows(dirty);
    if (aggregates.anyOrdered()) {
      rebuildOrdered();
    }
    layoutColumns();
    return report ? changedSince(before, touchedNodes, nodesBefore) : null;
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

  private void applyAggregates(TableDelta delta, int[] removedFrom, int[] updatedFrom, int[] updatedTo,
      int[] addedTo) {
    int[] removed = delta.removed();
    int[] updated = delta.updated();
    int[] added = delta.added();
    int[] path = new int[(cells.rows.levels() + 1) * (cells.cols.levels() + 1)];
    IntArrayList[] dirty = new IntArrayList[aggregates.size()];
    for (int s = 0; s < aggregates.size(); s++) {
      if (aggregates.isOrdered(s)) {
        continue;
      }
      boolean touched = touches(s, delta);
      if (aggregates.isInvertible(s) && valueIndex[s] >= 0
          && (plan.arguments[s] == null || argumentIndex[s] >= 0)) {
        AggregateSource now = aggregates.source(s);
        AggregateSource wasRemoved = removed.length > 0 ? oldSource(s, delta.removedBefore()) : null;
        AggregateSource wasUpdated = updated.length > 0 ? oldSource(s, delta.updatedBefore()) : null;
        for (int i = 0; i < removed.length; i++) {
          if (removedFrom[i] >= 0) {
            aggregates.remove(s, wasRemoved, i, path, cells.cellsAbove(removedFrom[i], path));
          }
        }
        for (int i = 0; i < updated.length; i++) {
          if (updatedFrom[i] != updatedTo[i] || touched) {
            if (updatedFrom[i] >= 0) {
              aggregates.remove(s, wasUpdated, i, path, cells.cellsAbove(updatedFrom[i], path));
            }
            if (updatedTo[i] >= 0) {
              aggregates.add(s, now, updated[i], path, cells.cellsAbove(updatedTo[i], path));
            }
          }
        }
        for (int i = 0; i < added.length; i++) {
          if (addedTo[i] >= 0) {
            aggregates.add(s, now, added[i], path, cells.cellsAbove(addedTo[i], path));
          }
        }
      } else {
        IntArrayList d = new IntArrayList();
        addAll(d, removedFrom);
        addAll(d, addedTo);
        for (int i = 0; i < updated.length; i++) {
          if (updatedFrom[i] != updatedTo[i] || touched) {
            if (updatedFrom[i] >= 0) {
              d.add(updatedFrom[i]);
            }
            if (updatedTo[i] >= 0) {
              d.add(updatedTo[i]);
            }
          }
        }
        dirty[s] = d;
      }
    }
    IntArrayList emptied = new IntArrayList();
    for (int i = 0; i < removed.length; i++) {
      leave(removed[i], removedFrom[i], emptied);
    }
    for (int i = 0; i < updated.length; i++) {
      if (updatedFrom[i] != updatedTo[i]) {
        leave(updated[i], updatedFrom[i], emptied);
        enter(updated[i], updatedTo[i]);
      }
    }
    for (int i = 0; i < added.length; i++) {
      enter(added[i], addedTo[i]);
    }
    for (int s = 0; s < aggregates.size(); s++) {
      if (dirty[s] != null && !dirty[s].isEmpty()) {
        aggregates.recompute(s, distinct(dirty[s]), cells, lists);
      }
    }
    cells.collect(emptied);
  }

  private static void addAll(IntArrayList out, int[] cellsOrNone) {
    for (int c : cellsOrNone) {
      if (c >= 0) {
        out.add(c);
      }
    }
  }

  private static IntArrayList distinct(IntArrayList l) {
    int[] a = l.toIntArray();
    Arrays.sort(a);
    IntArrayList out = new IntArrayList(a.length);
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        out.add(a[i]);
      }
    }
    return out;
  }

  private void leave(int row, int leafCell, IntArrayList emptied) {
    if (leafCell >= 0) {
      cells.remove(row, emptied);
      if (lists != null) {
        lists.remove(leafCell, row);
      }
    }
  }

  private void enter(int row, int leafCell) {
    if (leafCell >= 0) {
      cells.add(row, leafCell, table.rowCount());
      if (lists != null) {
        lists.add(leafCell, row);
      }
    }
  }

  private boolean touches(int s, TableDelta delta) {
    AggregateSpec spec = aggregates.spec(s);
    return source.touchedBy(spec.column(), delta)
        || (spec.argument() != null && source.touchedBy(spec.argument(), delta));
  }

  /** Aggregate {@code s}'s columns as {@code before} holds them: the rows' old values. */
  private AggregateSource oldSource(int s, ColumnBatch before) {
    Column value = before.column(valueIndex[s]);
    Column argument = argumentIndex[s] < 0 ? null : before.column(argumentIndex[s]);
    return aggregates.spec(s).source(value, argument, RowSequence.ROW_ID);
  }

  // ---- row deltas

  /** The shown values of some row groups, as they were before a batch. */
  private record Snapshot(int[] nodes, Map<Long, AggregateColumn> values) { }

  private static long entryKey(int colNode, int spec) {
    return ((long) colNode << 20) | spec;
  }

  private Snapshot snapshot(IntArrayList touched, int nodesBefore) {
    IntArrayList old = new IntArrayList();
    for (int i = 0; i < touched.size(); i++) {
      int n = touched.getInt(i);
      if (n < nodesBefore) {
        old.add(n);
      }
    }
    int[] nodes = old.toIntArray();
    Map<Long, AggregateColumn> values = new java.util.HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      values.put(entryKey(columns.node(i), columns.spec(i)), write(nodes, i));
    }
    return new Snapshot(nodes, values);
  }

  private ViewUpdate changedSince(Snapshot before, IntArrayList touched, int nodesBefore) {
    it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap was = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
    was.defaultReturnValue(-1);
    for (int i = 0; i < before.nodes().length; i++) {
      was.put(before.nodes()[i], i);
    }
    int[] candidates = touched.toIntArray();
    AggregateColumn[] now = new AggregateColumn[columns.size()];
    for (int i = 0; i < now.length; i++) {
      now[i] = write(candidates, i);
    }
    IntArrayList changed = new IntArrayList();
    for (int k = 0; k < candidates.length; k++) {
      int node = candidates[k];
      if (!cells.rows.isAlive(node) || !isReported(node)) {
        continue;
      }
      int at = was.get(node);
      boolean differs = node >= nodesBefore || at < 0;
      for (int i = 0; i < now.length && !differs; i++) {
        AggregateColumn old = before.values().get(entryKey(columns.node(i), columns.spec(i)));
        differs = old == null ? !now[i].isNull(k) : !ValueOrder.same(old, at, now[i], k);
      }
      if (differs) {
        changed.add(node);
      }
    }
    return updateOf(inViewOrder(changed), false);
  }

  /** Whether a change to {@code node} is reported: a shown group, or a split-only view's hidden total. */
  private boolean isReported(int node) {
    return rows.positionOf(node) >= 0 || (plan.splitOnly && node == KeyTree.ROOT);
  }

  private int[] inViewOrder(IntArrayList nodes) {
    long[] keyed = new long[nodes.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = ((long) (rows.positionOf(nodes.getInt(i)) + 1) << 32) | nodes.getInt(i);
    }
    Arrays.sort(keyed);
    int[] out = new int[keyed.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
  }

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
