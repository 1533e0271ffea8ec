package dev.parallax.server.session;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The frames of a session's subscriptions while its peer reads slower than
 * they come. While the transport keeps up, a push goes straight out. When it is
 * backed up, pushes wait here, per subscription, and are coalesced: a
 * subscription without row deltas keeps only its latest push; one with row
 * deltas keeps its pushes until the session's pending bytes pass
 * {@code maxPendingBytes}, and then drops them all for one push of every row of
 * the view (the latest value of each row), fetched when the peer catches up.
 * Pushes that cannot be coalesced (removed keys) count towards a hard limit of
 * twice that; past it the connection is dropped. Memory stays bounded either way.
 *
 * <p>Used on the session's context only.
 */
final class PushQueue {
  /** How a subscription's pending pushes may be merged. */
  enum Kind {
    /** Only the latest push matters (a notification without rows). */
    LATEST,
    /** Row deltas: replaceable by one push of every row. */
    ROWS,
    /** Every push matters (removed keys). */
    ALL
  }

  private final Transport transport;
  private final long maxPendingBytes;
  private final Map<Integer, Pending> pending = new LinkedHashMap<>();
  private long pendingBytes;
  private boolean draining;
  private boolean closed;

  PushQueue(Transport transport, long maxPendingBytes) {
    this.transport = transport;
    this.maxPendingBytes = maxPendingBytes;
  }

  /**
   * Sends or queues {@code frame} for subscription {@code id}.
   *
   * @param resync for {@link Kind#ROWS}: makes the one push of every row that
   *     replaces this subscription's dropped pushes
   */
  void push(int id, Kind kind, Buffer frame, Supplier<Future<Buffer>> resync) {
    if (closed) {
      return;
    }
    if (pending.isEmpty() && !transport.isBackedUp()) {
      transport.send(frame);
      return;
    }
    Pending p = pending.computeIfAbsent(id, k -> new Pending(kind, resync));
    if (kind == Kind.LATEST) {
      pendingBytes -= p.bytes;
      p.frames.clear();
      p.bytes = 0;
    }
    if (!p.resync) {
      p.frames.add(frame);
      p.bytes += frame.length();
      pendingBytes += frame.length();
    }
    if (pendingBytes > maxPendingBytes) {
      coalesce();
    }
    if (pendingBytes > 2 * maxPendingBytes) {
      close();
      transport.close("Subscriber too slow: pending updates passed " + 2 * maxPendingBytes + " bytes");
      return;
    }
    scheduleDrain();
  }

  /** Forgets subscription {@code id}'s pending pushes (unsubscribed). */
  void forget(int id) {
    Pending p = pending.remove(id);
    if (p != null) {
      pendingBytes -= p.bytes;
    }
  }

  long pendingBytes() {
    return pendingBytes;
  }

  void close() {
    closed = true;
    pending.clear();
    pendingBytes = 0;
  }

  private void coalesce() {
    for (Pending p : pending.values()) {
      if (p.kind == Kind.ROWS && !p.resync) {
        pendingBytes -= p.bytes;
        p.frames.clear();
        p.bytes = 0;
        p.resync = true;
      }
    }
  }

  private void scheduleDrain() {
    if (!draining) {
      draining = true;
      transport.onDrain(this::drain);
    }
  }

  private void drain() {
    draining = false;
    Iterator<Map.Entry<Integer, Pending>> it = pending.entrySet().iterator();
    while (it.hasNext() && !closed) {
      if (transport.isBackedUp()) {
        scheduleDrain();
        return;
      }
      Map.Entry<Integer, Pending> e = it.next();
      Pending p = e.getValue();
      it.remove();
      pendingBytes -= p.bytes;
      for (Buffer f : p.frames) {
        transport.send(f);
      }
      if (p.resync) {
        int id = e.getKey();
        p.resyncSource.get().onSuccess(frame -> {
          if (!closed) {
            push(id, Kind.ROWS, frame, p.resyncSource);
          }
        });
      }
    }
  }

  private static final class Pending {
    final Kind kind;
    final Supplier<Future<Buffer>> resyncSource;
    final ArrayDeque<Buffer> frames = new ArrayDeque<>();
    long bytes;
    boolean resync;

    Pending(Kind kind, Supplier<Future<Buffer>> resyncSource) {
      this.kind = kind;
      this.resyncSource = resyncSource;
    }
  }
}
