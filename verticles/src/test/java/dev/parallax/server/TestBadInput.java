package dev.parallax.server;

import static dev.parallax.server.Requests.csv;
import static dev.parallax.server.Requests.makeIndexedTable;
import static dev.parallax.server.Requests.makeTable;
import static dev.parallax.server.Requests.makeView;
import static dev.parallax.server.Requests.rows;
import static dev.parallax.server.Requests.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.buffer.Buffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input, each answered with a ServerError to the session that
 * sent it; the table is left as it was, the session keeps working, and so does
 * every other session.
 */
class TestBadInput extends ServerTestBase {
  private static final long MAX_FRAME = 64 * 1024;
  private static final String ROWS = "[{\"id\":1,\"x\":1.5},{\"id\":2,\"x\":2.5}]";

  @Override
  protected ParallaxOptions options() {
    return new ParallaxOptions().setMaxFrameBytes(MAX_FRAME);
  }

  private WireClient withTable() throws Exception {
    WireClient c = client();
    assertMade(c, makeIndexedTable("t", rows(ROWS), "id"));
    assertTrue(c.call(makeView("t", "v", Wire.ViewConfig.getDefaultInstance())).hasTableMakeViewResp());
    return c;
  }

  /** The session that erred still works, its table is unchanged, and another session is served. */
  private void assertUnharmed(WireClient c) throws Exception {
    assertEquals("[{\"id\":1,\"x\":1.5},{\"id\":2,\"x\":2.5}]", viewRows(c, "v"));
    assertAnotherSessionIsServed();
  }

  @Test
  void garbledFrameIsAnError() throws Exception {
    WireClient c = withTable();
    c.sendRaw(Buffer.buffer(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07, 0x13}));
    assertTrue(error(c.await(0)).getMessage().contains("Malformed"));
    assertUnharmed(c);
  }

  @Test
  void truncatedFrameIsAnError() throws Exception {
    WireClient c = withTable();
    byte[] whole = Requests.update("t", "[{\"id\":1,\"x\":9}]").setMsgId(77).build().toByteArray();
    c.sendRaw(Buffer.buffer(Arrays.copyOf(whole, whole.length - 5)));
    assertTrue(error(c.await(0)).getMessage().contains("Malformed"));
    assertUnharmed(c);
  }

  @Test
  void unknownMessageTypeIsAnErrorWithItsMsgId() throws Exception {
    WireClient c = withTable();
    // Field 60 is no request type: a valid protobuf message the server cannot serve.
    byte[] unknown = {0x08, 0x2a, (byte) 0xe2, 0x03, 0x00};
    c.sendRaw(Buffer.buffer(unknown));
    Wire.ServerError e = error(c.await(42));
    assertTrue(e.getMessage().contains("Unknown"), e.getMessage());
    assertUnharmed(c);
  }

  @Test
  void emptyFrameIsAnErrorForMsgIdZero() throws Exception {
    WireClient c = withTable();
    c.sendRaw(Buffer.buffer());
    assertTrue(error(c.await(0)).getMessage().contains("Unknown"));
    assertUnharmed(c);
  }

  @Test
  void textFrameIsAnError() throws Exception {
    WireClient c = withTable();
    c.sendText("{\"cmd\":\"table\"}");
    assertTrue(error(c.await(0)).getMessage().contains("binary"));
    assertUnharmed(c);
  }

  @Test
  void oversizeFrameIsAnErrorAndTheConnectionStays() throws Exception {
    WireClient c = withTable();
    StringBuilder big = new StringBuilder("[");
    while (big.length() < MAX_FRAME + 1000) {
      big.append("{\"id\":9,\"x\":1.0},");
    }
    big.setLength(big.length() - 1);
    c.send(Requests.update("t", big.append(']').toString()));
    assertTrue(error(c.await(0)).getMessage().contains("over the limit"));
    assertFalse(c.isClosed());
    assertUnharmed(c);
  }

  @Test
  void unknownTableIsAnError() throws Exception {
    WireClient c = withTable();
    assertTrue(error(c.call(Requests.size("nope"))).getMessage().contains("nope"));
    assertUnharmed(c);
  }

  @Test
  void unknownViewIsViewNotFound() throws Exception {
    WireClient c = withTable();
    Wire.ServerError e = error(c.call(Requests.toRows("no-such-view")));
    assertEquals(Wire.StatusCode.VIEW_NOT_FOUND, e.getStatusCode());
    assertUnharmed(c);
  }

  @Test
  void viewsOfAnotherSessionAreNotVisible() throws Exception {
    WireClient c = withTable();
    WireClient other = client();
    assertEquals(Wire.StatusCode.VIEW_NOT_FOUND, error(other.call(Requests.toRows("v"))).getStatusCode());
    assertUnharmed(c);
  }

  @Test
  void viewOfAnUnknownColumnIsAnErrorAndMakesNoView() throws Exception {
    WireClient c = withTable();
    Wire.ViewConfig bad = Wire.ViewConfig.newBuilder().setColumns(Wire.ColumnsUpdate.newBuilder()
        .setColumns(Wire.ColumnsUpdate.Columns.newBuilder().addColumns("nope"))).build();
    assertTrue(error(c.call(makeView("t", "bad", bad))).getMessage().contains("nope"));
    assertEquals(Wire.StatusCode.VIEW_NOT_FOUND, error(c.call(Requests.toRows("bad"))).getStatusCode());
    assertUnharmed(c);
  }

  @Test
  void filterWithAnUnknownOperatorIsAnError() throws Exception {
    WireClient c = withTable();
    Wire.ViewConfig bad = Wire.ViewConfig.newBuilder().addFilter(Wire.ViewConfig.Filter.newBuilder()
        .setColumn("x").setOp("~~").addValue(Wire.Scalar.newBuilder().setFloat(1))).build();
    error(c.call(makeView("t", "bad", bad)));
    assertUnharmed(c);
  }

  @Test
  void sortByAnUnknownDirectionNumberIsAnError() throws Exception {
    WireClient c = withTable();
    Wire.ViewConfig bad = Wire.ViewConfig.newBuilder().addSort(Wire.ViewConfig.Sort.newBuilder()
        .setColumn("x").setOpValue(99)).build();
    assertTrue(error(c.call(makeView("t", "bad", bad))).getMessage().contains("99"));
    assertUnharmed(c);
  }

  @Test
  void everyKindOfBadViewConfigIsAClearError() throws Exception {
    WireClient c = withTable();
    Wire.Scalar one = Wire.Scalar.newBuilder().setFloat(1).build();
    Wire.Scalar text = Wire.Scalar.newBuilder().setString("x").build();
    java.util.List<Wire.ViewConfig> bad = java.util.List.of(
        Wire.ViewConfig.newBuilder().addFilter(Wire.ViewConfig.Filter.newBuilder().setColumn("x").setOp(">")
            .addValue(text)).build(),
        Wire.ViewConfig.newBuilder().addFilter(Wire.ViewConfig.Filter.newBuilder().setColumn("x").setOp(">")
            .addValue(one).addValue(one)).build(),
        Wire.ViewConfig.newBuilder().addFilter(Wire.ViewConfig.Filter.newBuilder().setColumn("nope").setOp("==")
            .addValue(one)).build(),
        Wire.ViewConfig.newBuilder().addSort(Wire.ViewConfig.Sort.newBuilder().setColumn("nope")).build(),
        Wire.ViewConfig.newBuilder().putExpressions("e", "\"x\" +").build(),
        Wire.ViewConfig.newBuilder().putExpressions("e", "\"nope\" * 2").build(),
        Wire.ViewConfig.newBuilder().addGroupBy("nope").build(),
        Wire.ViewConfig.newBuilder().addGroupBy("id").putAggregates("x",
            Wire.ViewConfig.AggList.newBuilder().addAggregations("no such aggregate").build()).build(),
        Wire.ViewConfig.newBuilder().putWindows("w", Wire.WindowSpec.newBuilder().setSource("x").setOp("median").build())
            .build(),
        Wire.ViewConfig.newBuilder().putWindows("w", Wire.WindowSpec.newBuilder().setSource("nope").setOp("sum").build())
            .build(),
        Wire.ViewConfig.newBuilder().putWindows("x", Wire.WindowSpec.newBuilder().setSource("x").setOp("sum").build())
            .build(),
        Wire.ViewConfig.newBuilder().putWindows("w", Wire.WindowSpec.newBuilder().setSource("x").setOp("lag")
            .setRows(2).build()).build(),
        Wire.ViewConfig.newBuilder().putWindows("w", Wire.WindowSpec.newBuilder().setSource("x").setOp("ema")
            .setAlpha(2).build()).build());
    int n = 0;
    for (Wire.ViewConfig config : bad) {
      Wire.ServerError e = error(c.call(makeView("t", "bad" + n++, config)));
      assertFalse(e.getMessage().startsWith("Internal error"), config + " gave " + e.getMessage());
    }
    assertUnharmed(c);
  }

  @Test
  void duplicateViewIdIsAnError() throws Exception {
    WireClient c = withTable();
    assertTrue(error(c.call(makeView("t", "v", Wire.ViewConfig.getDefaultInstance()))).getMessage().contains("v"));
    assertUnharmed(c);
  }

  @Test
  void malformedJsonUpdateIsAnErrorAndChangesNothing() throws Exception {
    WireClient c = withTable();
    error(c.call(Requests.update("t", "[{\"id\":1,\"x\":")));
    assertUnharmed(c);
  }

  @Test
  void updateWithAValueOfTheWrongTypeChangesNothing() throws Exception {
    WireClient c = withTable();
    error(c.call(Requests.update("t", "[{\"id\":1,\"x\":3.5},{\"id\":2,\"x\":\"lots\"}]")));
    assertUnharmed(c);
  }

  @Test
  void updateWithAnUnknownColumnChangesNothing() throws Exception {
    WireClient c = withTable();
    assertTrue(error(c.call(Requests.update("t", "[{\"id\":1,\"nope\":3}]"))).getMessage().contains("nope"));
    assertUnharmed(c);
  }

  @Test
  void malformedCsvTableIsAnErrorAndHostsNothing() throws Exception {
    WireClient c = withTable();
    error(c.call(makeTable("badcsv", csv(""))));
    assertTrue(error(c.call(Requests.size("badcsv"))).getMessage().contains("badcsv"));
    assertUnharmed(c);
  }

  @Test
  void garbageArrowIsAnError() throws Exception {
    WireClient c = withTable();
    error(c.call(makeTable("badarrow", Wire.MakeTableData.newBuilder()
        .setFromArrow(com.google.protobuf.ByteString.copyFromUtf8("not arrow at all")).build())));
    assertUnharmed(c);
  }

  @Test
  void tableWithoutDataIsAnError() throws Exception {
    WireClient c = withTable();
    assertTrue(error(c.call(makeTable("nodata", Wire.MakeTableData.getDefaultInstance())))
        .getMessage().contains("missing"));
    assertUnharmed(c);
  }

  @Test
  void duplicateTableNameIsAnErrorAndKeepsTheFirst() throws Exception {
    WireClient c = withTable();
    assertTrue(error(c.call(makeTable("t", rows("[{\"a\":1}]")))).getMessage().contains("already exists"));
    assertUnharmed(c);
  }

  @Test
  void indexColumnNotInTheDataIsAnError() throws Exception {
    WireClient c = withTable();
    error(c.call(makeIndexedTable("noindex", rows("[{\"a\":1}]"), "missing")));
    assertUnharmed(c);
  }

  @Test
  void removeWithKeysOfTheWrongShapeIsAnError() throws Exception {
    WireClient c = withTable();
    error(c.call(to("t").setTableRemoveReq(Wire.TableRemoveReq.newBuilder().setData(rows("{\"id\":1}")))));
    error(c.call(to("t").setTableRemoveReq(Wire.TableRemoveReq.newBuilder().setData(csv("id\n1")))));
    assertUnharmed(c);
  }

  @Test
  void updateOnAnUnknownPortIsAnError() throws Exception {
    WireClient c = withTable();
    assertTrue(error(c.call(to("t").setTableUpdateReq(Wire.TableUpdateReq.newBuilder()
        .setData(rows("[{\"id\":1,\"x\":7}]")).setPortId(9)))).getMessage().contains("port"));
    assertUnharmed(c);
  }

  @Test
  void minMaxOfAnUnknownColumnIsAnError() throws Exception {
    WireClient c = withTable();
    error(c.call(to("v").setViewGetMinMaxReq(Wire.ViewGetMinMaxReq.newBuilder().setColumnName("nope"))));
    assertUnharmed(c);
  }
}
