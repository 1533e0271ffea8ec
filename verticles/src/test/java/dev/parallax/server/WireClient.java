package dev.parallax.server;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.concurrent.TimeUnit;

/** A blocking protocol client for tests: one WebSocket, requests by msg_id, replies and pushes collected. */
final class WireClient implements AutoCloseable {
  static final long TIMEOUT_MS = 10_000;

  /** Held for the connection's life: Vert.x closes a client (and its connections) once it is unreachable. */
  private final WebSocketClient http;
  private final WebSocket ws;
  private final Mailbox<Wire.Response> inbox = new Mailbox<>();
  private int nextId = 1;

  private WireClient(WebSocketClient http, WebSocket ws) {
    this.http = http;
    this.ws = ws;
    ws.binaryMessageHandler(this::received);
    ws.closeHandler(v -> inbox.close());
  }

  static WireClient connect(Vertx vertx, int port) throws Exception {
    return connect(vertx, port, -1);
  }

  /** A client whose socket receive buffer is {@code receiveBufferBytes} (-1: the system's), to play a slow reader. */
  static WireClient connect(Vertx vertx, int port, int receiveBufferBytes) throws Exception {
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
        .setURI("/websocket");
    WebSocketClient http = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setTryUsePerMessageCompression(true).setMaxFrameSize(64 * 1024 * 1024)
        .setMaxMessageSize(256 * 1024 * 1024).setReceiveBufferSize(receiveBufferBytes));
    WebSocket ws = http.connect(options).toCompletionStage().toCompletableFuture()
        .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    return new WireClient(http, ws);
  }

  /** Sends {@code request} with a fresh msg_id and returns the reply to it. */
  Wire.Response call(Wire.Request.Builder request) throws InterruptedException {
    return await(send(request));
  }

  /** Sends {@code request} with a fresh msg_id; returns that id. */
  int send(Wire.Request.Builder request) {
    int id = nextId++;
    sendRaw(Buffer.buffer(request.setMsgId(id).build().toByteArray()));
    return id;
  }

  void sendRaw(Buffer frame) {
    ws.writeBinaryMessage(frame);
  }

  void sendText(String text) {
    ws.writeTextMessage(text);
  }

  /** The next message with {@code msgId} (a reply or a push), waiting for it. */
  Wire.Response await(int msgId) throws InterruptedException {
    Wire.Response r = poll(msgId, TIMEOUT_MS);
    if (r == null) {
      throw new AssertionError("No message with msg_id " + msgId + " within " + TIMEOUT_MS + " ms"
          + (inbox.isClosed() ? " (connection closed)" : ""));
    }
    return r;
  }

  /** The next message with {@code msgId} within {@code millis}, or null. */
  Wire.Response poll(int msgId, long millis) throws InterruptedException {
    return inbox.take(r -> r.getMsgId() == msgId, millis);
  }

  /** How many messages with {@code msgId} arrived and are not yet taken. */
  int count(int msgId) {
    return inbox.count(r -> r.getMsgId() == msgId);
  }

  boolean isClosed() {
    return inbox.isClosed();
  }

  /** Pauses reading, so that the server sees a slow reader. */
  void pause() {
    ws.pause();
  }

  void resume() {
    ws.resume();
  }

  @Override
  public void close() {
    ws.close();
    http.close();
  }

  private void received(Buffer frame) {
    Wire.Response r;
    try {
      r = Wire.Response.parseFrom(frame.getBytes());
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError("The server sent a malformed frame", e);
    }
    inbox.add(r);
  }
}
