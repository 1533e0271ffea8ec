package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A real server on an ephemeral loopback port per test, and protocol clients of it. */
@ExtendWith(VertxExtension.class)
abstract class ServerTestBase {
  protected Vertx vertx;
  protected ParallaxServer server;
  protected int port;
  private final List<WireClient> clients = new ArrayList<>();

  /** The options of the server under test; tests may shrink limits. */
  protected ParallaxOptions options() {
    return new ParallaxOptions();
  }

  @BeforeEach
  void startServer(Vertx vertx) throws Exception {
    this.vertx = vertx;
    server = ParallaxServer.create(vertx, options());
    port = await(server.listen(0, "127.0.0.1")).actualPort();
  }

  @AfterEach
  void closeClients() {
    for (WireClient c : clients) {
      c.close();
    }
  }

  protected WireClient client() throws Exception {
    WireClient c = WireClient.connect(vertx, port);
    clients.add(c);
    return c;
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(WireClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
  }

  /** Makes table {@code name} over the wire, asserting success. */
  static void assertMade(WireClient c, Wire.Request.Builder make) throws Exception {
    Wire.Response r = c.call(make);
    assertEquals(Wire.Response.ClientRespCase.MAKE_TABLE_RESP, r.getClientRespCase(), r.toString());
  }

  static String viewRows(WireClient c, String view) throws Exception {
    Wire.Response r = c.call(Requests.toRows(view));
    assertEquals(Wire.Response.ClientRespCase.VIEW_TO_ROWS_STRING_RESP, r.getClientRespCase(), r.toString());
    return r.getViewToRowsStringResp().getJsonString();
  }

  /** How many views and subscriptions listen to {@code table}. */
  protected int listeners(String table) throws Exception {
    return await(server.withTable(table, t -> t.listenerCount()));
  }

  /** Waits (bounded) until {@code expected} listeners are left on {@code table}, as sessions close. */
  protected void awaitListeners(String table, int expected) throws Exception {
    long deadline = System.currentTimeMillis() + 3 * WireClient.TIMEOUT_MS;
    while (listeners(table) != expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(expected, listeners(table), "listeners on " + table);
  }

  static Wire.ServerError error(Wire.Response r) {
    assertTrue(r.hasServerError(), "expected a ServerError, got " + r);
    return r.getServerError();
  }

  /** A fresh session that makes a table, a view and reads it: the server still serves everyone. */
  protected void assertAnotherSessionIsServed() throws Exception {
    WireClient other = client();
    String name = "other" + System.nanoTime();
    assertMade(other, Requests.makeTable(name, Requests.rows("[{\"a\":1},{\"a\":2}]")));
    assertEquals(Wire.Response.ClientRespCase.TABLE_MAKE_VIEW_RESP,
        other.call(Requests.makeView(name, "v", Wire.ViewConfig.getDefaultInstance())).getClientRespCase());
    assertEquals("[{\"a\":1},{\"a\":2}]", viewRows(other, "v"));
  }
}
