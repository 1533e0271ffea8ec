package dev.parallax.server.verticle;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.output.ViewOutput;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.engine.view.ViewConfig;
import dev.parallax.engine.view.ViewWindow;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The owner of one hosted table. A worker verticle: the tasks given to
 * {@link #call} run one at a time on its context, so the table and its views
 * are only ever touched by one thread and need no locks. Everything else
 * (sessions, REST, the event loop) reaches the table only through {@link #call}.
 *
 * <p>Updates that arrive back to back over the protocol ({@link #queueUpdate})
 * are applied as one batch, as Perspective processes queued updates together:
 * every view sees them once, and the work per view is done once. The batch is
 * applied behind the updates already queued, and always before any other task
 * runs, so every reader sees each update in order.
 *
 * <p>The methods other than {@link #call}, {@link #queueUpdate}, {@link #name()}
 * and {@link #deploy} may only be used inside a task given to {@link #call}.
 */
public final class TableVerticle extends AbstractVerticle {
  private static final System.Logger LOG = System.getLogger(TableVerticle.class.getName());

  private final String name;
  private final Table table;
  private final TableOptions options;
  private final Map<Object, Runnable> deleteSubscribers = new LinkedHashMap<>();
  private final Map<Object, Consumer<RemovedKeys>> removeSubscribers = new LinkedHashMap<>();
  private final List<ColumnBatch> queued = new ArrayList<>();
  private int queuedPort;
  private boolean flushScheduled;
  private Context owner;
  private int nextPort = 1;
  private int currentPort;
  /** The views handles of a new view may join, by config (see {@link SharedView}). */
  private final Map<ViewConfig, SharedView> openViews = new HashMap<>();
  /** Set by a lazy delete while views are still open: completed when the last one goes. */
  private Promise<Void> deleteWhenUnused;

  private TableVerticle(String name, Table table) {
    this.name = name;
    this.table = table;
    this.options = table.options();
  }

  /** Deploys a verticle owning {@code table}; the table must not be touched by the caller afterwards. */
  public static Future<TableVerticle> deploy(Vertx vertx, String name, Table table) {
    TableVerticle v = new TableVerticle(name, table);
    return vertx.deployVerticle(v, new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER))
        .map(id -> v);
  }

  @Override
  public void start() {
    owner = context;
  }

  public String name() {
    return name;
  }

  /** The table's index and limit: fixed at creation, so readable from any thread. */
  public TableOptions options() {
    return options;
  }

  /**
   * Runs {@code task} on this table's thread, after every task given before it.
   * The future completes on that thread; hop back to your own context before
   * touching your state.
   */
  public <T> Future<T> call(Callable<T> task) {
    Promise<T> promise = Promise.promise();
    owner.runOnContext(v -> {
      try {
        flush();
        promise.complete(task.call());
      } catch (Throwable e) {
        promise.fail(e);
      }
      // A task may have closed the last view that a lazy delete was waiting for.
      deleteIfUnused();
    });
    return promise.future();
  }

  public Table table() {
    return table;
  }

  Map<ViewConfig, SharedView> openViews() {
    return openViews;
  }

  /** The port of the batch being applied now: what {@code on_update} reports. */
  public int currentPort() {
    return currentPort;
  }

  /** A new port id for {@code make_port}; port 0 always exists. */
  public int makePort() {
    return nextPort++;
  }

  /** Applies an update that came in on {@code port} now, after any queued ones. */
  public TableDelta update(ColumnBatch batch, int port) {
    checkPort(port);
    flush();
    return apply(batch, port);
  }

  /**
   * Reads an update ({@code read} runs on the table's thread) and queues it, to
   * be applied with the updates queued behind it. A bad update is refused alone:
   * the future fails with its error and nothing is queued.
   */
  public Future<Void> queueUpdate(Callable<ColumnBatch> read, int port) {
    Promise<Void> promise = Promise.promise();
    owner.runOnContext(v -> {
      try {
        ColumnBatch batch = read.call();
        checkPort(port);
        table.check(batch);
        if (!queued.isEmpty() && (port != queuedPort || !queued.get(0).sameColumns(batch))) {
          flush();
        }
        queued.add(batch);
        queuedPort = port;
        if (!flushScheduled) {
          // Runs behind the tasks already waiting, so the updates among them join this batch.
          flushScheduled = true;
          owner.runOnContext(w -> {
            flushScheduled = false;
            flush();
          });
        }
        promise.complete();
      } catch (Throwable e) {
        promise.fail(e);
      }
    });
    return promise.future();
  }

  /** Applies the queued updates as one batch. */
  private void flush() {
    if (queued.isEmpty()) {
      return;
    }
    ColumnBatch batch = queued.size() == 1 ? queued.get(0) : ColumnBatch.concat(queued);
    queued.clear();
    try {
      apply(batch, queuedPort);
    } catch (RuntimeException e) {
      // Each part passed check() alone; together they cannot fail but by a bug, which must not stop the table.
      LOG.log(System.Logger.Level.ERROR, "queued updates of table " + name + " failed", e);
    }
  }

  private TableDelta apply(ColumnBatch batch, int port) {
    currentPort = port;
    try {
      return table.update(batch);
    } finally {
      currentPort = 0;
    }
  }

  public TableDelta remove(Column keys, int count) {
    TableDelta delta = table.remove(keys, count);
    if (delta.removed().length > 0 && !removeSubscribers.isEmpty() && table.keyColumn() >= 0) {
      ColumnBatch before = delta.removedBefore();
      Column keyColumn = before.column(table.keyColumn());
      notifyRemoved(new RemovedKeys(table.schema().name(table.keyColumn()), keyColumn, delta.removed().length));
    }
    return delta;
  }

  /** Replaces every row; on_remove subscribers hear the keys that the new rows do not re-supply. */
  public TableDelta replace(ColumnBatch batch) {
    RemovedKeys dropped = removeSubscribers.isEmpty() || table.keyColumn() < 0 ? null : keysMissingFrom(batch);
    TableDelta delta = table.replace(batch);
    if (dropped != null && dropped.count() > 0) {
      notifyRemoved(dropped);
    }
    return delta;
  }

  /** Deletes the table (refused while views are open on it) and tells the on_delete subscribers. */
  public void delete() {
    table.delete();
    for (Runnable r : new ArrayList<>(deleteSubscribers.values())) {
      r.run();
    }
    deleteSubscribers.clear();
    removeSubscribers.clear();
  }

  /**
   * Deletes the table once no view is open on it: now if none is, else when
   * the last one is deleted (its session may close it too). Until then the
   * table serves as before, new views included. The future completes at the
   * deletion, which is when Perspective answers a lazy delete.
   */
  public Future<Void> deleteWhenUnused() {
    if (deleteWhenUnused == null) {
      deleteWhenUnused = Promise.promise();
    }
    Future<Void> deleted = deleteWhenUnused.future();
    deleteIfUnused();
    return deleted;
  }

  private void deleteIfUnused() {
    if (deleteWhenUnused != null && !table.isDeleted() && table.listenerCount() == 0) {
      Promise<Void> waiting = deleteWhenUnused;
      deleteWhenUnused = null;
      delete();
      waiting.complete();
    }
  }

  public void onDelete(Object key, Runnable callback) {
    deleteSubscribers.put(key, callback);
  }

  public void removeOnDelete(Object key) {
    deleteSubscribers.remove(key);
  }

  /** Subscribes to the keys removed from an indexed table (remove, replace). */
  public void onRemove(Object key, Consumer<RemovedKeys> callback) {
    removeSubscribers.put(key, callback);
  }

  public void removeOnRemove(Object key) {
    removeSubscribers.remove(key);
  }

  private void checkPort(int port) {
    if (port < 0 || port >= nextPort) {
      throw new ParallaxException("Unknown port " + port + " of table '" + name + "'");
    }
  }

  private void notifyRemoved(RemovedKeys keys) {
    for (Consumer<RemovedKeys> c : new ArrayList<>(removeSubscribers.values())) {
      c.accept(keys);
    }
  }

  /** The current keys of the table that {@code batch} does not carry. */
  private RemovedKeys keysMissingFrom(ColumnBatch batch) {
    int k = table.keyColumn();
    String keyName = table.schema().name(k);
    Set<Object> incoming = new HashSet<>();
    int bk = batch.indexOf(keyName);
    if (bk >= 0) {
      Column c = batch.column(bk);
      for (int r = 0; r < batch.rowCount(); r++) {
        incoming.add(c.get(r));
      }
    }
    Column src = table.column(k);
    List<Integer> rows = new ArrayList<>();
    for (int r = table.nextLiveRow(0); r >= 0; r = table.nextLiveRow(r + 1)) {
      if (!incoming.contains(src.get(r))) {
        rows.add(r);
      }
    }
    Column out = src instanceof StringColumn
        ? StringColumn.sharing(((StringColumn) src).dictionary(), rows.size())
        : Column.create(src.type(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.copyRow(src, rows.get(i), i);
    }
    return new RemovedKeys(keyName, out, rows.size());
  }

  /** The keys one batch removed from an indexed table: the first {@code count} rows of {@code keys}. */
  public record RemovedKeys(String column, Column keys, int count) {
    /** The keys as an Arrow stream of one column named after the index, as on_remove sends them. */
    public byte[] toArrow() {
      return ViewOutput.toArrow(ViewWindow.ofColumn(column, keys, count));
    }
  }
}
