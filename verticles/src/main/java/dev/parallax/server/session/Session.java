package dev.parallax.server.session;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.parallax.engine.ParallaxException;
import dev.parallax.server.protocol.Responses;
import dev.parallax.server.protocol.wire.Wire;
import dev.parallax.server.verticle.TableRegistry;
import dev.parallax.server.verticle.TableVerticle;
import dev.parallax.server.verticle.ViewHandle;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * One client connection: its views by the ids the client chose, its
 * subscriptions by the {@code msg_id} that made them, and what it must undo
 * when it closes. Frames come in on the session's context (an event loop); the
 * work goes to the table verticles and the replies come back here to be sent.
 * A request that fails is answered with a {@code ServerError} to this session
 * only.
 */
public final class Session {
  private static final System.Logger LOG = System.getLogger(Session.class.getName());

  /** What a call answers that has no immediate reply (a subscription). */
  static final Future<Wire.Response> NO_REPLY = Future.succeededFuture();

  private final TableRegistry tables;
  private final Context context;
  private final Transport transport;
  private final PushQueue pushes;
  /**
   * Views by id, as futures: a view being made is here already, so that calls
   * pipelined behind its make_view wait for it instead of missing it.
   */
  private final Map<String, Future<ViewHandle>> views = new HashMap<>();
  /** Tables this session is making, by name: calls pipelined behind make_table wait for it. */
  private final Map<String, Future<?>> tablesInMaking = new HashMap<>();
  /** Each live subscription by its msg_id. */
  private final Map<Integer, Subscription> subscriptions = new LinkedHashMap<>();
  private final ServerCalls serverCalls;
  private final TableCalls tableCalls;
  private final ViewCalls viewCalls;
  private boolean closed;

  /** A session on the current context, which must be the transport's. */
  public Session(TableRegistry tables, Context context, Transport transport, long maxPendingBytes) {
    this.tables = tables;
    this.context = context;
    this.transport = transport;
    this.pushes = new PushQueue(transport, maxPendingBytes);
    this.serverCalls = new ServerCalls(this);
    this.tableCalls = new TableCalls(this);
    this.viewCalls = new ViewCalls(this);
  }

  /** Handles one frame from the client: one serialized {@code Request}. */
  public void onFrame(Buffer frame) {
    Wire.Request req;
    try {
      req = Wire.Request.parseFrom(frame.getBytes());
    } catch (InvalidProtocolBufferException e) {
      sendError(0, "", "Malformed request frame (" + frame.length() + " bytes): " + e.getMessage());
      return;
    }
    Future<Wire.Response> reply;
    try {
      reply = dispatch(req);
    } catch (RuntimeException e) {
      reply = Future.failedFuture(e);
    }
    reply.onComplete(ar -> {
      if (ar.failed()) {
        fail(req, ar.cause());
      } else if (ar.result() != null) {
        send(ar.result());
      }
    });
  }

  /** Tells the client that a frame was refused before it could be read (e.g. too large). */
  public void refuseFrame(String message) {
    sendError(0, "", message);
  }

  /** Frees everything this session made: views, subscriptions. Idempotent. */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pushes.close();
    for (Subscription s : new ArrayList<>(subscriptions.values())) {
      s.undo().run();
    }
    subscriptions.clear();
    for (Future<ViewHandle> f : views.values()) {
      f.onSuccess(v -> v.host().call(() -> {
        v.delete();
        return null;
      }));
    }
    views.clear();
  }

  private Future<Wire.Response> dispatch(Wire.Request req) {
    switch (req.getClientReqCase()) {
      case CLIENTREQ_NOT_SET:
        throw new ParallaxException("Unknown or missing request type"
            + (req.getUnknownFields().asMap().isEmpty() ? "" : " (fields " + req.getUnknownFields().asMap().keySet() + ")"));
      case GET_FEATURES_REQ:
      case GET_HOSTED_TABLES_REQ:
      case REMOVE_HOSTED_TABLES_UPDATE_REQ:
      case SERVER_SYSTEM_INFO_REQ:
      case MAKE_TABLE_REQ:
      case MAKE_JOIN_TABLE_REQ:
        return serverCalls.handle(req);
      default:
        if (req.getClientReqCase().name().startsWith("TABLE_")) {
          return tableCalls.handle(req);
        }
        return viewCalls.handle(req);
    }
  }

  // ---- services for the call handlers (all on this session's context) ----

  TableRegistry tables() {
    return tables;
  }

  /** Runs {@code task} on {@code host}'s thread; the future completes back on this session's context. */
  <T> Future<T> onHost(TableVerticle host, Callable<T> task) {
    return here(host.call(task));
  }

  /** {@code future}, completing on this session's context whatever thread completes it. */
  <T> Future<T> here(Future<T> future) {
    Promise<T> promise = Promise.promise();
    future.onComplete(ar -> context.runOnContext(v -> promise.handle(ar)));
    return promise.future();
  }

  /** Runs {@code task} on a worker thread (work that belongs to no table yet); completes on this context. */
  <T> Future<T> executeBlocking(Callable<T> task) {
    return context.owner().executeBlocking(task, false);
  }

  /**
   * View {@code id}, once made; fails with {@link ViewNotFoundException} when this
   * session has no such view (or its making failed). Views leave this map
   * before they are deleted, so a view found here is live.
   */
  Future<ViewHandle> view(String id) {
    Future<ViewHandle> v = views.get(id);
    if (v == null) {
      return Future.failedFuture(new ViewNotFoundException(id));
    }
    return v.recover(e -> Future.failedFuture(new ViewNotFoundException(id)));
  }

  /** Records view {@code id} as being made by {@code making}; forgets it if that fails. */
  void addView(String id, Future<ViewHandle> making) {
    views.put(id, making);
    making.onFailure(e -> views.remove(id, making));
  }

  boolean hasView(String id) {
    return views.containsKey(id);
  }

  void removeView(String id) {
    views.remove(id);
  }

  /** Records that this session is making table {@code name}; calls to it wait via {@link #afterMaking}. */
  void addTableInMaking(String name, Future<?> making) {
    tablesInMaking.put(name, making);
    making.onComplete(ar -> tablesInMaking.remove(name, making));
  }

  /** Runs {@code call} now, or after this session's make_table of {@code table} has finished. */
  <T> Future<T> afterMaking(String table, java.util.function.Supplier<Future<T>> call) {
    Future<?> making = tablesInMaking.get(table);
    return making == null ? call.get() : making.transform(ar -> call.get());
  }

  /** Records a subscription of the session (or, with a {@code viewId}, of that view) and how to end it. */
  void addSubscription(int msgId, String viewId, Runnable undo) {
    subscriptions.put(msgId, new Subscription(viewId, undo, null));
  }

  void addSubscription(int msgId, Runnable undo) {
    addSubscription(msgId, null, undo);
  }

  /** A view's {@code on_delete}: {@code notice} is sent when this session deletes the view. */
  void addDeleteNotice(int msgId, String viewId, Wire.Response notice) {
    subscriptions.put(msgId, new Subscription(viewId, () -> { }, notice));
  }

  /** Ends subscription {@code msgId}; false when there is none. */
  boolean endSubscription(int msgId) {
    Subscription s = subscriptions.remove(msgId);
    pushes.forget(msgId);
    if (s == null) {
      return false;
    }
    s.undo().run();
    return true;
  }

  /** Ends every subscription of view {@code viewId}, sending its delete notices first. */
  void endViewSubscriptions(String viewId) {
    List<Integer> ids = new ArrayList<>();
    for (Map.Entry<Integer, Subscription> e : subscriptions.entrySet()) {
      if (viewId.equals(e.getValue().viewId())) {
        ids.add(e.getKey());
        if (e.getValue().deleteNotice() != null) {
          send(e.getValue().deleteNotice());
        }
      }
    }
    for (int id : ids) {
      endSubscription(id);
    }
  }

  /** Pushes {@code response} under subscription {@code msgId}, from any thread. */
  void push(int msgId, PushQueue.Kind kind, Wire.Response response, Supplier<Future<Buffer>> resync) {
    Buffer frame = Buffer.buffer(response.toByteArray());
    context.runOnContext(v -> {
      if (!closed && subscriptions.containsKey(msgId)) {
        pushes.push(msgId, kind, frame, resync);
      }
    });
  }

  private void send(Wire.Response response) {
    if (!closed) {
      transport.send(Buffer.buffer(response.toByteArray()));
    }
  }

  private void fail(Wire.Request req, Throwable cause) {
    Wire.StatusCode code = cause instanceof ViewNotFoundException
        ? Wire.StatusCode.VIEW_NOT_FOUND : Wire.StatusCode.SERVER_ERROR;
    String message = cause.getMessage();
    if (!(cause instanceof ParallaxException)) {
      LOG.log(System.Logger.Level.ERROR, "request " + req.getClientReqCase() + " failed", cause);
      message = "Internal error: " + cause;
    }
    sendError(req.getMsgId(), req.getEntityId(), message, code);
  }

  private void sendError(int msgId, String entityId, String message) {
    sendError(msgId, entityId, message, Wire.StatusCode.SERVER_ERROR);
  }

  private void sendError(int msgId, String entityId, String message, Wire.StatusCode code) {
    send(Responses.error(msgId, entityId, message, code));
  }

  private record Subscription(String viewId, Runnable undo, Wire.Response deleteNotice) { }
}
