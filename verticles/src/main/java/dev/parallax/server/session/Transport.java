package dev.parallax.server.session;

import io.vertx.core.buffer.Buffer;

/** Where a session's frames go: a WebSocket, or any other binary message channel. */
public interface Transport {
  /** Sends one frame; called on the session's context only. */
  void send(Buffer frame);

  /** Whether the peer is behind: frames sent now would queue in memory. */
  boolean isBackedUp();

  /** Calls {@code handler} once the backlog has drained. */
  void onDrain(Runnable handler);

  /** Drops the connection: the session's {@code close} follows. */
  void close(String reason);
}
