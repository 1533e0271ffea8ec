package dev.parallax.server.verticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.Schema;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.engine.view.View;
import dev.parallax.engine.view.ViewConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Updates queued back to back over the protocol reach the views as one batch, in order, each checked alone. */
class TestQueuedUpdates {
  private Vertx vertx;
  private TableVerticle host;
  private final AtomicInteger batchesSeen = new AtomicInteger();

  @BeforeEach
  void setUp() throws Exception {
    vertx = Vertx.vertx();
    Table table = Table.create(Schema.parse(Map.of("id", "integer")), TableOptions.indexed("id"));
    host = TableVerticle.deploy(vertx, "t", table).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    host.call(() -> {
      View.create(host.table(), ViewConfig.parse("{\"group_by\":[\"id\"]}"))
          .onUpdate((v, u) -> batchesSeen.incrementAndGet());
      return null;
    }).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void tearDown() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private Future<Void> queue(String json) {
    return host.queueUpdate(() -> TableReader.read(Format.JSON_ROWS, json, host.table().schema()), 0);
  }

  private int size() throws Exception {
    return host.call(() -> host.table().size()).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void backToBackUpdatesAreAppliedOnceAsOneBatch() throws Exception {
    // Queued while the table is busy (inside one of its tasks), as updates that arrive back to back are.
    List<Future<Void>> sent = host.call(() -> List.of(queue("[{\"id\":1}]"), queue("[{\"id\":2}]"),
        queue("[{\"id\":3}]"))).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    Future.all(sent).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(3, size());
    assertEquals(1, batchesSeen.get());
  }

  @Test
  void aCallAfterQueuedUpdatesSeesThemAll() throws Exception {
    queue("[{\"id\":1}]");
    assertEquals(1, size());
  }

  @Test
  void aBadUpdateIsRefusedAloneAndTheOthersApply() throws Exception {
    Future<Void> good = queue("[{\"id\":1}]");
    Future<Void> bad = queue("[{\"nope\":1}]");
    Future<Void> good2 = queue("[{\"id\":2}]");
    Future.join(good, bad, good2).toCompletionStage().toCompletableFuture().handle((v, e) -> null)
        .get(10, TimeUnit.SECONDS);
    assertTrue(bad.failed());
    assertTrue(bad.cause().getMessage().contains("nope"));
    assertTrue(good.succeeded() && good2.succeeded());
    assertEquals(2, size());
  }
}
