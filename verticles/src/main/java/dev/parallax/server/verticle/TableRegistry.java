package dev.parallax.server.verticle;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.table.Table;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The hosted tables of one server by name, each owned by its {@link TableVerticle}.
 * Safe to use from any thread: sessions on every event loop share it.
 */
public final class TableRegistry {
  private final Vertx vertx;
  private final ConcurrentMap<String, TableVerticle> tables = new ConcurrentHashMap<>();
  /** Names being deployed: reserved so two hosts of one name cannot race. */
  private final ConcurrentMap<String, Boolean> pending = new ConcurrentHashMap<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public TableRegistry(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Hosts {@code table} under {@code name}; refused when the name is taken. */
  public Future<TableVerticle> host(String name, Table table) {
    if (name == null || name.isEmpty()) {
      return Future.failedFuture(new ParallaxException("A hosted table needs a name"));
    }
    if (tables.containsKey(name) || pending.putIfAbsent(name, Boolean.TRUE) != null) {
      return Future.failedFuture(new ParallaxException("A table named '" + name + "' already exists"));
    }
    return TableVerticle.deploy(vertx, name, table)
        .onComplete(ar -> {
          if (ar.succeeded()) {
            tables.put(name, ar.result());
          }
          pending.remove(name);
          if (ar.succeeded()) {
            changed();
          }
        });
  }

  /** The table named {@code name}, or a failure naming it. */
  public TableVerticle require(String name) {
    TableVerticle t = tables.get(name);
    if (t == null) {
      throw new ParallaxException("Unknown table '" + name + "'");
    }
    return t;
  }

  public TableVerticle get(String name) {
    return tables.get(name);
  }

  public Collection<TableVerticle> all() {
    return new ArrayList<>(tables.values());
  }

  /** Deletes the table (on its thread: refused while views are open), then stops its verticle. */
  public Future<Void> delete(String name) {
    return delete(name, true);
  }

  /**
   * Deletes the table, then stops its verticle. {@code immediate}: now, refused
   * while views are open; otherwise once the last view is gone (the future
   * completes then).
   */
  public Future<Void> delete(String name, boolean immediate) {
    TableVerticle t;
    try {
      t = require(name);
    } catch (ParallaxException e) {
      return Future.failedFuture(e);
    }
    Future<Void> deleted = immediate
        ? t.call(() -> {
          t.delete();
          return null;
        })
        : t.call(t::deleteWhenUnused).compose(f -> f);
    return deleted.compose(v -> {
      tables.remove(name, t);
      changed();
      return vertx.undeploy(t.deploymentID());
    });
  }

  /** Calls {@code listener} (on any thread) whenever a table is hosted or deleted. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  private void changed() {
    for (Runnable r : listeners) {
      r.run();
    }
  }
}
