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
  private final ViewPlan plan;
  private final RowOrder order;
  private final boolean ring;
  private final TableListener listener = (t, delta) -> apply(delta);
  private final List<ViewUpdateListener> updateListeners = new ArrayList<>();
  private final List<Runnable> deleteListeners = new ArrayList<>();
  private boolean deleted;

  private View(Table table, ColumnSource source, ViewPlan plan) {
    this.table = table;
    this.source = source;
    this.plan = plan;
    this.order = new RowOrder(plan.selector, plan.sorter);
    this.ring = table.options().getLimit() > 0;
  }

  /**
   * A live flat view of {@code table}: its own columns and the computed columns
   * of the config's {@code expressions}. A bad expression (syntax error, unknown
   * column or function, type error, a name taken by a table column) is a
   * {@link ParallaxException} naming it and giving the line and column of the
   * fault; then no view is made and the table is left as it was.
   */
  public static View create(Table table, ViewConfig config) {
    if (table.isDeleted()) {
      throw new ParallaxException("Table was deleted");
    }
    return create(table, config, ColumnSource.of(table, config.expressions()));
  }

  /**
   * A live flat view of {@code table} whose columns resolve through
   * {@code source} (the table's columns, and computed ones). Checks the whole
   * config first: an unknown column, an operator that does not apply to its
   * column's type or a filter value of the wrong type is a
   * {@link ParallaxException}, and then no view is made.
   */
  public static View create(Table table, ViewConfig config, ColumnSource source) {
    View view = new View(table, source, ViewPlan.compile(table, config, source));
    view.order.rebuild(table);
    table.addListener(view.listener);
    return view;
  }

  /** The configuration as Perspective's {@code get_config} reports it. */
  public ViewConfig config() {
    checkOpen();
    return plan.config;
  }

  /**
   * Each computed column's name and type, in the order the config gives them, as
   * Perspective's {@code expression_schema()} reports them.
   */
  public Map<String, ColumnType> expressionSchema() {
    checkOpen();
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (String name : plan.config.expressions().keySet()) {
      m.put(name, source.column(name).type());
    }
    return m;
  }

  public int numRows() {
    checkOpen();
    return order.size();
  }

  public int numColumns() {
    checkOpen();
    return plan.columns.size();
  }

  /** The view's columns and their types, in view order. */
  public Map<String, ColumnType> schema() {
    checkOpen();
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (int i = 0; i < plan.viewColumns.length; i++) {
      m.put(plan.columns.get(i), plan.viewColumns[i].type());
    }
    return m;
  }

  /** The output column names; for a flat view, its columns. */
  public List<String> columnPaths() {
    checkOpen();
    return plan.columns;
  }

  public Dimensions dimensions() {
    checkOpen();
    return new Dimensions(table.size(), table.schema().size(), order.size(), plan.columns.size());
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
    return MinMax.of(c, order.slice(0, order.size()), order.size());
  }

  /**
   * Rows {@code [startRow, endRow)} and columns {@code [startCol, endCol)} of the
   * view, clamped to its size as Perspective clamps them: a negative start is 0,
   * an end past the last row or column is the last, an empty range is empty.
   */
  public ViewWindow window(int startRow, int endRow, int startCol, int endCol) {
    checkOpen();
    int r0 = clamp(startRow, order.size());
    int r1 = Math.max(r0, clamp(endRow, order.size()));
    int c0 = clamp(startCol, plan.columns.size());
    int c1 = Math.max(c0, clamp(endCol, plan.columns.size()));
    return windowOf(order.slice(r0, r1), c0, c1);
  }

  /** The whole view. */
  public ViewWindow window() {
    return window(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(v, max));
  }

  private ViewWindow windowOf(int[] rows, int c0, int c1) {
    return FlatWindow.of(table, plan.columns.subList(c0, c1), Arrays.copyOfRange(plan.viewColumns, c0, c1), rows);
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
    order.clear();
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

  private void apply(TableDelta delta) {
    source.apply(delta);
    if (delta.isReset()) {
      order.rebuild(table);
    } else if (!delta.isEmpty()) {
      boolean valuesMoved = ring || touchesOrder(delta);
      if (valuesMoved || delta.added().length > 0 || delta.removed().length > 0) {
        order.update(delta, valuesMoved, table.rowCount());
      }
    }
    if (!updateListeners.isEmpty()) {
      int[] positions = order.positionsOf(delta.added(), delta.updated(), table.rowCount());
      notifyListeners(new ViewUpdate(windowOf(order.rowsAt(positions), 0, plan.columns.size()), positions,
          delta.isReset()));
    }
  }

  private boolean touchesOrder(TableDelta delta) {
    for (String c : plan.orderColumns) {
      if (source.touchedBy(c, delta)) {
        return true;
      }
    }
    return false;
  }

  private void notifyListeners(ViewUpdate update) {
    for (ViewUpdateListener l : updateListeners.toArray(new ViewUpdateListener[0])) {
      try {
        l.onUpdate(this, update);
      } catch (RuntimeException e) {
        // One failing subscriber must not keep the others from the update.
        LOG.log(System.Logger.Level.ERROR, "view update listener failed", e);
      }
    }
  }
}
