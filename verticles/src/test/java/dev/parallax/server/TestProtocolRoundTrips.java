package dev.parallax.server;

import static dev.parallax.server.Requests.columns;
import static dev.parallax.server.Requests.csv;
import static dev.parallax.server.Requests.makeIndexedTable;
import static dev.parallax.server.Requests.makeTable;
import static dev.parallax.server.Requests.makeView;
import static dev.parallax.server.Requests.rows;
import static dev.parallax.server.Requests.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.parallax.server.protocol.wire.Wire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every request type, sent over a real WebSocket to a real server, and its reply. */
class TestProtocolRoundTrips extends ServerTestBase {
  private static final String QUOTES = "[{\"id\":1,\"sym\":\"A\",\"px\":1.5},{\"id\":2,\"sym\":\"B\",\"px\":2.5},"
      + "{\"id\":3,\"sym\":\"C\",\"px\":0.5}]";

  private WireClient quotes() throws Exception {
    WireClient c = client();
    assertMade(c, makeIndexedTable("q", rows(QUOTES), "id"));
    return c;
  }

  @Test
  void repliesEchoTheMsgIdAndEntityId() throws Exception {
    WireClient c = quotes();
    int id = c.send(Requests.size("q"));
    Wire.Response r = c.await(id);
    assertEquals(id, r.getMsgId());
    assertEquals("q", r.getEntityId());
  }

  @Test
  void getFeaturesAdvertisesPivotsSortAggregatesAndFilterOperatorsPerType() throws Exception {
    Wire.GetFeaturesResp f = client().call(to("").setGetFeaturesReq(Wire.GetFeaturesReq.getDefaultInstance()))
        .getGetFeaturesResp();
    assertTrue(f.getSort());
    assertTrue(f.getOnUpdate());
    assertTrue(f.getExpressions());
    assertTrue(f.getGroupBy());
    assertTrue(f.getSplitBy());
    assertEquals(3, f.getGroupRollupModeCount());
    assertEquals(2, f.getSplitRollupModeCount());
    assertEquals(6, f.getAggregatesCount());
    java.util.List<Wire.GetFeaturesResp.AggregateArgs> floats =
        f.getAggregatesOrThrow(Wire.ColumnType.FLOAT_VALUE).getAggregatesList();
    assertTrue(floats.stream().anyMatch(a -> a.getName().equals("sum") && a.getArgsCount() == 0));
    assertTrue(floats.stream().anyMatch(a -> a.getName().equals("weighted mean")
        && a.getArgsList().equals(java.util.List.of(Wire.ColumnType.FLOAT))));
    assertFalse(f.getAggregatesOrThrow(Wire.ColumnType.STRING_VALUE).getAggregatesList().stream()
        .anyMatch(a -> a.getName().equals("sum")));
    assertEquals(6, f.getWindowAggregatesCount());
    assertTrue(f.getWindowAggregatesOrThrow(Wire.ColumnType.FLOAT_VALUE).getOptionsList().stream()
        .anyMatch(a -> a.getName().equals("ema") && a.getAlpha() && a.getFramesCount() == 0));
    assertTrue(f.getFilterOpsOrThrow(Wire.ColumnType.STRING_VALUE).getOptionsList().contains("begins with"));
    assertFalse(f.getFilterOpsOrThrow(Wire.ColumnType.FLOAT_VALUE).getOptionsList().contains("contains"));
    assertEquals(6, f.getFilterOpsCount());
  }

  @Test
  void makeTableFromRowsHasItsSizeAndSchema() throws Exception {
    WireClient c = quotes();
    assertEquals(3, c.call(Requests.size("q")).getTableSizeResp().getSize());
    Wire.Schema s = c.call(to("q").setTableSchemaReq(Wire.TableSchemaReq.getDefaultInstance()))
        .getTableSchemaResp().getSchema();
    assertEquals("id", s.getSchema(0).getName());
    assertEquals(Wire.ColumnType.INTEGER, s.getSchema(0).getType());
    assertEquals(Wire.ColumnType.STRING, s.getSchema(1).getType());
    assertEquals(Wire.ColumnType.FLOAT, s.getSchema(2).getType());
  }

  @Test
  void makeTableFromEachFormat() throws Exception {
    WireClient c = client();
    assertMade(c, makeTable("csv", csv("a,b\n1,x\n2,y\n")));
    assertMade(c, makeTable("cols", Wire.MakeTableData.newBuilder().setFromCols("{\"a\":[1,2]}").build()));
    assertMade(c, makeTable("nd", Wire.MakeTableData.newBuilder().setFromNdjson("{\"a\":1}\n{\"a\":2}").build()));
    assertMade(c, makeTable("schema", Wire.MakeTableData.newBuilder().setFromSchema(Wire.Schema.newBuilder()
        .addSchema(Wire.Schema.KeyTypePair.newBuilder().setName("a").setType(Wire.ColumnType.DATETIME))).build()));
    assertEquals(2, c.call(Requests.size("csv")).getTableSizeResp().getSize());
    assertEquals(2, c.call(Requests.size("cols")).getTableSizeResp().getSize());
    assertEquals(2, c.call(Requests.size("nd")).getTableSizeResp().getSize());
    assertEquals(0, c.call(Requests.size("schema")).getTableSizeResp().getSize());
  }

  @Test
  void makeTableFromArrowAndFromAView() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", columns("sym", "px")));
    byte[] arrow = c.call(to("v").setViewToArrowReq(Wire.ViewToArrowReq.newBuilder()
        .setViewport(Wire.ViewPort.getDefaultInstance()))).getViewToArrowResp().getArrow().toByteArray();
    assertMade(c, makeTable("fromArrow", Wire.MakeTableData.newBuilder().setFromArrow(ByteString.copyFrom(arrow)).build()));
    assertMade(c, makeTable("fromView", Wire.MakeTableData.newBuilder().setFromView("v").build()));
    for (String t : List.of("fromArrow", "fromView")) {
      c.call(makeView(t, t + "v", Wire.ViewConfig.getDefaultInstance()));
      assertEquals("[{\"sym\":\"A\",\"px\":1.5},{\"sym\":\"B\",\"px\":2.5},{\"sym\":\"C\",\"px\":0.5}]", viewRows(c, t + "v"));
    }
  }

  @Test
  void hostedTablesListNamesWithIndexAndLimit() throws Exception {
    WireClient c = quotes();
    assertMade(c, to("ring").setMakeTableReq(Wire.MakeTableReq.newBuilder().setData(rows("[{\"a\":1}]"))
        .setOptions(Wire.MakeTableReq.MakeTableOptions.newBuilder().setMakeLimitTable(5))));
    List<Wire.HostedTable> infos = c.call(to("").setGetHostedTablesReq(Wire.GetHostedTablesReq.getDefaultInstance()))
        .getGetHostedTablesResp().getTableInfosList();
    Wire.HostedTable q = infos.stream().filter(t -> t.getEntityId().equals("q")).findFirst().orElseThrow();
    Wire.HostedTable ring = infos.stream().filter(t -> t.getEntityId().equals("ring")).findFirst().orElseThrow();
    assertEquals("id", q.getIndex());
    assertFalse(q.hasLimit());
    assertEquals(5, ring.getLimit());
    assertFalse(ring.hasIndex());
  }

  @Test
  void viewOutputsHonourTheViewport() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.newBuilder().addSort(Wire.ViewConfig.Sort.newBuilder()
        .setColumn("px").setOp(Wire.SortOp.SORT_DESC)).build()));
    Wire.ViewPort port = Wire.ViewPort.newBuilder().setStartRow(0).setEndRow(2).setStartCol(1).build();
    assertEquals("[{\"sym\":\"B\",\"px\":2.5},{\"sym\":\"A\",\"px\":1.5}]",
        c.call(to("v").setViewToRowsStringReq(Wire.ViewToRowsStringReq.newBuilder().setViewport(port)))
            .getViewToRowsStringResp().getJsonString());
    assertEquals("{\"sym\":[\"B\",\"A\"],\"px\":[2.5,1.5]}",
        c.call(to("v").setViewToColumnsStringReq(Wire.ViewToColumnsStringReq.newBuilder().setViewport(port)))
            .getViewToColumnsStringResp().getJsonString());
    assertEquals("{\"sym\":\"B\",\"px\":2.5}\n{\"sym\":\"A\",\"px\":1.5}",
        c.call(to("v").setViewToNdjsonStringReq(Wire.ViewToNdjsonStringReq.newBuilder().setViewport(port)))
            .getViewToNdjsonStringResp().getNdjsonString());
    assertEquals("\"sym\",\"px\"\n\"B\",2.5\n\"A\",1.5\n",
        c.call(to("v").setViewToCsvReq(Wire.ViewToCSVReq.newBuilder().setViewport(port)))
            .getViewToCsvResp().getCsv());
    byte[] arrow = c.call(to("v").setViewToArrowReq(Wire.ViewToArrowReq.newBuilder().setViewport(port)))
        .getViewToArrowResp().getArrow().toByteArray();
    assertEquals(-1, (arrow[0] & arrow[1] & arrow[2] & arrow[3]), "an Arrow IPC stream starts with a continuation marker");
  }

  @Test
  void aViewWithoutColumnsListsItsRowIdsWhenAsked() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", columns()));
    String json = c.call(to("v").setViewToRowsStringReq(Wire.ViewToRowsStringReq.newBuilder()
        .setViewport(Wire.ViewPort.newBuilder().setEndRow(2)).setId(true)))
        .getViewToRowsStringResp().getJsonString();
    assertEquals("[{\"__ID__\":[1]},{\"__ID__\":[2]}]", json);
  }

  @Test
  void aViewWithoutColumnsWritesNoRows() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", columns()));
    assertEquals("[]", c.call(Requests.toRows("v")).getViewToRowsStringResp().getJsonString());
    assertEquals("", c.call(to("v").setViewToCsvReq(Wire.ViewToCSVReq.getDefaultInstance()))
        .getViewToCsvResp().getCsv());
    assertEquals("", c.call(to("v").setViewToNdjsonStringReq(Wire.ViewToNdjsonStringReq.getDefaultInstance()))
        .getViewToNdjsonStringResp().getNdjsonString());
  }

  @Test
  void rowsWithIdAndIndexCarryTheKeys() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", columns("sym")));
    String json = c.call(to("v").setViewToRowsStringReq(Wire.ViewToRowsStringReq.newBuilder()
        .setViewport(Wire.ViewPort.newBuilder().setEndRow(1)).setId(true).setIndex(true)))
        .getViewToRowsStringResp().getJsonString();
    assertEquals("[{\"__ID__\":[1],\"__INDEX__\":[1],\"sym\":\"A\"}]", json);
  }

  @Test
  void viewSchemaDimensionsConfigAndColumnPaths() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", columns("px", "sym")));
    Map<String, Wire.ColumnType> schema = c.call(to("v").setViewSchemaReq(Wire.ViewSchemaReq.getDefaultInstance()))
        .getViewSchemaResp().getSchemaMap();
    assertEquals(Map.of("px", Wire.ColumnType.FLOAT, "sym", Wire.ColumnType.STRING), schema);
    Wire.ViewDimensionsResp d = c.call(to("v").setViewDimensionsReq(Wire.ViewDimensionsReq.getDefaultInstance()))
        .getViewDimensionsResp();
    assertEquals(List.of(3, 3, 3, 2), List.of(d.getNumTableRows(), d.getNumTableColumns(), d.getNumViewRows(),
        d.getNumViewColumns()));
    Wire.ViewConfig config = c.call(to("v").setViewGetConfigReq(Wire.ViewGetConfigReq.getDefaultInstance()))
        .getViewGetConfigResp().getConfig();
    assertEquals(List.of("px", "sym"), config.getColumns().getColumns().getColumnsList());
    assertEquals(List.of("sym"), c.call(to("v").setViewColumnPathsReq(Wire.ViewColumnPathsReq.newBuilder()
        .setStartCol(1))).getViewColumnPathsResp().getPathsList());
    assertTrue(c.call(to("v").setViewExpressionSchemaReq(Wire.ViewExpressionSchemaReq.getDefaultInstance()))
        .getViewExpressionSchemaResp().getSchemaMap().isEmpty());
  }

  @Test
  void filterAndSortTravelInTheViewConfig() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.newBuilder()
        .setColumns(Wire.ColumnsUpdate.newBuilder().setColumns(Wire.ColumnsUpdate.Columns.newBuilder().addColumns("id")))
        .addFilter(Wire.ViewConfig.Filter.newBuilder().setColumn("sym").setOp("in")
            .addValue(Wire.Scalar.newBuilder().setString("A")).addValue(Wire.Scalar.newBuilder().setString("C")))
        .addSort(Wire.ViewConfig.Sort.newBuilder().setColumn("id").setOp(Wire.SortOp.SORT_DESC)).build()));
    assertEquals("[{\"id\":3},{\"id\":1}]", viewRows(c, "v"));
  }

  @Test
  void computedColumnsAreViewColumnsWithAnExpressionSchema() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.newBuilder().putExpressions("double", "\"px\" * 2")
        .setColumns(Wire.ColumnsUpdate.newBuilder().setColumns(Wire.ColumnsUpdate.Columns.newBuilder()
            .addColumns("id").addColumns("double")))
        .addSort(Wire.ViewConfig.Sort.newBuilder().setColumn("double").setOp(Wire.SortOp.SORT_ASC)).build()));
    assertEquals("[{\"id\":3,\"double\":1.0},{\"id\":1,\"double\":3.0},{\"id\":2,\"double\":5.0}]",
        viewRows(c, "v"));
    assertEquals(Map.of("double", Wire.ColumnType.FLOAT), c.call(to("v")
        .setViewExpressionSchemaReq(Wire.ViewExpressionSchemaReq.getDefaultInstance()))
        .getViewExpressionSchemaResp().getSchemaMap());
  }

  @Test
  void windowColumnsTravelInTheViewConfigAndGetConfigLeavesThemOut() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.newBuilder().putWindows("cum", Wire.WindowSpec.newBuilder()
            .setSource("px").setOp("sum").setOrderBy(Wire.WindowSpec.Order.newBuilder().setColumn("id"))
            .setCumulative(com.google.protobuf.NullValue.NULL_VALUE).build())
        .setColumns(Wire.ColumnsUpdate.newBuilder().setColumns(Wire.ColumnsUpdate.Columns.newBuilder()
            .addColumns("id").addColumns("cum"))).build()));
    assertEquals("[{\"id\":1,\"cum\":1.5},{\"id\":2,\"cum\":4.0},{\"id\":3,\"cum\":4.5}]", viewRows(c, "v"));
    Wire.ViewConfig config = c.call(to("v").setViewGetConfigReq(Wire.ViewGetConfigReq.getDefaultInstance()))
        .getViewGetConfigResp().getConfig();
    assertEquals(0, config.getWindowsCount());
    assertEquals(List.of("id", "cum"), config.getColumns().getColumns().getColumnsList());
  }

  @Test
  void groupByViewHasRowPathsAndExpandsAndCollapses() throws Exception {
    WireClient c = client();
    assertMade(c, makeTable("g", rows("[{\"k\":\"a\",\"s\":\"x\",\"n\":1},{\"k\":\"a\",\"s\":\"y\",\"n\":2},"
        + "{\"k\":\"b\",\"s\":\"x\",\"n\":4}]")));
    c.call(makeView("g", "gv", Wire.ViewConfig.newBuilder().addGroupBy("k").addGroupBy("s")
        .setColumns(Wire.ColumnsUpdate.newBuilder().setColumns(Wire.ColumnsUpdate.Columns.newBuilder().addColumns("n")))
        .build()));
    assertEquals("[{\"__ROW_PATH__\":[],\"n\":7},{\"__ROW_PATH__\":[\"a\"],\"n\":3},"
        + "{\"__ROW_PATH__\":[\"a\",\"x\"],\"n\":1},{\"__ROW_PATH__\":[\"a\",\"y\"],\"n\":2},"
        + "{\"__ROW_PATH__\":[\"b\"],\"n\":4},{\"__ROW_PATH__\":[\"b\",\"x\"],\"n\":4}]", viewRows(c, "gv"));
    assertEquals(2, c.call(to("gv").setViewCollapseReq(Wire.ViewCollapseReq.newBuilder().setRowIndex(1)))
        .getViewCollapseResp().getNumChanged());
    assertEquals(2, c.call(to("gv").setViewExpandReq(Wire.ViewExpandReq.newBuilder().setRowIndex(1)))
        .getViewExpandResp().getNumChanged());
    // Depth 0 shows the first group_by level only, as in Perspective: the total and two groups.
    c.call(to("gv").setViewSetDepthReq(Wire.ViewSetDepthReq.newBuilder().setDepth(0)));
    assertEquals(3, c.call(to("gv").setViewDimensionsReq(Wire.ViewDimensionsReq.getDefaultInstance()))
        .getViewDimensionsResp().getNumViewRows());
  }

  @Test
  void minMaxOfAColumn() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.getDefaultInstance()));
    Wire.ViewGetMinMaxResp mm = c.call(to("v").setViewGetMinMaxReq(Wire.ViewGetMinMaxReq.newBuilder()
        .setColumnName("px"))).getViewGetMinMaxResp();
    assertEquals(0.5, mm.getMin().getFloat());
    assertEquals(2.5, mm.getMax().getFloat());
  }

  @Test
  void expandCollapseAndSetDepthOfAFlatViewChangeNothing() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.getDefaultInstance()));
    assertEquals(0, c.call(to("v").setViewExpandReq(Wire.ViewExpandReq.newBuilder().setRowIndex(0)))
        .getViewExpandResp().getNumChanged());
    assertEquals(0, c.call(to("v").setViewCollapseReq(Wire.ViewCollapseReq.newBuilder().setRowIndex(0)))
        .getViewCollapseResp().getNumChanged());
    assertTrue(c.call(to("v").setViewSetDepthReq(Wire.ViewSetDepthReq.newBuilder().setDepth(1))).hasViewSetDepthResp());
    assertEquals(3, c.call(to("v").setViewDimensionsReq(Wire.ViewDimensionsReq.getDefaultInstance()))
        .getViewDimensionsResp().getNumViewRows());
  }

  @Test
  void updateRemoveAndReplaceChangeTheTable() throws Exception {
    WireClient c = quotes();
    assertTrue(c.call(Requests.update("q", "[{\"id\":4,\"sym\":\"D\",\"px\":4.5},{\"id\":1,\"px\":9}]")).hasTableUpdateResp());
    assertEquals(4, c.call(Requests.size("q")).getTableSizeResp().getSize());
    assertTrue(c.call(to("q").setTableRemoveReq(Wire.TableRemoveReq.newBuilder().setData(rows("[2,3]"))))
        .hasTableRemoveResp());
    c.call(makeView("q", "v", columns("id", "px")));
    assertEquals("[{\"id\":1,\"px\":9.0},{\"id\":4,\"px\":4.5}]", viewRows(c, "v"));
    assertTrue(c.call(to("q").setTableReplaceReq(Wire.TableReplaceReq.newBuilder()
        .setData(csv("id,sym,px\n7,Z,7.5\n")))).hasTableReplaceResp());
    assertEquals("[{\"id\":7,\"px\":7.5}]", viewRows(c, "v"));
  }

  @Test
  void replaceWithNoRowsClearsTheTable() throws Exception {
    WireClient c = quotes();
    c.call(to("q").setTableReplaceReq(Wire.TableReplaceReq.newBuilder().setData(rows("[]"))));
    assertEquals(0, c.call(Requests.size("q")).getTableSizeResp().getSize());
  }

  @Test
  void makePortNumbersPortsFromOne() throws Exception {
    WireClient c = quotes();
    Wire.Request.Builder port = to("q").setTableMakePortReq(Wire.TableMakePortReq.getDefaultInstance());
    assertEquals(1, c.call(port).getTableMakePortResp().getPortId());
    assertEquals(2, c.call(port).getTableMakePortResp().getPortId());
  }

  @Test
  void validateExpressionsTypesTheValidAndLocatesTheInvalid() throws Exception {
    WireClient c = quotes();
    Wire.TableValidateExprResp r = c.call(to("q").setTableValidateExprReq(Wire.TableValidateExprReq.newBuilder()
        .putColumnToExpr("double", "\"px\" * 2").putColumnToExpr("bad", "\"nope\" + 1")))
        .getTableValidateExprResp();
    assertEquals(Map.of("double", Wire.ColumnType.FLOAT), r.getExpressionSchemaMap());
    assertTrue(r.getErrorsOrThrow("bad").getErrorMessage().contains("nope"));
    assertEquals(Map.of("double", "\"px\" * 2", "bad", "\"nope\" + 1"), r.getExpressionAliasMap());
  }

  @Test
  void systemInfoReportsTheHeap() throws Exception {
    Wire.ServerSystemInfoResp info = client().call(to("")
        .setServerSystemInfoReq(Wire.ServerSystemInfoReq.getDefaultInstance())).getServerSystemInfoResp();
    assertTrue(info.getHeapSize() > 0);
    assertTrue(info.getUsedSize() > 0 && info.getUsedSize() <= info.getHeapSize());
  }

  @Test
  void deletedViewIsNotFoundAfterwards() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.getDefaultInstance()));
    assertTrue(c.call(to("v").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance())).hasViewDeleteResp());
    assertEquals(Wire.StatusCode.VIEW_NOT_FOUND, error(c.call(Requests.toRows("v"))).getStatusCode());
  }

  @Test
  void tableWithViewsIsNotDeletedAndWithoutIsGone() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.getDefaultInstance()));
    Wire.Request.Builder delete = to("q").setTableDeleteReq(Wire.TableDeleteReq.newBuilder().setIsImmediate(true));
    assertTrue(error(c.call(delete)).getMessage().contains("view"));
    c.call(to("v").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance()));
    assertTrue(c.call(delete).hasTableDeleteResp());
    assertTrue(c.call(to("").setGetHostedTablesReq(Wire.GetHostedTablesReq.getDefaultInstance()))
        .getGetHostedTablesResp().getTableInfosList().isEmpty());
  }

  @Test
  void lazyDeleteKeepsServingUntilTheLastViewGoesAndAnswersThen() throws Exception {
    WireClient c = quotes();
    c.call(makeView("q", "v", Wire.ViewConfig.getDefaultInstance()));
    int deleting = c.send(to("q").setTableDeleteReq(Wire.TableDeleteReq.newBuilder().setIsImmediate(false)));
    assertEquals(3, c.call(Requests.size("q")).getTableSizeResp().getSize());
    assertTrue(c.call(makeView("q", "w", columns("sym"))).hasTableMakeViewResp());
    c.call(to("v").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance()));
    assertEquals(0, c.count(deleting), "answered while a view was still open");
    c.call(to("w").setViewDeleteReq(Wire.ViewDeleteReq.getDefaultInstance()));
    assertTrue(c.await(deleting).hasTableDeleteResp());
    assertTrue(c.call(to("").setGetHostedTablesReq(Wire.GetHostedTablesReq.getDefaultInstance()))
        .getGetHostedTablesResp().getTableInfosList().isEmpty());
  }

  @Test
  void lazyDeleteHappensWhenTheSessionHoldingTheViewCloses() throws Exception {
    WireClient viewer = quotes();
    viewer.call(makeView("q", "v", Wire.ViewConfig.getDefaultInstance()));
    WireClient deleter = client();
    int deleting = deleter.send(to("q").setTableDeleteReq(Wire.TableDeleteReq.newBuilder().setIsImmediate(false)));
    viewer.close();
    assertTrue(deleter.await(deleting).hasTableDeleteResp());
  }

  @Test
  void pipelinedCallsWaitForTheTableAndViewTheyFollow() throws Exception {
    WireClient c = client();
    int made = c.send(makeIndexedTable("p", rows(QUOTES), "id"));
    int updated = c.send(Requests.update("p", "[{\"id\":4,\"sym\":\"D\",\"px\":4.5}]"));
    int viewed = c.send(makeView("p", "pv", columns("id")));
    int read = c.send(Requests.toRows("pv"));
    assertTrue(c.await(made).hasMakeTableResp());
    assertTrue(c.await(updated).hasTableUpdateResp());
    assertTrue(c.await(viewed).hasTableMakeViewResp());
    assertEquals("[{\"id\":1},{\"id\":2},{\"id\":3},{\"id\":4}]",
        c.await(read).getViewToRowsStringResp().getJsonString());
  }

  @Test
  void joinsAreRefusedClearly() throws Exception {
    Wire.Response r = client().call(to("j").setMakeJoinTableReq(Wire.MakeJoinTableReq.newBuilder()
        .setLeftTableId("a").setRightTableId("b").setOnColumn("id")));
    assertTrue(error(r).getMessage().contains("Joins"));
  }
}
