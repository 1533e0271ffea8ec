package dev.parallax.server;

import dev.parallax.server.protocol.wire.Wire;

/** Request builders for the tests, one per protocol call used. */
final class Requests {
  private Requests() {
  }

  static Wire.Request.Builder to(String entity) {
    return Wire.Request.newBuilder().setEntityId(entity);
  }

  static Wire.Request.Builder makeTable(String name, Wire.MakeTableData data) {
    return to(name).setMakeTableReq(Wire.MakeTableReq.newBuilder().setData(data));
  }

  static Wire.Request.Builder makeIndexedTable(String name, Wire.MakeTableData data, String index) {
    return to(name).setMakeTableReq(Wire.MakeTableReq.newBuilder().setData(data)
        .setOptions(Wire.MakeTableReq.MakeTableOptions.newBuilder().setMakeIndexTable(index)));
  }

  static Wire.MakeTableData rows(String json) {
    return Wire.MakeTableData.newBuilder().setFromRows(json).build();
  }

  static Wire.MakeTableData csv(String csv) {
    return Wire.MakeTableData.newBuilder().setFromCsv(csv).build();
  }

  /** A view config listing only {@code names} as its columns. */
  static Wire.ViewConfig columns(String... names) {
    return Wire.ViewConfig.newBuilder().setColumns(Wire.ColumnsUpdate.newBuilder()
        .setColumns(Wire.ColumnsUpdate.Columns.newBuilder().addAllColumns(java.util.List.of(names)))).build();
  }

  static Wire.Request.Builder makeView(String table, String viewId, Wire.ViewConfig config) {
    return to(table).setTableMakeViewReq(Wire.TableMakeViewReq.newBuilder().setViewId(viewId).setConfig(config));
  }

  static Wire.Request.Builder update(String table, String json) {
    return to(table).setTableUpdateReq(Wire.TableUpdateReq.newBuilder().setData(rows(json)));
  }

  static Wire.Request.Builder toRows(String view) {
    return to(view).setViewToRowsStringReq(Wire.ViewToRowsStringReq.newBuilder()
        .setViewport(Wire.ViewPort.getDefaultInstance()));
  }

  static Wire.Request.Builder size(String table) {
    return to(table).setTableSizeReq(Wire.TableSizeReq.getDefaultInstance());
  }

  static Wire.Request.Builder onUpdate(String view, boolean rows) {
    Wire.ViewOnUpdateReq.Builder b = Wire.ViewOnUpdateReq.newBuilder();
    if (rows) {
      b.setMode(Wire.ViewOnUpdateReq.Mode.ROW);
    }
    return to(view).setViewOnUpdateReq(b);
  }
}
