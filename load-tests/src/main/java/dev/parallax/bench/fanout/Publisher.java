package dev.parallax.bench.fanout;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The producer: sends the update batches into the table over its own
 * WebSocket at a fixed rate, on a thread of its own, noting when each went out.
 * A batch due while the previous one is still being written goes as soon as it
 * can (it is never skipped); how late the latest went is reported.
 */
final class Publisher {
  private final WebSocket ws;
  private final List<byte[]> frames = new ArrayList<>();
  private final AtomicLongArray sendNanos;
  private final AtomicLong acks = new AtomicLong();
  private final AtomicReference<String> failure = new AtomicReference<>();
  private long maxLateNanos;

  /** A publisher of {@code ticks} (Arrow streams) into {@code table}, on {@code ws}. */
  Publisher(WebSocket ws, String table, List<byte[]> ticks) {
    this.ws = ws;
    this.sendNanos = new AtomicLongArray(ticks.size());
    for (int k = 0; k < ticks.size(); k++) {
      frames.add(Wire.Request.newBuilder().setMsgId(k + 1).setEntityId(table)
          .setTableUpdateReq(Wire.TableUpdateReq.newBuilder().setData(
              Wire.MakeTableData.newBuilder().setFromArrow(ByteString.copyFrom(ticks.get(k)))))
          .build().toByteArray());
    }
    ws.binaryMessageHandler(this::received);
  }

  /** When each batch was sent ({@link System#nanoTime()}; 0 until it is). */
  AtomicLongArray sendNanos() {
    return sendNanos;
  }

  /**
   * Sends every batch, {@code rate} a second, on the calling thread; runs
   * {@code atMeasureStart} just before batch {@code measureFrom}. Returns once
   * the last is written.
   */
  void run(double rate, int measureFrom, Runnable atMeasureStart) {
    long period = (long) (1e9 / rate);
    long t0 = System.nanoTime();
    for (int k = 0; k < frames.size(); k++) {
      long due = t0 + k * period;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      if (k == measureFrom) {
        atMeasureStart.run();
      }
      long now = System.nanoTime();
      maxLateNanos = Math.max(maxLateNanos, now - due);
      sendNanos.set(k, now);
      ws.writeBinaryMessage(Buffer.buffer(frames.get(k)));
    }
  }

  /** The most a batch went out after it was due, in ms. */
  double maxLateMillis() {
    return maxLateNanos / 1e6;
  }

  /** The updates the server has answered. */
  long acks() {
    return acks.get();
  }

  /** The first error the server answered an update with, or null. */
  String failure() {
    return failure.get();
  }

  private void received(Buffer frame) {
    try {
      Wire.Response r = Wire.Response.parseFrom(frame.getBytes());
      if (r.hasServerError()) {
        failure.compareAndSet(null, "update " + r.getMsgId() + ": " + r.getServerError().getMessage());
      }
    } catch (InvalidProtocolBufferException e) {
      failure.compareAndSet(null, "a malformed frame: " + e.getMessage());
    }
    acks.incrementAndGet();
  }
}
