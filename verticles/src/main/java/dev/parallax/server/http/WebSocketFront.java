package dev.parallax.server.http;

import dev.parallax.server.session.Session;
import dev.parallax.server.session.Transport;
import dev.parallax.server.verticle.TableRegistry;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@code /websocket} endpoint: upgrades the request and gives the
 * connection its own {@link Session}. It only moves bytes: reassembles each
 * binary message (one protobuf {@code Request}), refuses messages over the size
 * limit or of the wrong kind with an error to that connection alone, and hands
 * the rest to the session.
 */
public final class WebSocketFront implements Handler<RoutingContext> {
  private static final System.Logger LOG = System.getLogger(WebSocketFront.class.getName());

  private final TableRegistry tables;
  private final long maxMessageBytes;
  private final long maxPendingBytes;

  public WebSocketFront(TableRegistry tables, long maxMessageBytes, long maxPendingBytes) {
    this.tables = tables;
    this.maxMessageBytes = maxMessageBytes;
    this.maxPendingBytes = maxPendingBytes;
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.request().toWebSocket()
        .onSuccess(this::attach)
        .onFailure(e -> LOG.log(System.Logger.Level.WARNING, "WebSocket upgrade failed", e));
  }

  /** Serves one connection; usable with a plain {@code HttpServer.webSocketHandler} too. */
  public void attach(ServerWebSocket ws) {
    Context context = Vertx.currentContext();
    Session session = new Session(tables, context, new SocketTransport(ws), maxPendingBytes);
    ws.frameHandler(new Reassembler(session));
    ws.closeHandler(v -> session.close());
    ws.exceptionHandler(e -> LOG.log(System.Logger.Level.DEBUG, "WebSocket error: " + e.getMessage()));
  }

  /** Collects the frames of one message, within the limit. */
  private final class Reassembler implements Handler<WebSocketFrame> {
    private final Session session;
    private Buffer message;
    private long size;
    private boolean text;

    Reassembler(Session session) {
      this.session = session;
    }

    @Override
    public void handle(WebSocketFrame frame) {
      if (!frame.isBinary() && !frame.isText() && !frame.isContinuation()) {
        return;
      }
      if (!frame.isContinuation()) {
        message = Buffer.buffer();
        size = 0;
        text = frame.isText();
      }
      size += frame.binaryData().length();
      if (size <= maxMessageBytes && message != null) {
        message.appendBuffer(frame.binaryData());
      } else {
        message = null;
      }
      if (!frame.isFinal()) {
        return;
      }
      if (text) {
        session.refuseFrame("Requests are binary protobuf frames; got a text frame");
      } else if (message == null) {
        session.refuseFrame("Frame of " + size + " bytes is over the limit of " + maxMessageBytes + " bytes");
      } else {
        session.onFrame(message);
      }
      message = null;
    }
  }

  private static final class SocketTransport implements Transport {
    private final ServerWebSocket ws;

    SocketTransport(ServerWebSocket ws) {
      this.ws = ws;
    }

    @Override
    public void send(Buffer frame) {
      if (!ws.isClosed()) {
        ws.writeBinaryMessage(frame);
      }
    }

    @Override
    public boolean isBackedUp() {
      return ws.writeQueueFull();
    }

    @Override
    public void onDrain(Runnable handler) {
      ws.drainHandler(v -> handler.run());
    }

    @Override
    public void close(String reason) {
      ws.close((short) 1008, reason.length() > 120 ? reason.substring(0, 120) : reason);
    }
  }
}
