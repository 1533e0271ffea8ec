package dev.parallax.server;

import static dev.parallax.server.Requests.columns;
import static dev.parallax.server.Requests.makeIndexedTable;
import static dev.parallax.server.Requests.makeView;
import static dev.parallax.server.Requests.onUpdate;
import static dev.parallax.server.Requests.rows;
import static dev.parallax.server.Requests.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.server.protocol.wire.Wire;
import org.junit.jupiter.api.Test;

/**
 * Views of one table with the same config share one engine view, whoever made
 * them, until one changes its tree; each still behaves as a view of its own.
 */
class TestSharedViews extends ServerTestBase {
  private static final Wire.ViewConfig BY_SYM = Wire.ViewConfig.newBuilder().addGroupBy("sym")
      .setColumns(Wire.ColumnsUpdate.newBuilder().setColumns(Wire.ColumnsUpdate.Columns.newBuilder().addColumns("px")))
      .build();

  private WireClient quotes() throws Exception {
    WireClient c = client();
    assertMade(c, makeIndexedTable("q", rows("[{\"id\":1,\"sym\":\"A\",\"px\":1.5},{\"id\":2,\"sym\":\"B\",\"px\":2.5},"
        + "{\"id\":3,\"sym\":\"A\",\"px\":3.5}]"), "id"));
    return c;
  }

  private int engineViews() throws Exception {
    return listeners("q");
  }

  private static int numRows(WireClient c, String view) throws Exception {
    return c.call(to(view).setViewDimensionsReq(Wire.ViewDimensionsReq.getDefaultInstance()))
        .getViewDimensionsResp().getNumViewRows();
  }

  @Test
  void viewsWithTheSameConfigShareOneEngineViewAcrossSessions() throws Exception {
    WireClient a = quotes();
    WireClient b = client();
    a.call(makeView("q", "a1", BY_SYM));
    b.call(makeView("q", "b1", BY_SYM));
    a.call(makeView("q", "a2", BY_SYM));
    assertEquals(1, engineViews());
    b.call(makeView("q", "b2", columns("px")));
    assertEquals(2, engineViews());
  }

  @Test
  void theSharedViewGoesWithItsLastHandle() throws Exception {
    WireClient a = quotes();
    a.call(makeView("q", "v1", BY_SYM));
    a.call(makeView("q", "v2", BY_SYM));
    a.call(to("v1").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance()));
    assertEquals(1, engineViews());
    assertEquals(3, numRows(a, "v2"));
    a.call(to("v2").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance()));
    assertEquals(0, engineViews());
  }

  @Test
  void collapsingOneViewLeavesTheOthersRowsAlone() throws Exception {
    WireClient a = quotes();
    a.call(makeView("q", "v1", BY_SYM));
    a.call(makeView("q", "v2", BY_SYM));
    a.call(to("v1").setViewCollapseReq(Wire.ViewCollapseReq.newBuilder().setRowIndex(0)));
    assertEquals(1, numRows(a, "v1"));
    assertEquals(3, numRows(a, "v2"));
    assertEquals(2, engineViews());
  }

  @Test
  void aViewWhoseTreeChangedTakesNoNewcomers() throws Exception {
    WireClient a = quotes();
    a.call(makeView("q", "v1", BY_SYM));
    a.call(to("v1").setViewCollapseReq(Wire.ViewCollapseReq.newBuilder().setRowIndex(0)));
    a.call(makeView("q", "v2", BY_SYM));
    assertEquals(3, numRows(a, "v2"));
    assertEquals(2, engineViews());
  }

  @Test
  void eachSubscriberOfASharedViewGetsEachBatchOnce() throws Exception {
    WireClient a = quotes();
    WireClient b = client();
    a.call(makeView("q", "va", BY_SYM));
    b.call(makeView("q", "vb", BY_SYM));
    int subA = a.send(onUpdate("va", true));
    int subB = b.send(onUpdate("vb", true));
    // A call behind the subscription on b's session: b is subscribed once it is answered.
    numRows(b, "vb");
    a.call(Requests.update("q", "[{\"id\":2,\"px\":9.5}]"));
    assertTrue(a.await(subA).getViewOnUpdateResp().hasDelta());
    assertTrue(b.await(subB).getViewOnUpdateResp().hasDelta());
    // Nothing more once each session's later call is answered: no second push of the same batch.
    numRows(a, "va");
    numRows(b, "vb");
    assertEquals(0, a.count(subA));
    assertEquals(0, b.count(subB));
  }

  @Test
  void rowsGoOnlyToTheViewsWhoseSubscribersAskedForThem() throws Exception {
    WireClient a = quotes();
    a.call(makeView("q", "rows", BY_SYM));
    a.call(makeView("q", "plain", BY_SYM));
    int withRows = a.send(onUpdate("rows", true));
    int without = a.send(onUpdate("plain", false));
    a.call(Requests.update("q", "[{\"id\":2,\"px\":9.5}]"));
    assertTrue(a.await(withRows).getViewOnUpdateResp().hasDelta());
    assertFalse(a.await(without).getViewOnUpdateResp().hasDelta());
  }

  @Test
  void aDeletedViewOfASharedOneIsNotFoundWhileItsTwinServes() throws Exception {
    WireClient a = quotes();
    a.call(makeView("q", "v1", BY_SYM));
    a.call(makeView("q", "v2", BY_SYM));
    a.call(to("v1").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance()));
    assertEquals(Wire.StatusCode.VIEW_NOT_FOUND, error(a.call(Requests.toRows("v1"))).getStatusCode());
    assertEquals(3, numRows(a, "v2"));
  }
}
