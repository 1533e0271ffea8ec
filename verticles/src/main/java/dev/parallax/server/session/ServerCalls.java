package dev.parallax.server.session;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.server.protocol.Responses;
import dev.parallax.server.protocol.WireTypes;
import dev.parallax.server.protocol.wire.Wire;
import dev.parallax.server.verticle.Features;
import dev.parallax.server.verticle.TableData;
import dev.parallax.server.verticle.TableVerticle;
import io.vertx.core.Future;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The calls addressed to the server itself: features, hosted tables, make table, system info. */
final class ServerCalls {
  private final Session session;

  ServerCalls(Session session) {
    this.session = session;
  }

  Future<Wire.Response> handle(Wire.Request req) {
    switch (req.getClientReqCase()) {
      case GET_FEATURES_REQ:
        return Future.succeededFuture(Responses.to(req).setGetFeaturesResp(Features.get()).build());
      case GET_HOSTED_TABLES_REQ:
        return hostedTables(req);
      case REMOVE_HOSTED_TABLES_UPDATE_REQ:
        session.endSubscription(req.getRemoveHostedTablesUpdateReq().getId());
        return Future.succeededFuture(Responses.to(req)
            .setRemoveHostedTablesUpdateResp(Wire.RemoveHostedTablesUpdateResp.getDefaultInstance()).build());
      case SERVER_SYSTEM_INFO_REQ:
        return Future.succeededFuture(Responses.to(req).setServerSystemInfoResp(systemInfo()).build());
      case MAKE_TABLE_REQ:
        return makeTable(req);
      default:
        throw new ParallaxException("Joins are not supported");
    }
  }

  private Future<Wire.Response> hostedTables(Wire.Request req) {
    if (req.getGetHostedTablesReq().getSubscribe()) {
      int id = req.getMsgId();
      // Each change pushes a body-less Response under the subscribing id, as Perspective does.
      Wire.Response ping = Responses.push(id, "").build();
      Runnable listener = () -> session.push(id, PushQueue.Kind.LATEST, ping, null);
      session.tables().addListener(listener);
      session.addSubscription(id, () -> session.tables().removeListener(listener));
      return Session.NO_REPLY;
    }
    Wire.GetHostedTablesResp.Builder b = Wire.GetHostedTablesResp.newBuilder();
    for (TableVerticle t : session.tables().all()) {
      Wire.HostedTable.Builder h = Wire.HostedTable.newBuilder().setEntityId(t.name());
      TableOptions o = t.options();
      if (o.getIndex() != null) {
        h.setIndex(o.getIndex());
      }
      if (o.getLimit() > 0) {
        h.setLimit(o.getLimit());
      }
      b.addTableInfos(h);
    }
    return Future.succeededFuture(Responses.to(req).setGetHostedTablesResp(b).build());
  }

  private Future<Wire.Response> makeTable(Wire.Request req) {
    String name = req.getEntityId();
    Wire.MakeTableReq make = req.getMakeTableReq();
    TableOptions options = options(make);
    Wire.MakeTableData data = make.getData();
    Future<Table> table;
    switch (data.getDataCase()) {
      case FROM_SCHEMA:
        table = Future.succeededFuture(Table.create(WireTypes.fromWire(data.getFromSchema()), options));
        break;
      case FROM_VIEW:
        table = session.view(data.getFromView()).compose(source ->
            session.onHost(source.host(), () -> source.toArrow(Wire.ViewPort.getDefaultInstance())))
            .map(arrow -> Table.create(TableData.read(Format.ARROW, arrow, null), options));
        break;
      default:
        // Parsing is the heavy part: a worker thread, not this event loop.
        table = session.executeBlocking(() -> {
          ColumnBatch batch = TableData.read(data, null);
          return Table.create(batch, options);
        });
        break;
    }
    Future<Wire.Response> made = table.compose(t -> session.here(session.tables().host(name, t)))
        .map(t -> Responses.to(req).setMakeTableResp(Wire.MakeTableResp.getDefaultInstance()).build());
    session.addTableInMaking(name, made);
    return made;
  }

  private static TableOptions options(Wire.MakeTableReq make) {
    TableOptions o = new TableOptions();
    if (make.hasOptions()) {
      Wire.MakeTableReq.MakeTableOptions w = make.getOptions();
      if (w.getMakeTableTypeCase() == Wire.MakeTableReq.MakeTableOptions.MakeTableTypeCase.MAKE_INDEX_TABLE) {
        o.setIndex(w.getMakeIndexTable());
      } else if (w.getMakeTableTypeCase() == Wire.MakeTableReq.MakeTableOptions.MakeTableTypeCase.MAKE_LIMIT_TABLE) {
        if (w.getMakeLimitTable() == 0 || w.getMakeLimitTable() > Integer.MAX_VALUE) {
          throw new ParallaxException("limit must be a positive row count, got " + Integer.toUnsignedString(w.getMakeLimitTable()));
        }
        o.setLimit(w.getMakeLimitTable());
      }
    }
    return o;
  }

  private static Wire.ServerSystemInfoResp systemInfo() {
    Runtime rt = Runtime.getRuntime();
    Wire.ServerSystemInfoResp.Builder b = Wire.ServerSystemInfoResp.newBuilder()
        .setHeapSize(rt.totalMemory())
        .setUsedSize(rt.totalMemory() - rt.freeMemory())
        .setCpuTimeEpoch((int) ManagementFactory.getRuntimeMXBean().getUptime());
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      b.setCpuTime((int) (((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1_000_000));
    }
    return b.build();
  }
}
