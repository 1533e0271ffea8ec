package dev.parallax.bench.fanout;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * One browser's worth of load: a WebSocket speaking Perspective's protocol,
 * one view of the mix, one row-mode {@code on_update}. Each delta's marker (see
 * {@link FanOutData}) says which batches it carries; each of those batches'
 * latency, from its send to this arrival, is recorded (once the warm-up is
 * over). With {@code verify}, it also keeps a {@link ViewCopy}.
 */
final class Subscriber {
  /** Latencies are recorded in microseconds, up to a minute. */
  private static final long MAX_MICROS = 60_000_000L;

  private final WebSocket ws;
  private final ViewMix mix;
  private final String viewId;
  private final AtomicLongArray sendNanos;
  private final int recordFrom;
  private final Set<Long> clientThreads;
  private final Map<Integer, Promise<Wire.Response>> calls = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger(1);
  private volatile int subscription = -1;

  // Written on the WebSocket's event loop, read by the harness under the same lock.
  private final Histogram latencyMicros = new Histogram(MAX_MICROS, 3);
  private int covered;
  private long deltas;
  private long measuredDeltas;
  private long measuredBytes;
  private long coalesced;
  private long unmarked;
  private String failure;
  private ViewCopy copy;
  private Thread seen;

  private Subscriber(WebSocket ws, int index, AtomicLongArray sendNanos, int recordFrom, Set<Long> clientThreads) {
    this.ws = ws;
    this.mix = ViewMix.of(index);
    this.viewId = "fanout-view-" + index;
    this.sendNanos = sendNanos;
    this.recordFrom = recordFrom;
    this.clientThreads = clientThreads;
    ws.binaryMessageHandler(this::received);
  }

  /**
   * Subscriber {@code index} on {@code ws}: batch {@code k}'s send time will be
   * {@code sendNanos[k]}; latencies of batches from {@code recordFrom} on are
   * recorded; the threads its frames arrive on are added to {@code clientThreads}.
   */
  static Subscriber on(WebSocket ws, int index, AtomicLongArray sendNanos, int recordFrom, Set<Long> clientThreads) {
    return new Subscriber(ws, index, sendNanos, recordFrom, clientThreads);
  }

  ViewMix mix() {
    return mix;
  }

  /**
   * Makes the view of {@code table}, takes its first {@code to_json} when
   * verifying, and subscribes; completes once the subscription is in place (a
   * call sent after it is answered).
   */
  Future<Void> start(String table, boolean verify) {
    Future<Wire.Response> made = call(Wire.Request.newBuilder().setEntityId(table)
        .setTableMakeViewReq(Wire.TableMakeViewReq.newBuilder().setViewId(viewId).setConfig(mix.config())));
    Future<Void> copied = !verify ? made.mapEmpty() : made.compose(r -> toJson()).map(json -> {
      synchronized (this) {
        copy = ViewCopy.fromJson(mix, json);
      }
      return null;
    });
    return copied.compose(v -> {
      int id = nextId.getAndIncrement();
      subscription = id;
      ws.writeBinaryMessage(Buffer.buffer(Wire.Request.newBuilder().setMsgId(id).setEntityId(viewId)
          .setViewOnUpdateReq(Wire.ViewOnUpdateReq.newBuilder().setMode(Wire.ViewOnUpdateReq.Mode.ROW))
          .build().toByteArray()));
      return call(Wire.Request.newBuilder().setEntityId(viewId)
          .setViewDimensionsReq(Wire.ViewDimensionsReq.getDefaultInstance()));
    }).mapEmpty();
  }

  /** The view's rows now, as {@code to_json} answers them. */
  Future<String> toJson() {
    return call(Wire.Request.newBuilder().setEntityId(viewId)
        .setViewToRowsStringReq(Wire.ViewToRowsStringReq.newBuilder().setViewport(Wire.ViewPort.getDefaultInstance())))
        .map(r -> r.getViewToRowsStringResp().getJsonString());
  }

  /** How the copy differs from the view's {@code to_json} now (empty when equal); call once the deltas are in. */
  Future<List<String>> check() {
    return toJson().map(json -> {
      synchronized (this) {
        return copy == null ? List.of("no copy kept (verify is off)") : copy.differencesFrom(json);
      }
    });
  }

  /** The batches every delta so far covered: one past the newest batch seen. */
  synchronized int covered() {
    return covered;
  }

  /** What this subscriber saw, as of now. */
  synchronized Tally tally() {
    return new Tally(latencyMicros.copy(), deltas, measuredDeltas, measuredBytes, coalesced, unmarked, failure);
  }

  /** A subscriber's counts: deltas (all, and those carrying measured batches), bytes of the latter, folded batches. */
  record Tally(Histogram latencyMicros, long deltas, long measuredDeltas, long measuredBytes, long coalesced,
      long unmarked, String failure) {
  }

  Future<Void> close() {
    return ws.close();
  }

  private Future<Wire.Response> call(Wire.Request.Builder request) {
    int id = nextId.getAndIncrement();
    Promise<Wire.Response> reply = Promise.promise();
    calls.put(id, reply);
    ws.writeBinaryMessage(Buffer.buffer(request.setMsgId(id).build().toByteArray()));
    return reply.future();
  }

  private void received(Buffer frame) {
    long now = System.nanoTime();
    Thread t = Thread.currentThread();
    if (t != seen) {
      seen = t;
      clientThreads.add(t.getId());
    }
    Wire.Response r;
    try {
      r = Wire.Response.parseFrom(frame.getBytes());
    } catch (InvalidProtocolBufferException e) {
      failed("a malformed frame: " + e.getMessage());
      return;
    }
    if (r.getMsgId() == subscription && r.hasViewOnUpdateResp()) {
      delta(now, frame.length(), r.getViewOnUpdateResp().getDelta().toByteArray());
      return;
    }
    Promise<Wire.Response> reply = calls.remove(r.getMsgId());
    if (reply == null) {
      failed("an unexpected message " + r.getClientRespCase() + " with msg_id " + r.getMsgId());
    } else if (r.hasServerError()) {
      reply.fail(mix.title() + ": " + r.getServerError().getMessage());
    } else {
      reply.complete(r);
    }
  }

  private synchronized void delta(long now, int frameBytes, byte[] arrow) {
    ColumnBatch batch;
    try {
      batch = TableReader.read(Format.ARROW, arrow, null);
    } catch (RuntimeException e) {
      failed("an unreadable delta: " + e.getMessage());
      return;
    }
    deltas++;
    int newest = newestBatch(batch);
    if (newest < 0) {
      unmarked++;
    } else {
      for (int k = covered; k <= newest; k++) {
        if (k >= recordFrom) {
          latencyMicros.recordValue(Math.min(MAX_MICROS, Math.max(0, (now - sendNanos.get(k)) / 1000)));
        }
      }
      if (newest > covered) {
        coalesced += newest - covered;
      }
      covered = Math.max(covered, newest + 1);
      if (newest >= recordFrom) {
        measuredDeltas++;
        measuredBytes += frameBytes;
      }
    }
    if (copy != null) {
      copy.apply(batch);
    }
  }

  /** The batch the marker's price names (the newest in this delta), or -1 when the delta has no marker. */
  private int newestBatch(ColumnBatch delta) {
    int c = delta.indexOf(mix.markerColumn());
    if (c < 0) {
      return -1;
    }
    Column column = delta.column(c);
    if (!(column instanceof DoubleColumn)) {
      return -1;
    }
    DoubleColumn prices = (DoubleColumn) column;
    for (int r = 0; r < delta.rowCount(); r++) {
      if (!prices.isNull(r) && prices.getDouble(r) < 0) {
        return FanOutData.batchOf(prices.getDouble(r));
      }
    }
    return -1;
  }

  private synchronized void failed(String what) {
    if (failure == null) {
      failure = mix.title() + ": " + what;
    }
  }
}
