package dev.parallax.server.verticle;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.output.OutputOptions;
import dev.parallax.engine.output.ViewOutput;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.view.View;
import dev.parallax.engine.view.ViewConfig;
import dev.parallax.engine.view.ViewWindow;
import dev.parallax.server.protocol.ViewConfigs;
import dev.parallax.server.protocol.WireTypes;
import dev.parallax.server.protocol.wire.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One view of a hosted table, and the one place the server calls the engine's
 * view API: every view request of the protocol is a method here. Handles of the
 * same table and config read one engine view ({@link SharedView}) until one of
 * them changes its tree. It belongs to its table's {@link TableVerticle}: call
 * its methods only inside {@link TableVerticle#call}.
 */
public final class ViewHandle {
  /** Where a view's changes go: one call per table batch. */
  @FunctionalInterface
  public interface UpdateSink {
    /** {@code delta} is an Arrow stream of the changed rows, or null when no subscriber asked for rows. */
    void push(int portId, byte[] delta);
  }

  private final TableVerticle host;
  private final Map<Object, Subscriber> subscribers = new LinkedHashMap<>();
  private SharedView shared;
  private int rowSubscribers;
  private boolean deleted;

  private ViewHandle(TableVerticle host) {
    this.host = host;
  }

  /** Makes a live view of the host's table; a bad config is a {@link ParallaxException} and makes nothing. */
  public static ViewHandle create(TableVerticle host, Wire.ViewConfig config) {
    ViewConfig parsed = ViewConfig.fromMap(ViewConfigs.toMap(config));
    ViewHandle handle = new ViewHandle(host);
    handle.shared = SharedView.join(host, parsed, handle);
    return handle;
  }

  private View view() {
    return shared.view();
  }

  public TableVerticle host() {
    return host;
  }

  public Wire.ViewSchemaResp schema() {
    Wire.ViewSchemaResp.Builder b = Wire.ViewSchemaResp.newBuilder();
    for (Map.Entry<String, ColumnType> e : view().schema().entrySet()) {
      b.putSchema(e.getKey(), WireTypes.toWire(e.getValue()));
    }
    return b.build();
  }

  /** The types of the view's computed columns. */
  public Wire.ViewExpressionSchemaResp expressionSchema() {
    Wire.ViewExpressionSchemaResp.Builder b = Wire.ViewExpressionSchemaResp.newBuilder();
    for (Map.Entry<String, ColumnType> e : view().expressionSchema().entrySet()) {
      b.putSchema(e.getKey(), WireTypes.toWire(e.getValue()));
    }
    return b.build();
  }

  public Wire.ViewDimensionsResp dimensions() {
    View.Dimensions d = view().dimensions();
    return Wire.ViewDimensionsResp.newBuilder()
        .setNumTableRows(d.numTableRows()).setNumTableColumns(d.numTableColumns())
        .setNumViewRows(d.numViewRows()).setNumViewColumns(d.numViewColumns()).build();
  }

  public Wire.ViewConfig config() {
    return ViewConfigs.fromMap(view().config().toMap());
  }

  public Wire.ViewColumnPathsResp columnPaths(Wire.ViewColumnPathsReq req) {
    List<String> paths = view().columnPaths();
    int from = req.hasStartCol() ? Math.min(req.getStartCol(), paths.size()) : 0;
    int to = req.hasEndCol() ? Math.max(from, Math.min(req.getEndCol(), paths.size())) : paths.size();
    return Wire.ViewColumnPathsResp.newBuilder().addAllPaths(paths.subList(from, to)).build();
  }

  public byte[] toArrow(Wire.ViewPort port) {
    return ViewOutput.toArrow(window(port));
  }

  public String toRows(Wire.ViewPort port, boolean id, boolean index) {
    return ViewOutput.toJson(window(port), new OutputOptions().setId(id).setIndex(index));
  }

  public String toColumns(Wire.ViewPort port, boolean id, boolean index) {
    return ViewOutput.toColumns(window(port), new OutputOptions().setId(id).setIndex(index));
  }

  public String toNdjson(Wire.ViewPort port, boolean id, boolean index) {
    return ViewOutput.toNdjson(window(port), new OutputOptions().setId(id).setIndex(index));
  }

  /** Nothing at all, not even a header line, for a window without columns: {@link ViewOutput#toCsv} knows. */
  public String toCsv(Wire.ViewPort port) {
    return ViewOutput.toCsv(window(port));
  }

  public Wire.ViewGetMinMaxResp minMax(String column) {
    List<Object> mm = view().minMax(column);
    boolean date = view().schema().get(column) == dev.parallax.engine.column.ColumnType.DATE;
    return Wire.ViewGetMinMaxResp.newBuilder()
        .setMin(ViewConfigs.scalar(date ? packedDate(mm.get(0)) : mm.get(0)))
        .setMax(ViewConfigs.scalar(date ? packedDate(mm.get(1)) : mm.get(1))).build();
  }

  /**
   * A date as Perspective's get_min_max sends it on the wire: its internal packed
   * form, year * 65536 + (month - 1) * 256 + day, not days since the epoch.
   */
  static Object packedDate(Object days) {
    if (days == null) {
      return null;
    }
    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(((Number) days).longValue());
    return d.getYear() * 65536L + (d.getMonthValue() - 1) * 256L + d.getDayOfMonth();
  }

  /** Expands row {@code row} of a pivot; returns how many rows appeared (0 for a flat view). */
  public int expand(int row) {
    shared = shared.own(this);
    return view().expand(row);
  }

  /** Collapses row {@code row} of a pivot; returns how many rows disappeared. */
  public int collapse(int row) {
    shared = shared.own(this);
    return view().collapse(row);
  }

  public void setDepth(int depth) {
    shared = shared.own(this);
    view().setDepth(depth);
  }

  /** Every row of the view as a row delta: what a subscriber that fell behind gets instead of the deltas it missed. */
  public byte[] everyRow() {
    return ViewOutput.toArrow(view().window());
  }

  /** Subscribes {@code sink} under {@code key}; with {@code rows} every push carries the changed rows. */
  public void onUpdate(Object key, boolean rows, UpdateSink sink) {
    Subscriber old = subscribers.put(key, new Subscriber(rows, sink));
    if (old != null && old.rows) {
      rowSubscribers--;
    }
    if (rows) {
      rowSubscribers++;
    }
    shared.subscriptionsChanged();
  }

  public void removeOnUpdate(Object key) {
    Subscriber s = subscribers.remove(key);
    if (s != null && s.rows) {
      rowSubscribers--;
    }
    shared.subscriptionsChanged();
  }

  public void delete() {
    if (!deleted) {
      deleted = true;
      subscribers.clear();
      rowSubscribers = 0;
      shared.leave(this);
    }
  }

  public boolean isDeleted() {
    return deleted;
  }

  boolean hasSubscribers() {
    return !subscribers.isEmpty();
  }

  boolean wantsRows() {
    return rowSubscribers > 0;
  }

  /**
   * A snapshot of a whole table in {@code format} ("arrow", "csv", "json"):
   * the rows of a default view, made and dropped on the table's thread.
   */
  public static Object snapshot(Table table, String format) {
    View v = View.create(table, ViewConfig.defaults());
    try {
      ViewWindow w = v.window();
      switch (format) {
        case "arrow":
          return ViewOutput.toArrow(w);
        case "csv":
          return ViewOutput.toCsv(w);
        case "json":
          return ViewOutput.toJson(w, null);
        default:
          throw new ParallaxException("Unknown format '" + format + "': use arrow, csv or json");
      }
    } finally {
      v.delete();
    }
  }

  /** A batch changed the view: {@code delta} holds its rows if any handle of the shared view asked for them. */
  void deliver(int port, byte[] delta) {
    // Perspective gives every subscriber of a view the rows once any of them asked for them.
    byte[] rows = rowSubscribers > 0 ? delta : null;
    for (Subscriber s : subscribers.values().toArray(new Subscriber[0])) {
      s.sink.push(port, rows);
    }
  }

  private ViewWindow window(Wire.ViewPort p) {
    int rows = view().numRows();
    int cols = view().numColumns();
    int startCol = p.hasStartCol() ? p.getStartCol() : 0;
    int endCol = p.hasEndCol() ? p.getEndCol() : cols;
    int startRow = p.hasStartRow() ? p.getStartRow() : 0;
    int endRow = p.hasEndRow() ? p.getEndRow() : rows;
    return view().window(startRow, endRow, startCol, endCol);
  }

  private record Subscriber(boolean rows, UpdateSink sink) { }
}
