package dev.parallax.engine.view;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import dev.parallax.engine.table.TableListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A live view of a table: flat (its rows filtered and sorted, its columns
 * chosen) or a pivot (rows grouped by {@code group_by} into a tree of
 * aggregates, columns split by {@code split_by}), kept current as the table
 * changes. {@link #create} picks the kind from the config, so callers never
 * need to. The view listens to its table and applies each batch incrementally;
 * {@link #onUpdate} listeners then hear which view rows changed, once per batch.
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
  private final ViewBody body;
  private final TableListener listener = (t, delta) -> apply(delta);
  private final List<ViewUpdateListener> updateListeners = new ArrayList<>();
  private final List<Runnable> deleteListeners = new ArrayList<>();
  private boolean deleted;

  private View(Table table, ColumnSource source, ViewBody body) {
    this.table = table;
    this.source = source;
    this.body = body;
  }

  /**
   * A live view of {@code table}: its own columns and the computed columns of
   * the config's {@code expressions}. A bad expression (syntax error, unknown
   * column or function, type error, a name taken by a table column) is a
   * {@link ParallaxException} naming it and giving the line and column of the
   * fault; then no view is made and the table is left as it was.
   */
  public static View create(Table table, ViewConfig config) {
    if (table.isDeleted()) {
      throw new ParallaxException("Table was deleted");
    }
    return create(table, config, ColumnSource.of(table, config.expressions(), config.windows()));
  }

  /**
   * A live view of {@code table} whose columns resolve through {@code source}
   * (the table's columns, and computed ones): a pivot when the config has a
   * {@code group_by} or {@code split_by} (or asks for the {@code total} rollup),
   * else a flat view. Checks the whole config first: an unknown column, an
   * aggregate or filter that does not apply to its column's type, or a value of
   * the wrong type is a {@link ParallaxException}, and then no view is made.
   */
  public static View create(Table table, ViewConfig config, ColumnSource source) {
    if (table.isDeleted()) {
      throw new ParallaxException("Table was deleted");
    }
    ViewBody body = PivotPlan.isPivot(config)
        ? new PivotBody(table, source, PivotPlan.compile(table, config, source))
        : new FlatBody(table, source, ViewPlan.compile(table, config, source));
    View view = new View(table, source, body);
    table.addListener(view.listener);
    return view;
  }

  /** The configuration as Perspective's {@code get_config} reports it. */
  public ViewConfig config() {
    checkOpen();
    return body.config();
  }

  /**
   * Each computed column's name and type, in the order the config gives them, as
   * Perspective's {@code expression_schema()} reports them.
   */
  public Map<String, ColumnType> expressionSchema() {
    checkOpen();
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (String name : body.config().expressions().keySet()) {
      m.put(name, source.column(name).type());
    }
    return m;
  }

  public int numRows() {
    checkOpen();
    return body.numRows();
  }

  public int numColumns() {
    checkOpen();
    return body.numColumns();
  }

  /** The view's columns and their (aggregated) types, in view order. */
  public Map<String, ColumnType> schema() {
    checkOpen();
    return body.schema();
  }

  /** The output column names: a flat view's columns, a split view's {@code "value|…|column"} paths. */
  public List<String> columnPaths() {
    checkOpen();
    return body.columnPaths();
  }

  public Dimensions dimensions() {
    checkOpen();
    return new Dimensions(table.size(), table.schema().size(), body.numRows(), body.numColumns());
  }

  /**
   * The smallest and largest non-null value of {@code column} over the view's
   * rows, boxed as {@link Column#get} boxes them (dates as days since the epoch);
   * both null when the view has no non-null value. For a pivot these are the
   * aggregates of the group rows below the total that show no children, in the
   * deepest split columns.
   * Perspective 5.5.1 reports dates here in an internal packed form instead.
   */
  public List<Object> minMax(String column) {
    checkOpen();
    return body.minMax(column);
  }

  /**
   * Rows {@code [startRow, endRow)} and columns {@code [startCol, endCol)} of the
   * view, clamped to its size as Perspective clamps them: a negative start is 0,
   * an end past the last row or column is the last, an empty range is empty.
   */
  public ViewWindow window(int startRow, int endRow, int startCol, int endCol) {
    checkOpen();
    int rows = body.numRows();
    int cols = body.numColumns();
    int r0 = clamp(startRow, rows);
    int r1 = Math.max(r0, clamp(endRow, rows));
    int c0 = clamp(startCol, cols);
    int c1 = Math.max(c0, clamp(endCol, cols));
    return body.window(r0, r1, c0, c1);
  }

  /** The whole view. */
  public ViewWindow window() {
    return window(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(v, max));
  }

  /**
   * Shows the children of the pivot row at position {@code row}; returns how many
   * rows appeared: 0 for a row already expanded, a row of the deepest level, a
   * position past the end, or a flat view.
   */
  public int expand(int row) {
    checkOpen();
    return body.expand(row);
  }

  /**
   * Hides every descendant of the pivot row at position {@code row} (they stay
   * collapsed when it is expanded again); returns how many rows disappeared.
   */
  public int collapse(int row) {
    checkOpen();
    return body.collapse(row);
  }

  /**
   * Expands every pivot row of depth up to {@code depth} (the total is depth 0)
   * and collapses the deeper ones, also for groups that appear later. As in
   * Perspective, a depth beyond the number of {@code group_by} levels changes
   * nothing, and so does any depth on a flat view.
   */
  public void setDepth(int depth) {
    checkOpen();
    body.setDepth(depth);
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
    body.clear();
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
    // Computed columns first: the body reorders and aggregates by their new values.
    TableDelta d = source.apply(delta);
    ViewUpdate update = body.apply(d, !updateListeners.isEmpty());
    if (update != null) {
      notifyListeners(update);
    }
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
