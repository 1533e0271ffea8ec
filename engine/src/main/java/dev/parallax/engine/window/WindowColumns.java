package dev.parallax.engine.window;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The window columns of one view, each a column aligned with the table's row
 * ids that views read like any other. They are computed over every live row of
 * the table, before any filter, as Perspective 5.5.1 computes them; a window
 * may read another window, and is computed after it.
 *
 * <p>{@link #apply} keeps them current: a batch that adds or removes rows, or
 * writes a column some window reads, recomputes the windows, and the live rows
 * whose window values changed are reported so that views show them as updated.
 */
public final class WindowColumns {
  private static final int[] NONE = new int[0];

  private final Table table;
  private final Function<String, Column> base;
  private final List<String> names;
  private final String[] order;
  private final WindowSpec[] specs;
  private final Column[] values;
  private final Map<String, Integer> byName = new HashMap<>();
  private final Column[] before;
  private int[] beforeRows = NONE;
  private boolean changed;

  private WindowColumns(Table table, Function<String, Column> base, List<String> names, String[] order,
      WindowSpec[] specs, Column[] values) {
    this.table = table;
    this.base = base;
    this.names = names;
    this.order = order;
    this.specs = specs;
    this.values = values;
    this.before = new Column[values.length];
    for (int i = 0; i < order.length; i++) {
      byName.put(order[i], i);
    }
  }

  /**
   * Checks every window against the table and the columns {@code base} resolves
   * (table columns and expressions), then computes them all. A name that is
   * empty or taken, an unknown source, partition or order column, a frame,
   * offset or alpha the aggregate does not take, or a source type it does not
   * read is a {@link ParallaxException}; nothing is computed then.
   */
  public static WindowColumns compile(Table table, Map<String, WindowSpec> windows, Function<String, Column> base) {
    Map<String, WindowSpec> sorted = new TreeMap<>(windows);
    for (String name : sorted.keySet()) {
      if (name.isEmpty()) {
        throw new ParallaxException("Window `name` must not be empty");
      }
      if (base.apply(name) != null) {
        throw new ParallaxException("Window `name` collides with an existing column: " + name);
      }
    }
    Map<String, ColumnType> types = new HashMap<>();
    List<String> order = DependencyOrder.of(table, sorted, base, types);
    WindowSpec[] specs = new WindowSpec[order.size()];
    Column[] values = new Column[order.size()];
    Map<String, Column> made = new HashMap<>();
    for (int i = 0; i < specs.length; i++) {
      specs[i] = sorted.get(order.get(i));
      Column src = base.apply(specs[i].source());
      src = src != null ? src : made.get(specs[i].source());
      ColumnType type = types.get(order.get(i));
      values[i] = type == ColumnType.STRING
          ? StringColumn.sharing(((StringColumn) src).dictionary(), table.rowCount())
          : Column.create(type, table.rowCount());
      if (specs[i].op() == WindowOp.COUNT) {
        ((IntColumn) values[i]).setWidth(IntegerWidth.INT64);
      }
      made.put(order.get(i), values[i]);
    }
    WindowColumns w = new WindowColumns(table, base, List.copyOf(sorted.keySet()), order.toArray(new String[0]),
        specs, values);
    w.computeAll();
    return w;
  }

  /** The window column called {@code name}, or null. */
  public Column column(String name) {
    Integer i = byName.get(name);
    return i == null ? null : values[i];
  }

  /** The window names, sorted, as Perspective lists them after the other columns. */
  public List<String> names() {
    return names;
  }

  /** Whether the last {@link #apply} changed any window value. */
  public boolean changedLastBatch() {
    return changed;
  }

  /**
   * Brings every window up to date with {@code delta}, which the table has just
   * applied; {@code touched} tells whether the batch may have changed a column's
   * values in the rows it updated. A window whose inputs the batch left alone
   * stays as it is; a partitioned one recomputes only the partitions the batch
   * touched. Returns the live rows, neither added nor updated by the batch,
   * whose window values changed, ascending.
   */
  public int[] apply(TableDelta delta, Predicate<String> touched) {
    Arrays.fill(before, null);
    beforeRows = NONE;
    changed = false;
    if (delta.isEmpty()) {
      return NONE;
    }
    if (delta.isReset()) {
      changed = true;
      computeAll();
      return NONE;
    }
    int[][] scope = scopes(delta, touched);
    beforeRows = union(scope);
    if (beforeRows.length == 0) {
      return NONE;
    }
    changed = true;
    for (int i = 0; i < values.length; i++) {
      values[i].ensureCapacity(table.rowCount());
      before[i] = emptyLike(values[i], beforeRows.length);
      for (int k = 0; k < beforeRows.length; k++) {
        before[i].copyRow(values[i], beforeRows[k], k);
      }
    }
    for (int i = 0; i < specs.length; i++) {
      if (scope[i] != null) {
        compute(i, Partitions.naturalOrder(table, scope[i]));
      }
    }
    IntOpenHashSet written = new IntOpenHashSet(delta.added());
    written.addAll(IntArrayList.wrap(delta.updated()));
    IntArrayList out = new IntArrayList();
    for (int k = 0; k < beforeRows.length; k++) {
      int r = beforeRows[k];
      if (!written.contains(r) && differs(k, r)) {
        out.add(r);
      }
    }
    return out.toIntArray();
  }

  /** For each window, the rows to recompute (ascending), or null when the batch left it as it was. */
  private int[][] scopes(TableDelta delta, Predicate<String> touched) {
    boolean rowsMoved = delta.added().length > 0 || delta.removed().length > 0 || table.options().getLimit() > 0;
    int[][] scope = new int[specs.length][];
    int[] live = null;
    for (int i = 0; i < specs.length; i++) {
      WindowSpec s = specs[i];
      Integer sourceWindow = byName.get(s.source());
      boolean sourceMoved = sourceWindow != null && scope[sourceWindow] != null;
      if (!rowsMoved && !sourceMoved && !reads(s, touched)) {
        continue;
      }
      if (s.partitionBy().isEmpty() || sourceMoved || table.options().getLimit() > 0) {
        live = live == null ? table.liveRows() : live;
        scope[i] = live;
      } else {
        scope[i] = PartitionScope.rows(table, s.partitionBy().toArray(new String[0]), delta);
      }
    }
    return scope;
  }

  private static int[] union(int[][] scopes) {
    int[] widest = null;
    for (int[] s : scopes) {
      if (s != null && (widest == null || s.length > widest.length)) {
        widest = s;
      }
    }
    if (widest == null) {
      return NONE;
    }
    IntOpenHashSet all = new IntOpenHashSet(widest);
    for (int[] s : scopes) {
      if (s != null && s != widest) {
        all.addAll(IntArrayList.wrap(s));
      }
    }
    if (all.size() == widest.length) {
      return widest;
    }
    int[] out = all.toIntArray();
    Arrays.sort(out);
    return out;
  }

  /**
   * The values window {@code name} held before the last {@link #apply} in
   * {@code rows}: row {@code i} of the result is {@code rows[i]}.
   */
  public Column before(String name, int[] rows) {
    int w = byName.get(name);
    Column out = emptyLike(values[w], rows.length);
    for (int i = 0; i < rows.length; i++) {
      int k = before[w] == null ? -1 : Arrays.binarySearch(beforeRows, rows[i]);
      if (k >= 0) {
        out.copyRow(before[w], k, i);
      } else if (rows[i] < values[w].capacity()) {
        out.copyRow(values[w], rows[i], i);
      }
    }
    return out;
  }

  /** A column of {@code like}'s type (sharing its dictionary) with room for {@code rows}, all null. */
  private static Column emptyLike(Column like, int rows) {
    return like instanceof StringColumn
        ? StringColumn.sharing(((StringColumn) like).dictionary(), rows)
        : Column.create(like.type(), rows);
  }

  private static boolean reads(WindowSpec s, Predicate<String> touched) {
    if (touched.test(s.source()) || s.orderBy() != null && touched.test(s.orderBy())) {
      return true;
    }
    for (String p : s.partitionBy()) {
      if (touched.test(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether row {@code row}, at {@code k} in the rows saved before the batch, shows another value now. */
  private boolean differs(int k, int row) {
    for (int i = 0; i < values.length; i++) {
      if (!WindowValues.same(before[i], k, values[i], row)) {
        return true;
      }
    }
    return false;
  }

  private void computeAll() {
    int[] natural = Partitions.naturalOrder(table, table.liveRows());
    for (int i = 0; i < specs.length; i++) {
      compute(i, natural);
    }
  }

  /** Recomputes window {@code i} over {@code natural}: whole partitions, in the table's natural order. */
  private void compute(int i, int[] natural) {
    WindowSpec s = specs[i];
    Column[] partitionBy = new Column[s.partitionBy().size()];
    for (int p = 0; p < partitionBy.length; p++) {
      partitionBy[p] = table.column(s.partitionBy().get(p));
    }
    Column orderColumn = s.orderBy() == null ? null : table.column(s.orderBy());
    Partitions parts = Partitions.of(natural, partitionBy, orderColumn, s.descending());
    values[i].ensureCapacity(table.rowCount());
    new WindowEvaluator(s, parts, orderColumn).evaluate(source(s.source()), values[i]);
  }

  private Column source(String name) {
    Integer w = byName.get(name);
    return w != null ? values[w] : base.apply(name);
  }
}
