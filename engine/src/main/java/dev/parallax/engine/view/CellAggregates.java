package dev.parallax.engine.view;

import dev.parallax.engine.aggregate.AggregateKind;
import dev.parallax.engine.aggregate.AggregateSource;
import dev.parallax.engine.aggregate.AggregateSpec;
import dev.parallax.engine.aggregate.AggregateStore;
import dev.parallax.engine.aggregate.RowSequence;
import dev.parallax.engine.column.Column;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The aggregate stores of a pivot, one per aggregate, indexed by cell. A full
 * build adds every row to its leaf cell and then fills the cells above by
 * merging, along {@link PivotCells}'s merge plan; the aggregates are
 * independent, so each builds as its own task on the shared pool, and a large
 * build of few aggregates also splits the rows into fixed chunks whose partial
 * stores merge in chunk order (fixed chunks keep results the same on any
 * machine).
 *
 * <p>Incrementally, an invertible aggregate takes a changed row's old values out
 * of every cell above its old leaf cell and adds the new values above its new
 * one; any other re-adds the rows of the touched leaf cells and re-merges the
 * cells above them. Aggregates that follow a row order ({@link #isOrdered}) do
 * the same while rows keep their places in it, and rebuild whole when rows come,
 * go, change group or the groups reorder, since their sequences shift.
 */
final class CellAggregates {
  private static final int PARALLEL_ROWS = 1 << 15;
  private static final int CHUNK = 1 << 18;

  private final AggregateSpec[] specs;
  private final Column[] values;
  private final Column[] arguments;
  private final AggregateStore[] stores;
  private final AggregateSource[] sources;
  private final boolean[] ordered;
  /** Each plan aggregate's twin slot (see {@link #slotFor}), or -1. */
  private final int[] twins;

  /**
   * @param treeOrder the row order of tree-ordered aggregates in unsplit cells
   * @param keyOrder the row order of key-ordered aggregates
   * @param splitOrder the row order of tree-ordered aggregates in split cells
   *     and the total's unsplit cell, which a twin store follows
   */
  CellAggregates(PivotPlan plan, RowSequence treeOrder, RowSequence keyOrder, RowSequence splitOrder) {
    int n = plan.specs.length;
    int[] twinOf = new int[n];
    int slots = n;
    for (int s = 0; s < n; s++) {
      twinOf[s] = plan.splitColumns.length > 0 && plan.specs[s].kind().ordersRowsByTree() ? slots++ : -1;
    }
    this.twins = twinOf;
    this.specs = new AggregateSpec[slots];
    this.values = new Column[slots];
    this.arguments = new Column[slots];
    this.stores = new AggregateStore[slots];
    this.sources = new AggregateSource[slots];
    this.ordered = new boolean[slots];
    for (int s = 0; s < n; s++) {
      AggregateSpec spec = plan.specs[s];
      ordered[s] = isOrderKind(spec.kind());
      RowSequence order = !ordered[s] ? RowSequence.ROW_ID : spec.kind().ordersRowsByTree() ? treeOrder : keyOrder;
      init(s, spec, plan.values[s], plan.arguments[s], order);
      if (twinOf[s] >= 0) {
        ordered[twinOf[s]] = true;
        init(twinOf[s], spec, plan.values[s], plan.arguments[s], splitOrder);
      }
    }
  }

  private void init(int slot, AggregateSpec spec, Column value, Column argument, RowSequence order) {
    specs[slot] = spec;
    values[slot] = value;
    arguments[slot] = argument;
    sources[slot] = spec.source(value, argument, order);
    stores[slot] = spec.newStore(0);
  }

  /**
   * The store that holds plan aggregate {@code s} in cell (row group, split
   * group). Perspective 5.5.1 orders the rows of a split cell, and of the
   * total's unsplit cell, by split group then key, and those of any other
   * unsplit cell by row group, split group, key: a tree-ordered aggregate of a
   * split view keeps a twin store in the first order.
   */
  int slotFor(int s, int rowNode, int colNode) {
    return twins[s] >= 0 && (colNode != KeyTree.ROOT || rowNode == KeyTree.ROOT) ? twins[s] : s;
  }

  private static boolean isOrderKind(AggregateKind k) {
    return k.ordersRowsByTree() || k == AggregateKind.FIRST || k == AggregateKind.LAST_BY_INDEX
        || k == AggregateKind.LAST_MINUS_FIRST;
  }

  /** How many stores: the plan's aggregates, then their twins. */
  int size() {
    return specs.length;
  }

  AggregateSpec spec(int s) {
    return specs[s];
  }

  AggregateStore store(int s) {
    return stores[s];
  }

  AggregateSource source(int s) {
    return sources[s];
  }

  /** Whether aggregate {@code s} follows the tree's row order, and so rebuilds whole on change. */
  boolean isOrdered(int s) {
    return ordered[s];
  }

  boolean anyOrdered() {
    for (boolean o : ordered) {
      if (o) {
        return true;
      }
    }
    return false;
  }

  boolean isInvertible(int s) {
    return stores[s].isInvertible();
  }

  /** Whether some aggregate re-adds the rows of touched cells (every one that cannot take rows out). */
  boolean needsRowLists() {
    for (int s = 0; s < specs.length; s++) {
      if (!stores[s].isInvertible()) {
        return true;
      }
    }
    return false;
  }

  /** Whether aggregate {@code s} reads table column {@code column}. */
  boolean reads(int s, Column column) {
    return values[s] == column || arguments[s] == column;
  }

  Column value(int s) {
    return values[s];
  }

  Column argument(int s) {
    return arguments[s];
  }

  /** Makes room in every store for the cells made so far. */
  void ensureCells(int count) {
    for (AggregateStore st : stores) {
      st.ensureGroups(count);
    }
  }

  /**
   * Builds the aggregates selected by {@code which} from scratch: rows
   * {@code rows[0..n)} into {@code leafCells}, then the merge plan.
   */
  void build(boolean[] which, PivotCells cells, int[] rows, int[] leafCells, int n) {
    int count = cells.cells.count();
    int[] from = cells.mergeFrom();
    int[] into = cells.mergeInto();
    List<Integer> chosen = new ArrayList<>();
    for (int s = 0; s < specs.length; s++) {
      if (which[s]) {
        chosen.add(s);
      }
    }
    // Fixed-size chunks (not one per thread) balance uneven aggregates across the
    // pool and keep every result independent of the machine.
    int chunks = n < 2 * CHUNK || Parallel.parallelism() < 2 || count > n / 8 ? 1 : (n + CHUNK - 1) / CHUNK;
    List<Runnable> tasks = new ArrayList<>();
    for (int s : chosen) {
      stores[s] = specs[s].newStore(count);
      if (chunks == 1) {
        tasks.add(() -> {
          stores[s].addAll(sources[s], leafCells, rows, n);
          merge(stores[s], from, into);
        });
      }
    }
    if (chunks > 1) {
      buildChunked(chosen, count, rows, leafCells, n, chunks);
      for (int s : chosen) {
        tasks.add(() -> merge(stores[s], from, into));
      }
    }
    if (n < PARALLEL_ROWS) {
      for (Runnable t : tasks) {
        t.run();
      }
    } else {
      Parallel.run(tasks);
    }
  }

  private void buildChunked(List<Integer> chosen, int count, int[] rows, int[] leafCells, int n, int chunks) {
    AggregateStore[][] parts = new AggregateStore[specs.length][chunks];
    int[][] chunkCells = new int[chunks][];
    int[][] chunkRows = new int[chunks][];
    for (int k = 0; k < chunks; k++) {
      int lo = k * CHUNK;
      int hi = Math.min(n, lo + CHUNK);
      chunkCells[k] = Arrays.copyOfRange(leafCells, lo, hi);
      chunkRows[k] = Arrays.copyOfRange(rows, lo, hi);
    }
    List<Runnable> tasks = new ArrayList<>();
    for (int s : chosen) {
      for (int k = 0; k < chunks; k++) {
        int chunk = k;
        tasks.add(() -> {
          AggregateStore part = specs[s].newStore(count);
          part.addAll(sources[s], chunkCells[chunk], chunkRows[chunk], chunkRows[chunk].length);
          parts[s][chunk] = part;
        });
      }
    }
    Parallel.run(tasks);
    for (int s : chosen) {
      for (int k = 0; k < chunks; k++) {
        AggregateStore part = parts[s][k];
        for (int cell = 1; cell < count; cell++) {
          if (part.rowCount(cell) > 0) {
            stores[s].merge(cell, part, cell);
          }
        }
      }
    }
  }

  private static void merge(AggregateStore store, int[] from, int[] into) {
    for (int i = 0; i < from.length; i++) {
      if (store.rowCount(from[i]) > 0) {
        store.merge(into[i], store, from[i]);
      }
    }
  }

  /** Adds row {@code row} of {@code src} to the cells {@code path[0..n)}. */
  void add(int s, AggregateSource src, int row, int[] path, int n) {
    AggregateStore st = stores[s];
    for (int i = 0; i < n; i++) {
      st.add(src, path[i], row);
    }
  }

  /** Takes row {@code row} of {@code src} (its old values) out of the cells {@code path[0..n)}. */
  void remove(int s, AggregateSource src, int row, int[] path, int n) {
    AggregateStore st = stores[s];
    for (int i = 0; i < n; i++) {
      st.remove(src, path[i], row);
    }
  }

  /**
   * Recomputes aggregate {@code s} in the leaf cells {@code dirty} from their
   * rows, then re-merges every cell above them.
   */
  void recompute(int s, IntArrayList dirty, PivotCells cells, RowLists lists) {
    AggregateStore st = stores[s];
    IntArrayList rowsOfCell = new IntArrayList();
    int[] path = new int[(cells.rows.levels() + 1) * (cells.cols.levels() + 1)];
    boolean[] above = new boolean[cells.cells.count()];
    IntArrayList targets = new IntArrayList();
    for (int i = 0; i < dirty.size(); i++) {
      int leaf = dirty.getInt(i);
      st.reset(leaf);
      lists.rowsOf(leaf, rowsOfCell);
      for (int j = 0; j < rowsOfCell.size(); j++) {
        st.add(sources[s], leaf, rowsOfCell.getInt(j));
      }
      int n = cells.cellsAbove(leaf, path);
      for (int j = 1; j < n; j++) {
        if (path[j] >= 0 && !above[path[j]]) {
          above[path[j]] = true;
          targets.add(path[j]);
        }
      }
    }
    int[] order = targets.toIntArray();
    long[] keys = new long[order.length];
    int colLevels = cells.cols.levels();
    int rowLevels = cells.rows.levels();
    for (int i = 0; i < order.length; i++) {
      int r = cells.cells.rowNode(order[i]);
      int c = cells.cells.colNode(order[i]);
      long step = cells.rows.isLeaf(r) ? colLevels - cells.cols.depth(c)
          : colLevels + rowLevels - cells.rows.depth(r);
      keys[i] = (step << 32) | i;
    }
    Arrays.sort(keys);
    IntArrayList kids = new IntArrayList();
    for (long k : keys) {
      int t = order[(int) k];
      st.reset(t);
      cells.childrenOf(t, kids);
      for (int j = 0; j < kids.size(); j++) {
        if (st.rowCount(kids.getInt(j)) > 0) {
          st.merge(t, st, kids.getInt(j));
        }
      }
    }
  }
}
