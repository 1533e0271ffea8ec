package dev.parallax.server.session;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import dev.parallax.server.protocol.Responses;
import dev.parallax.server.protocol.WireTypes;
import dev.parallax.server.protocol.wire.Wire;
import dev.parallax.server.verticle.TableData;
import dev.parallax.server.verticle.TableVerticle;
import dev.parallax.server.verticle.ViewHandle;
import dev.parallax.server.verticle.Validation;
import io.vertx.core.Future;

/** The calls addressed to a table, named by the request's {@code entity_id}. */
final class TableCalls {
  private final Session session;

  TableCalls(Session session) {
    this.session = session;
  }

  Future<Wire.Response> handle(Wire.Request req) {
    if (req.getClientReqCase() == Wire.Request.ClientReqCase.TABLE_MAKE_VIEW_REQ) {
      return makeView(req);
    }
    return session.afterMaking(req.getEntityId(), () -> handleNow(req));
  }

  private Future<Wire.Response> handleNow(Wire.Request req) {
    TableVerticle host = session.tables().require(req.getEntityId());
    Wire.Response.Builder r = Responses.to(req);
    switch (req.getClientReqCase()) {
      case TABLE_SIZE_REQ:
        return session.onHost(host, () -> r.setTableSizeResp(
            Wire.TableSizeResp.newBuilder().setSize(host.table().size())).build());
      case TABLE_SCHEMA_REQ:
        return session.onHost(host, () -> r.setTableSchemaResp(
            Wire.TableSchemaResp.newBuilder().setSchema(WireTypes.toWire(host.table().schema()))).build());
      case TABLE_VALIDATE_EXPR_REQ:
        return session.onHost(host, () -> r.setTableValidateExprResp(
            Validation.validate(host.table(), req.getTableValidateExprReq().getColumnToExprMap())).build());
      case TABLE_MAKE_PORT_REQ:
        return session.onHost(host, () -> r.setTableMakePortResp(
            Wire.TableMakePortResp.newBuilder().setPortId(host.makePort())).build());
      case TABLE_UPDATE_REQ: {
        Wire.TableUpdateReq u = req.getTableUpdateReq();
        return session.here(host.queueUpdate(() -> TableData.read(u.getData(), host.table().schema()), u.getPortId()))
            .map(v -> r.setTableUpdateResp(Wire.TableUpdateResp.getDefaultInstance()).build());
      }
      case TABLE_REPLACE_REQ:
        return session.onHost(host, () -> {
          host.replace(TableData.read(req.getTableReplaceReq().getData(), host.table().schema()));
          return r.setTableReplaceResp(Wire.TableReplaceResp.getDefaultInstance()).build();
        });
      case TABLE_REMOVE_REQ:
        return session.onHost(host, () -> {
          TableData.Keys keys = TableData.keys(req.getTableRemoveReq().getData(), keyType(host.table()));
          host.remove(keys.column(), keys.count());
          return r.setTableRemoveResp(Wire.TableRemoveResp.getDefaultInstance()).build();
        });
      case TABLE_DELETE_REQ:
        return session.here(session.tables().delete(host.name(), req.getTableDeleteReq().getIsImmediate()))
            .map(v -> r.setTableDeleteResp(Wire.TableDeleteResp.getDefaultInstance()).build());
      case TABLE_ON_DELETE_REQ:
        return onDelete(req, host);
      case TABLE_REMOVE_DELETE_REQ:
        session.endSubscription(req.getTableRemoveDeleteReq().getId());
        return Future.succeededFuture(r.setTableRemoveDeleteResp(
            Wire.TableRemoveDeleteResp.getDefaultInstance()).build());
      default:
        throw new ParallaxException("Unsupported table request " + req.getClientReqCase());
    }
  }

  /** Registers the view at once (calls pipelined behind this one wait for it), then makes it on the table's thread. */
  private Future<Wire.Response> makeView(Wire.Request req) {
    Wire.TableMakeViewReq make = req.getTableMakeViewReq();
    String id = make.getViewId();
    if (id.isEmpty()) {
      throw new ParallaxException("A view needs an id");
    }
    if (session.hasView(id)) {
      throw new ParallaxException("A view with id '" + id + "' already exists");
    }
    Future<ViewHandle> making = session.afterMaking(req.getEntityId(), () -> {
      TableVerticle host = session.tables().require(req.getEntityId());
      return session.onHost(host, () -> ViewHandle.create(host, make.getConfig()));
    });
    session.addView(id, making);
    // A view made after this session closed is deleted by close(), which waits for it.
    return making.map(view ->
        Responses.to(req).setTableMakeViewResp(Wire.TableMakeViewResp.newBuilder().setViewId(id)).build());
  }

  private Future<Wire.Response> onDelete(Wire.Request req, TableVerticle host) {
    int id = req.getMsgId();
    Object key = new SubscriptionKey(session, id);
    Wire.Response pushed = Responses.to(req).setTableOnDeleteResp(Wire.TableOnDeleteResp.getDefaultInstance()).build();
    session.addSubscription(id, () -> host.call(() -> {
      host.removeOnDelete(key);
      return null;
    }));
    host.call(() -> {
      host.onDelete(key, () -> session.push(id, PushQueue.Kind.LATEST, pushed, null));
      return null;
    });
    return Session.NO_REPLY;
  }

  private static ColumnType keyType(Table table) {
    Schema s = table.schema();
    return table.keyColumn() >= 0 ? s.type(table.keyColumn()) : ColumnType.INTEGER;
  }
}
