package dev.parallax.server.session;

import com.google.protobuf.UnsafeByteOperations;
import dev.parallax.engine.ParallaxException;
import dev.parallax.server.protocol.Responses;
import dev.parallax.server.protocol.wire.Wire;
import dev.parallax.server.verticle.TableVerticle;
import dev.parallax.server.verticle.ViewHandle;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.function.Supplier;

/**
 * The calls addressed to a view, named by the request's {@code entity_id} (the
 * client's view id). Arrow payloads are wrapped, not copied, into replies: the
 * writers hand over fresh arrays that nothing changes afterwards.
 */
final class ViewCalls {
  private final Session session;

  ViewCalls(Session session) {
    this.session = session;
  }

  Future<Wire.Response> handle(Wire.Request req) {
    return session.view(req.getEntityId()).compose(view -> handle(req, view));
  }

  private Future<Wire.Response> handle(Wire.Request req, ViewHandle view) {
    String id = req.getEntityId();
    TableVerticle host = view.host();
    Wire.Response.Builder r = Responses.to(req);
    switch (req.getClientReqCase()) {
      case VIEW_SCHEMA_REQ:
        return session.onHost(host, () -> r.setViewSchemaResp(view.schema()).build());
      case VIEW_EXPRESSION_SCHEMA_REQ:
        return session.onHost(host, () -> r.setViewExpressionSchemaResp(view.expressionSchema()).build());
      case VIEW_DIMENSIONS_REQ:
        return session.onHost(host, () -> r.setViewDimensionsResp(view.dimensions()).build());
      case VIEW_GET_CONFIG_REQ:
        return session.onHost(host, () -> r.setViewGetConfigResp(
            Wire.ViewGetConfigResp.newBuilder().setConfig(view.config())).build());
      case VIEW_COLUMN_PATHS_REQ:
        return session.onHost(host, () -> r.setViewColumnPathsResp(
            view.columnPaths(req.getViewColumnPathsReq())).build());
      case VIEW_TO_ARROW_REQ:
        return session.onHost(host, () -> r.setViewToArrowResp(Wire.ViewToArrowResp.newBuilder()
            .setArrow(UnsafeByteOperations.unsafeWrap(view.toArrow(req.getViewToArrowReq().getViewport())))).build());
      case VIEW_TO_ROWS_STRING_REQ: {
        Wire.ViewToRowsStringReq q = req.getViewToRowsStringReq();
        return session.onHost(host, () -> r.setViewToRowsStringResp(Wire.ViewToRowsStringResp.newBuilder()
            .setJsonString(view.toRows(q.getViewport(), q.getId(), q.getIndex()))).build());
      }
      case VIEW_TO_COLUMNS_STRING_REQ: {
        Wire.ViewToColumnsStringReq q = req.getViewToColumnsStringReq();
        return session.onHost(host, () -> r.setViewToColumnsStringResp(Wire.ViewToColumnsStringResp.newBuilder()
            .setJsonString(view.toColumns(q.getViewport(), q.getId(), q.getIndex()))).build());
      }
      case VIEW_TO_NDJSON_STRING_REQ: {
        Wire.ViewToNdjsonStringReq q = req.getViewToNdjsonStringReq();
        return session.onHost(host, () -> r.setViewToNdjsonStringResp(Wire.ViewToNdjsonStringResp.newBuilder()
            .setNdjsonString(view.toNdjson(q.getViewport(), q.getId(), q.getIndex()))).build());
      }
      case VIEW_TO_CSV_REQ:
        return session.onHost(host, () -> r.setViewToCsvResp(Wire.ViewToCSVResp.newBuilder()
            .setCsv(view.toCsv(req.getViewToCsvReq().getViewport()))).build());
      case VIEW_GET_MIN_MAX_REQ:
        return session.onHost(host, () -> r.setViewGetMinMaxResp(
            view.minMax(req.getViewGetMinMaxReq().getColumnName())).build());
      case VIEW_EXPAND_REQ:
        return session.onHost(host, () -> r.setViewExpandResp(Wire.ViewExpandResp.newBuilder()
            .setNumChanged(view.expand(req.getViewExpandReq().getRowIndex()))).build());
      case VIEW_COLLAPSE_REQ:
        return session.onHost(host, () -> r.setViewCollapseResp(Wire.ViewCollapseResp.newBuilder()
            .setNumChanged(view.collapse(req.getViewCollapseReq().getRowIndex()))).build());
      case VIEW_SET_DEPTH_REQ:
        return session.onHost(host, () -> {
          view.setDepth(req.getViewSetDepthReq().getDepth());
          return r.setViewSetDepthResp(Wire.ViewSetDepthResp.getDefaultInstance()).build();
        });
      case VIEW_ON_UPDATE_REQ:
        return onUpdate(req, id, view);
      case VIEW_REMOVE_ON_UPDATE_REQ:
        session.endSubscription(req.getViewRemoveOnUpdateReq().getId());
        return Future.succeededFuture(r.setViewRemoveOnUpdateResp(
            Wire.ViewRemoveOnUpdateResp.getDefaultInstance()).build());
      case VIEW_ON_REMOVE_REQ:
        return onRemove(req, id, host);
      case VIEW_REMOVE_REMOVE_REQ:
        session.endSubscription(req.getViewRemoveRemoveReq().getId());
        return Future.succeededFuture(r.setViewRemoveRemoveResp(
            Wire.ViewRemoveRemoveResp.getDefaultInstance()).build());
      case VIEW_ON_DELETE_REQ:
        session.addDeleteNotice(req.getMsgId(), id,
            r.setViewOnDeleteResp(Wire.ViewOnDeleteResp.getDefaultInstance()).build());
        return Session.NO_REPLY;
      case VIEW_REMOVE_DELETE_REQ:
        session.endSubscription(req.getViewRemoveDeleteReq().getId());
        return Future.succeededFuture(r.setViewRemoveDeleteResp(
            Wire.ViewRemoveDeleteResp.getDefaultInstance()).build());
      case VIEW_DELETE_REQ:
        session.endViewSubscriptions(id);
        session.removeView(id);
        return session.onHost(host, () -> {
          view.delete();
          return r.setViewDeleteResp(Wire.ViewDeleteResp.getDefaultInstance()).build();
        });
      default:
        throw new ParallaxException("Unsupported view request " + req.getClientReqCase());
    }
  }

  private Future<Wire.Response> onUpdate(Wire.Request req, String viewId, ViewHandle view) {
    int msgId = req.getMsgId();
    boolean rows = req.getViewOnUpdateReq().hasMode();
    Object key = new SubscriptionKey(session, msgId);
    TableVerticle host = view.host();
    Supplier<Future<Buffer>> everyRow = () -> session.onHost(host, () -> Buffer.buffer(
        update(msgId, viewId, 0, view.everyRow()).toByteArray()));
    PushQueue.Kind kind = rows ? PushQueue.Kind.ROWS : PushQueue.Kind.LATEST;
    session.addSubscription(msgId, viewId, () -> host.call(() -> {
      view.removeOnUpdate(key);
      return null;
    }));
    host.call(() -> {
      if (!view.isDeleted()) {
        view.onUpdate(key, rows, (port, delta) ->
            session.push(msgId, kind, update(msgId, viewId, port, delta), everyRow));
      }
      return null;
    });
    return Session.NO_REPLY;
  }

  private Future<Wire.Response> onRemove(Wire.Request req, String viewId, TableVerticle host) {
    int msgId = req.getMsgId();
    Object key = new SubscriptionKey(session, msgId);
    session.addSubscription(msgId, viewId, () -> host.call(() -> {
      host.removeOnRemove(key);
      return null;
    }));
    host.call(() -> {
      host.onRemove(key, keys -> session.push(msgId, PushQueue.Kind.ALL, Responses.push(msgId, viewId)
          .setViewOnRemoveResp(Wire.ViewOnRemoveResp.newBuilder()
              .setDelta(UnsafeByteOperations.unsafeWrap(keys.toArrow()))).build(), null));
      return null;
    });
    return Session.NO_REPLY;
  }

  private static Wire.Response update(int msgId, String viewId, int port, byte[] delta) {
    Wire.ViewOnUpdateResp.Builder u = Wire.ViewOnUpdateResp.newBuilder().setPortId(port);
    if (delta != null) {
      u.setDelta(UnsafeByteOperations.unsafeWrap(delta));
    }
    return Responses.push(msgId, viewId).setViewOnUpdateResp(u).build();
  }
}
