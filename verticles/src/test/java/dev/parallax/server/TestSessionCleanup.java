package dev.parallax.server;

import static dev.parallax.server.Requests.makeTable;
import static dev.parallax.server.Requests.makeView;
import static dev.parallax.server.Requests.onUpdate;
import static dev.parallax.server.Requests.rows;
import static dev.parallax.server.Requests.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.server.protocol.wire.Wire;
import org.junit.jupiter.api.Test;

/** Whatever a connection made is freed when it closes; what others made is not. */
class TestSessionCleanup extends ServerTestBase {
  @Test
  void closingAConnectionDeletesItsViews() throws Exception {
    WireClient a = client();
    assertMade(a, makeTable("t", rows("[{\"a\":1}]")));
    a.call(makeView("t", "v1", Wire.ViewConfig.getDefaultInstance()));
    a.call(makeView("t", "v2", Requests.columns("a")));
    assertEquals(2, listeners("t"));
    a.close();
    awaitListeners("t", 0);
  }

  @Test
  void closingAConnectionEndsItsSubscriptionsAndKeepsOthers() throws Exception {
    WireClient a = client();
    WireClient b = client();
    assertMade(a, makeTable("t", rows("[{\"a\":1}]")));
    a.call(makeView("t", "va", Wire.ViewConfig.getDefaultInstance()));
    b.call(makeView("t", "vb", Wire.ViewConfig.getDefaultInstance()));
    a.send(onUpdate("va", true));
    int sub = b.send(onUpdate("vb", true));
    a.send(to("").setGetHostedTablesReq(Wire.GetHostedTablesReq.newBuilder().setSubscribe(true)));
    a.close();
    awaitListeners("t", 1);
    b.call(Requests.update("t", "[{\"a\":2}]"));
    assertTrue(b.await(sub).getViewOnUpdateResp().hasDelta());
  }

  @Test
  void tableOutlivesTheConnectionThatMadeIt() throws Exception {
    WireClient a = client();
    assertMade(a, makeTable("t", rows("[{\"a\":1}]")));
    a.close();
    assertEquals(1, client().call(Requests.size("t")).getTableSizeResp().getSize());
  }

  @Test
  void tableCanBeDeletedOnceTheViewsConnectionClosed() throws Exception {
    WireClient a = client();
    assertMade(a, makeTable("t", rows("[{\"a\":1}]")));
    a.call(makeView("t", "v", Wire.ViewConfig.getDefaultInstance()));
    a.close();
    awaitListeners("t", 0);
    assertTrue(client().call(to("t").setTableDeleteReq(Wire.TableDeleteReq.getDefaultInstance())).hasTableDeleteResp());
  }
}
