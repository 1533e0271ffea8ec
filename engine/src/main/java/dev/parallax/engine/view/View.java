package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import dev.parallax.engine.table.TableListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flat view of a table: its rows filtered and sorted, its columns chosen, kept
 * current as the table changes. The view listens to its table and applies each
 * batch to its row order incrementally; {@link #onUpdate} listeners then hear
 * which view rows changed, once per batch.
 *
 * <p>Like its table, a view belongs to one thread. {@link #delete()} detaches it;
 * every later call is refused.
 */
public final class View {
  /** The sizes Perspective's {@code dimensions()} reports. */
  public record Dimensions(int numTableRows, int numTableColumns, int numViewRows, int numViewColumns) {
    /** Perspective's JSON shape, keys in its order. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("num_table_rows", numTableRows);
      m.put("num_table_columns", numTableColumns);
      m.put("num_view_rows", numViewRows);
      m.put("num_view_columns", numViewColumns);
      return m;
    }
  }

  private static final System.Logger LOG = System.getLogger(View.class.getName());

  private final Table table;
  private final ColumnSource source;
  private final ViewConfig config;
  private final List<String> columns;
  private final Column[] viewColumns;
  private final RowSelector selector;
  private final List<String> orderColumns;
  private final RowSorter sorter;
  private final boolean ring;
  private final TableListener listener = (t, delta) -> apply(delta);
  private final List<ViewUpdateListener> updateListeners = new ArrayList<>();
  private final List<Runnable> deleteListeners = new ArrayList<>();
  private int[] order = new int[0];
  private int size;
  private boolean deleted;

  private View(Table table, ColumnSource source, ViewConfig config, List<String> columns,
      RowSelector selector, List<String> orderColumns, RowSorter sorter) {
    this.table = table;
    this.source = source;
    this.config = config;
    this.columns = List.copyOf(columns);
    this.viewColumns = new Column[columns.size()];
    for (int i = 0; i < viewColumns.length; i++) {
      viewColumns[i] = source.column(columns.get(i));
    }
    this.selector = selector;
    this.orderColumns = orderColumns;
    this.sorter = sorter;
    this.ring = table.options().getLimit() > 0;
  }

  /** A live flat view of {@code table}'s own columns. */
  public static View create(Table table, ViewConfig config) {
    return create(table, config, ColumnSource.of(table));
  }

  /**
   * A live flat view of {@code table} whose columns resolve through
   * {@code source} (the table's columns, and computed ones). Checks the whole
   * config first: an unknown column, an operator that does not apply to its
   * column's type or a filter value of the wrong type is a
   * {@link ParallaxException}, and then no view is made.
   */
  public static View create(Table table, ViewConfig config, ColumnSource source) {
    if (table.isDeleted()) {
      throw new ParallaxException("Table was deleted");
    }
    if (!config.isFlat()) {
      throw new ParallaxException("View.create makes flat views; group_by " + config.groupBy()
          + " and split_by " + config.splitBy() + " need a pivot view");
    }
    for (String name : config.expressions().keySet()) {
      if (source.column(name) == null) {
        throw new ParallaxException("Expression '" + name + "' is not computed by this view's column source");
      }
    }
    List<String> columns = config.columns() == null ? source.names() : config.columns();
    for (String c : columns) {
      require(source, c, "columns");
    }
    List<ViewConfig.Filter> clauses = new ArrayList<>();
    List<RowFilter> filters = new ArrayList<>();
    List<String> orderColumns = new ArrayList<>();
    for (ViewConfig.Filter f : config.filter()) {
      FilterCompiler.Compiled c = FilterCompiler.compile(f, source);
      filters.add(c.filter());
      clauses.add(c.clause());
      orderColumns.add(f.column());
    }
    List<ViewConfig.Sort> sorts = new ArrayList<>();
    List<SortKey> keys = new ArrayList<>();
    for (ViewConfig.Sort s : config.sort()) {
      Column c = require(source, s.column(), "sorts");
      if (s.direction().isColumnSort()) {
        continue; // Perspective drops column sorts from a flat view's config.
      }
      sorts.add(s);
      if (s.direction().sortsRows()) {
        keys.add(SortKey.of(c, s.direction().isDescending(), s.direction().isAbsolute()));
        orderColumns.add(s.column());
      }
    }
    keys.add(NaturalKey.of(table));
    RowSorter sorter = new RowSorter(keys.toArray(new SortKey[0]), NaturalKey.isRowIdOrder(table));
    RowSelector selector = new RowSelector(filters.toArray(new RowFilter[0]),
        config.filterOp() == ViewConfig.FilterOp.OR);
    ViewConfig normalized = config.withColumnsFiltersAndSort(columns, clauses, sorts, Map.of());
    View view = new View(table, source, normalized, columns, selector, orderColumns, sorter);
    view.rebuild();
    table.addListener(view.listener);
    return view;
  }

  private static Column require(ColumnSource source, String name, String where) {
    Column c = source.column(name);
    if (c == null) {
      throw new ParallaxException("Invalid column '" + name + "' found in View " + where);
    }
    return c;
  }

  /** The configuration as Perspective's {@code get_config} reports it. */
  public ViewConfig config() {
    checkOpen();
    return config;
  }

  public int numRows() {
    checkOpen();
    return size;
  }

  public int numColumns() {
    checkOpen();
    return columns.size();
  }

  /** The view's columns and their types, in view order. */
  public Map<String, ColumnType> schema() {
    checkOpen();
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (int i = 0; i < viewColumns.length; i++) {
      m.put(columns.get(i), viewColumns[i].type());
    }
    return m;
  }

  /** The output column names; for a flat view, its columns. */
  public List<String> columnPaths() {
    checkOpen();
    return columns;
  }

  public Dimensions dimensions() {
    checkOpen();
    return new Dimensions(table.size(), table.schema().size(), size, columns.size());
  }

  /**
   * The smallest and largest non-null value of {@code column} over the view's
   * rows, boxed as {@link Column#get} boxes them (dates as days since the epoch);
   * both null when the view has no non-null value. Perspective 5.5.1 reports
   * dates here in an internal packed form instead.
   */
  public List<Object> minMax(String column) {
    checkOpen();
    Column c = source.column(column);
    if (c == null) {
      throw new ParallaxException("Unknown column '" + column + "'");
    }
    SortKey key = SortKey.of(c, false, false);
    int min = -1;
    int max = -1;
    long lo = 0;
    long hi = 0;
    for (int i = 0; i < size; i++) {
      int r = order[i];
      long k = key.key(r);
      if (k == 0) {
        continue;
      }
      if (min < 0 || Long.compareUnsigned(k, lo) < 0) {
        min = r;
        lo = k;
      }
      if (max < 0 || Long.compareUnsigned(k, hi) > 0) {
        max = r;
        hi = k;
      }
    }
    return Arrays.asList(min < 0 ? null : c.get(min), max < 0 ? null : c.get(max));
  }

  /**
   * Rows {@code [startRow, endRow)} and columns {@code [startCol, endCol)} of the
   * view, clamped to its size as Perspective clamps them: a negative start is 0,
   * an end past the last row or column is the last, an empty range is empty.
   */
  public ViewWindow window(int startRow, int endRow, int startCol, int endCol) {
    checkOpen();
    int r0 = clamp(startRow, size);
    int r1 = Math.max(r0, clamp(endRow, size));
    int c0 = clamp(startCol, columns.size());
    int c1 = Math.max(c0, clamp(endCol, columns.size()));
    return windowOf(Arrays.copyOfRange(order, r0, r1), c0, c1);
  }

  /** The whole view. */
  public ViewWindow window() {
    return window(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(v, max));
  }

  private ViewWindow windowOf(int[] rows, int c0, int c1) {
    List<WindowColumn> out = new ArrayList<>(c1 - c0);
    for (int c = c0; c < c1; c++) {
      out.add(new RowColumn(columns.get(c), viewColumns[c], rows));
    }
    WindowColumn index = table.keyColumn() >= 0
        ? new RowColumn(Table.IMPLICIT_INDEX, table.column(table.keyColumn()), rows)
        : new InsertionIndexColumn(table, rows);
    return new FlatWindow(rows.length, out, index);
  }

  /** Calls {@code listener} after every table batch, with the view rows it changed. */
  public void onUpdate(ViewUpdateListener listener) {
    checkOpen();
    updateListeners.add(listener);
  }

  public void removeUpdateListener(ViewUpdateListener listener) {
    updateListeners.remove(listener);
  }

  /** Calls {@code callback} once, when the view is deleted. */
  public void onDelete(Runnable callback) {
    checkOpen();
    deleteListeners.add(callback);
  }

  /** Detaches the view from its table and frees it; every later call is refused. */
  public void delete() {
    checkOpen();
    deleted = true;
    table.removeListener(listener);
    order = new int[0];
    size = 0;
    updateListeners.clear();
    for (Runnable r : deleteListeners.toArray(new Runnable[0])) {
      r.run();
    }
    deleteListeners.clear();
  }

  public boolean isDeleted() {
    return deleted;
  }

  private void checkOpen() {
    if (deleted) {
      throw new ParallaxException("View was deleted");
    }
  }

  /** Filters and sorts every live row from scratch. */
  private void rebuild() {
    int[] rows = new int[table.size()];
    int n = 0;
    for (int r = table.nextLiveRow(0); r >= 0; r = table.nextLiveRow(r + 1)) {
      rows[n++] = r;
    }
    n = selector.select(rows, n, table.rowCount());
    sorter.sort(rows, n);
    order = rows;
    size = n;
  }

  private void apply(TableDelta delta) {
    if (delta.isEmpty()) {
      return;
    }
    if (delta.isReset()) {
      rebuild();
      notifyListeners(changedPositions(delta), true);
      return;
    }
    boolean orderTouched = ring || touchesOrder(delta);
    if (orderTouched || delta.added().length > 0 || delta.removed().length > 0) {
      OrderUpdate.apply(this, delta, orderTouched);
    }
    notifyListeners(changedPositions(delta), false);
  }

  private boolean touchesOrder(TableDelta delta) {
    for (String c : orderColumns) {
      if (source.touchedBy(c, delta)) {
        return true;
      }
    }
    return false;
  }

  /** The view positions of the rows the delta added or wrote. */
  private int[] changedPositions(TableDelta delta) {
    long[] changed = new long[(table.rowCount() + 63) >>> 6];
    RowBits.set(changed, delta.added());
    RowBits.set(changed, delta.updated());
    int[] positions = new int[delta.added().length + delta.updated().length];
    int m = 0;
    for (int i = 0; i < size && m < positions.length; i++) {
      if (RowBits.get(changed, order[i])) {
        positions[m++] = i;
      }
    }
    return Arrays.copyOf(positions, m);
  }

  private void notifyListeners(int[] positions, boolean reset) {
    if (updateListeners.isEmpty()) {
      return;
    }
    int[] rows = new int[positions.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = order[positions[i]];
    }
    ViewUpdate update = new ViewUpdate(windowOf(rows, 0, columns.size()), positions, reset);
    for (ViewUpdateListener l : updateListeners.toArray(new ViewUpdateListener[0])) {
      try {
        l.onUpdate(this, update);
      } catch (RuntimeException e) {
        // One failing subscriber must not keep the others from the update.
        LOG.log(System.Logger.Level.ERROR, "view update listener failed", e);
      }
    }
  }

  Table table() {
    return table;
  }

  RowSelector selector() {
    return selector;
  }

  RowSorter sorter() {
    return sorter;
  }

  int[] order() {
    return order;
  }

  int size() {
    return size;
  }

  void setOrder(int[] order, int size) {
    this.order = order;
    this.size = size;
  }
}
