package dev.parallax.server.bridge;

import dev.parallax.server.session.Session;
import dev.parallax.server.session.Transport;
import dev.parallax.server.verticle.TableRegistry;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;
import java.util.ArrayDeque;
import java.util.Base64;

/**
 * One browser's connection through the bridge, as the transport of its
 * {@link Session}. It outlives its socket: when the socket drops, replies wait
 * here (bounded) and pushes wait in the session's queue, as for a slow reader,
 * until the browser comes back with the same token or the grace period ends.
 * Used on the session's context, except where noted.
 */
final class BridgeConnection implements Transport {
  private static final System.Logger LOG = System.getLogger(BridgeConnection.class.getName());
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final EventBusBridge bridge;
  private final String token;
  private final String replyAddress;
  private final Context context;
  private final ArrayDeque<Buffer> held = new ArrayDeque<>();
  private long heldBytes;
  private Session session;
  private SockJSSocket socket;
  private boolean attached;
  private Runnable drainHandler;
  private long graceTimer = -1;
  private boolean closed;

  BridgeConnection(EventBusBridge bridge, String token, SockJSSocket socket, Context context) {
    this.bridge = bridge;
    this.token = token;
    this.replyAddress = bridge.replyAddress(token);
    this.socket = socket;
    this.context = context;
  }

  String token() {
    return token;
  }

  Context context() {
    return context;
  }

  /** The socket this connection speaks through now; null while dropped. Any thread. */
  synchronized SockJSSocket socket() {
    return socket;
  }

  /** Takes {@code s} as this connection's socket after a drop; false if the connection has one or is gone. Any thread. */
  synchronized boolean adopt(SockJSSocket s) {
    if (socket != null || closed) {
      return false;
    }
    socket = s;
    return true;
  }

  /** The socket dropped: keep the session for the grace period. Any thread. */
  synchronized void socketClosed(SockJSSocket s) {
    if (socket == s) {
      socket = null;
      context.runOnContext(v -> detach());
    }
  }

  /**
   * The browser attached (or re-attached) its reply address: starts the session
   * if there is none and sends what waited. Answers whether an existing session
   * was resumed.
   */
  boolean attach(TableRegistry tables, long maxPendingBytes) {
    boolean resumed = session != null;
    if (session == null) {
      session = new Session(tables, context, this, maxPendingBytes);
    }
    if (graceTimer >= 0) {
      context.owner().cancelTimer(graceTimer);
      graceTimer = -1;
    }
    attached = true;
    while (!held.isEmpty() && socket() != null) {
      Buffer frame = held.poll();
      heldBytes -= frame.length();
      sendNow(frame);
    }
    Runnable drain = drainHandler;
    drainHandler = null;
    if (drain != null) {
      drain.run();
    }
    return resumed;
  }

  /** One request from the browser: a base64url string of a protobuf {@code Request}. */
  void onRequest(Object body) {
    if (session == null) {
      return;
    }
    if (!(body instanceof String text)) {
      session.refuseFrame("Bridge requests are base64url strings of a protobuf Request; got "
          + (body == null ? "no body" : "a JSON " + body.getClass().getSimpleName()));
      return;
    }
    if (text.length() > bridge.maxEncodedBytes()) {
      session.refuseFrame("Request of " + text.length() + " base64url characters is over the limit of "
          + bridge.maxEncodedBytes());
      return;
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      session.refuseFrame("Bridge request is not base64url: " + e.getMessage());
      return;
    }
    session.onFrame(Buffer.buffer(bytes));
  }

  @Override
  public void send(Buffer frame) {
    if (closed) {
      return;
    }
    if (attached && socket() != null) {
      sendNow(frame);
      return;
    }
    held.add(frame);
    heldBytes += frame.length();
    if (heldBytes > bridge.maxPendingBytes()) {
      close("Replies held for a dropped connection passed " + bridge.maxPendingBytes() + " bytes");
    }
  }

  @Override
  public boolean isBackedUp() {
    SockJSSocket s = socket();
    return !attached || s == null || s.writeQueueFull();
  }

  @Override
  public void onDrain(Runnable handler) {
    SockJSSocket s = socket();
    if (!attached || s == null) {
      drainHandler = handler;
    } else {
      s.drainHandler(v -> context.runOnContext(x -> handler.run()));
    }
  }

  @Override
  public void close(String reason) {
    LOG.log(System.Logger.Level.DEBUG, "closing bridge connection: " + reason);
    SockJSSocket s;
    synchronized (this) {
      s = socket;
      socket = null;
    }
    end();
    if (s != null) {
      s.close();
    }
  }

  private void sendNow(Buffer frame) {
    bridge.eventBus().send(replyAddress, BASE64URL.encodeToString(frame.getBytes()));
  }

  private void detach() {
    if (closed || socket() != null) {
      return;
    }
    attached = false;
    if (bridge.resumeMillis() == 0) {
      end();
      return;
    }
    graceTimer = context.owner().setTimer(bridge.resumeMillis(), id -> {
      graceTimer = -1;
      if (socket() == null) {
        end();
      }
    });
  }

  private void end() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    held.clear();
    if (session != null) {
      session.close();
    }
    bridge.forget(this);
  }
}
