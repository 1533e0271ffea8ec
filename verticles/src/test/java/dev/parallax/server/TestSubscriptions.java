package dev.parallax.server;

import static dev.parallax.server.Requests.makeIndexedTable;
import static dev.parallax.server.Requests.makeTable;
import static dev.parallax.server.Requests.makeView;
import static dev.parallax.server.Requests.onUpdate;
import static dev.parallax.server.Requests.rows;
import static dev.parallax.server.Requests.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.server.protocol.wire.Wire;
import org.junit.jupiter.api.Test;

/** Subscriptions: no immediate reply, then one push per change under the subscribing msg_id. */
class TestSubscriptions extends ServerTestBase {
  private WireClient withView() throws Exception {
    WireClient c = client();
    assertMade(c, makeIndexedTable("t", rows("[{\"id\":1,\"x\":1.5},{\"id\":2,\"x\":2.5}]"), "id"));
    c.call(makeView("t", "v", Wire.ViewConfig.getDefaultInstance()));
    return c;
  }

  private static ColumnBatch arrow(Wire.Response push) {
    return TableReader.read(Format.ARROW, push.getViewOnUpdateResp().getDelta().toByteArray(), null);
  }

  @Test
  void rowModePushesTheChangedRowsAsArrowUnderTheSubscribingId() throws Exception {
    WireClient c = withView();
    int sub = c.send(onUpdate("v", true));
    assertNull(c.poll(sub, 200), "on_update has no immediate reply");
    c.call(Requests.update("t", "[{\"id\":2,\"x\":9.5}]"));
    Wire.Response push = c.await(sub);
    assertEquals("v", push.getEntityId());
    ColumnBatch delta = arrow(push);
    assertEquals(1, delta.rowCount());
    assertEquals(9.5, delta.column(delta.indexOf("x")).get(0));
  }

  @Test
  void everyBatchIsOnePush() throws Exception {
    WireClient c = withView();
    int sub = c.send(onUpdate("v", true));
    c.call(Requests.update("t", "[{\"id\":3,\"x\":1}]"));
    c.call(Requests.update("t", "[{\"id\":4,\"x\":1},{\"id\":5,\"x\":1}]"));
    assertEquals(1, arrow(c.await(sub)).rowCount());
    assertEquals(2, arrow(c.await(sub)).rowCount());
  }

  @Test
  void withoutModeThePushCarriesNoRows() throws Exception {
    WireClient c = withView();
    int sub = c.send(onUpdate("v", false));
    c.call(Requests.update("t", "[{\"id\":2,\"x\":9.5}]"));
    assertFalse(c.await(sub).getViewOnUpdateResp().hasDelta());
  }

  @Test
  void withoutModeThePushCarriesRowsWhenAnotherSubscriberAskedForThem() throws Exception {
    WireClient c = withView();
    int plain = c.send(onUpdate("v", false));
    c.send(onUpdate("v", true));
    c.call(Requests.update("t", "[{\"id\":2,\"x\":9.5}]"));
    assertTrue(c.await(plain).getViewOnUpdateResp().hasDelta());
  }

  @Test
  void pushNamesThePortOfTheUpdate() throws Exception {
    WireClient c = withView();
    int port = c.call(to("t").setTableMakePortReq(Wire.TableMakePortReq.getDefaultInstance()))
        .getTableMakePortResp().getPortId();
    int sub = c.send(onUpdate("v", false));
    c.call(to("t").setTableUpdateReq(Wire.TableUpdateReq.newBuilder()
        .setData(rows("[{\"id\":1,\"x\":0}]")).setPortId(port)));
    assertEquals(port, c.await(sub).getViewOnUpdateResp().getPortId());
  }

  @Test
  void removeOnUpdateStopsThePushes() throws Exception {
    WireClient c = withView();
    int sub = c.send(onUpdate("v", true));
    assertTrue(c.call(to("v").setViewRemoveOnUpdateReq(Wire.ViewRemoveOnUpdateReq.newBuilder().setId(sub)))
        .hasViewRemoveOnUpdateResp());
    c.call(Requests.update("t", "[{\"id\":2,\"x\":9.5}]"));
    assertNull(c.poll(sub, 300));
  }

  @Test
  void anotherSessionsUpdateReachesTheSubscriber() throws Exception {
    WireClient c = withView();
    int sub = c.send(onUpdate("v", true));
    client().call(Requests.update("t", "[{\"id\":7,\"x\":7}]"));
    assertEquals(1, arrow(c.await(sub)).rowCount());
  }

  @Test
  void onRemovePushesTheRemovedKeys() throws Exception {
    WireClient c = withView();
    int sub = c.send(to("v").setViewOnRemoveReq(Wire.ViewOnRemoveReq.getDefaultInstance()));
    c.call(to("t").setTableRemoveReq(Wire.TableRemoveReq.newBuilder().setData(rows("[2]"))));
    ColumnBatch keys = TableReader.read(Format.ARROW,
        c.await(sub).getViewOnRemoveResp().getDelta().toByteArray(), null);
    assertEquals("id", keys.name(0));
    assertEquals(1, keys.rowCount());
    assertEquals(2L, ((Number) keys.column(0).get(0)).longValue());
  }

  @Test
  void onRemoveHearsTheKeysAReplaceDrops() throws Exception {
    WireClient c = withView();
    int sub = c.send(to("v").setViewOnRemoveReq(Wire.ViewOnRemoveReq.getDefaultInstance()));
    c.call(to("t").setTableReplaceReq(Wire.TableReplaceReq.newBuilder().setData(rows("[{\"id\":2,\"x\":0}]"))));
    ColumnBatch keys = TableReader.read(Format.ARROW,
        c.await(sub).getViewOnRemoveResp().getDelta().toByteArray(), null);
    assertEquals(1, keys.rowCount());
    assertEquals(1L, ((Number) keys.column(0).get(0)).longValue());
  }

  @Test
  void removeRemoveStopsTheRemovalPushes() throws Exception {
    WireClient c = withView();
    int sub = c.send(to("v").setViewOnRemoveReq(Wire.ViewOnRemoveReq.getDefaultInstance()));
    c.call(to("v").setViewRemoveRemoveReq(Wire.ViewRemoveRemoveReq.newBuilder().setId(sub)));
    c.call(to("t").setTableRemoveReq(Wire.TableRemoveReq.newBuilder().setData(rows("[1]"))));
    assertNull(c.poll(sub, 300));
  }

  @Test
  void hostedTablesSubscriptionPushesABodilessResponseOnEachChange() throws Exception {
    WireClient c = client();
    int sub = c.send(to("").setGetHostedTablesReq(Wire.GetHostedTablesReq.newBuilder().setSubscribe(true)));
    assertNull(c.poll(sub, 200));
    assertMade(client(), makeTable("new", rows("[{\"a\":1}]")));
    Wire.Response push = c.await(sub);
    assertEquals(Wire.Response.ClientRespCase.CLIENTRESP_NOT_SET, push.getClientRespCase());
    c.call(to("").setRemoveHostedTablesUpdateReq(Wire.RemoveHostedTablesUpdateReq.newBuilder().setId(sub)));
    assertMade(client(), makeTable("newer", rows("[{\"a\":1}]")));
    assertNull(c.poll(sub, 300));
  }

  @Test
  void tableOnDeletePushesWhenTheTableIsDeleted() throws Exception {
    WireClient c = client();
    assertMade(c, makeTable("gone", rows("[{\"a\":1}]")));
    int sub = c.send(to("gone").setTableOnDeleteReq(Wire.TableOnDeleteReq.getDefaultInstance()));
    c.call(to("gone").setTableDeleteReq(Wire.TableDeleteReq.getDefaultInstance()));
    assertTrue(c.await(sub).hasTableOnDeleteResp());
  }

  @Test
  void viewOnDeletePushesWhenTheViewIsDeleted() throws Exception {
    WireClient c = withView();
    int sub = c.send(to("v").setViewOnDeleteReq(Wire.ViewOnDeleteReq.getDefaultInstance()));
    c.call(to("v").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance()));
    assertTrue(c.await(sub).hasViewOnDeleteResp());
  }

  @Test
  void removeDeleteStopsTheDeleteNotice() throws Exception {
    WireClient c = withView();
    int sub = c.send(to("v").setViewOnDeleteReq(Wire.ViewOnDeleteReq.getDefaultInstance()));
    c.call(to("v").setViewRemoveDeleteReq(Wire.ViewRemoveDeleteReq.newBuilder().setId(sub)));
    c.call(to("v").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance()));
    assertNull(c.poll(sub, 300));
  }
}
