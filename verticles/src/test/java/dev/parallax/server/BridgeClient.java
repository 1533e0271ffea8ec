package dev.parallax.server;

import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A browser's side of the event-bus bridge, for tests: the bridge's JSON
 * frames over SockJS's raw WebSocket ({@code /eventbus/websocket}), as
 * vertx-eventbus.js sends them.
 */
final class BridgeClient implements AutoCloseable {
  private final WebSocketClient http;
  private final WebSocket ws;
  /** Bridge frames other than protocol messages. */
  private final Mailbox<JsonObject> inbox = new Mailbox<>();
  /** Protocol messages received on the reply address, decoded. */
  private final Mailbox<Wire.Response> responses = new Mailbox<>();
  private final String token;
  private int nextId = 1;

  private BridgeClient(WebSocketClient http, WebSocket ws, String token) {
    this.http = http;
    this.ws = ws;
    this.token = token;
    ws.textMessageHandler(text -> received(new JsonObject(text)));
    ws.binaryMessageHandler(data -> received(new JsonObject(data)));
    ws.closeHandler(v -> {
      inbox.close();
      responses.close();
    });
  }

  /** A connection that has not registered anything yet; {@code token} is the reply address it will use. */
  static BridgeClient connect(Vertx vertx, int port, String token) throws Exception {
    WebSocketClient http = vertx.createWebSocketClient();
    WebSocket ws = http.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
            .setURI("/eventbus/websocket"))
        .toCompletionStage().toCompletableFuture().get(WireClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
    return new BridgeClient(http, ws, token);
  }

  static String newToken() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  String token() {
    return token;
  }

  String replyAddress() {
    return "parallax.replies." + token;
  }

  /** Registers the reply address and attaches; returns the server's answer ({@code attached} or {@code resumed}). */
  String attach() throws InterruptedException {
    frame(new JsonObject().put("type", "register").put("address", replyAddress()));
    String reply = UUID.randomUUID().toString();
    frame(new JsonObject().put("type", "send").put("address", "parallax.attach").put("body", new JsonObject())
        .put("replyAddress", reply));
    return String.valueOf(next(f -> reply.equals(f.getString("address"))).getValue("body"));
  }

  void frame(JsonObject frame) {
    ws.writeTextMessage(frame.encode());
  }

  /** Sends {@code body} to {@code address} as a browser would. */
  void send(String address, Object body) {
    frame(new JsonObject().put("type", "send").put("address", address).put("body", body));
  }

  /** Sends {@code request} with a fresh msg_id, base64url-encoded; returns the id. */
  int request(Wire.Request.Builder request) {
    int id = nextId++;
    send("parallax.requests", Base64.getUrlEncoder().withoutPadding()
        .encodeToString(request.setMsgId(id).build().toByteArray()));
    return id;
  }

  Wire.Response call(Wire.Request.Builder request) throws Exception {
    return response(request(request));
  }

  /** The next protocol message with {@code msgId} on this client's reply address. */
  Wire.Response response(int msgId) throws Exception {
    Wire.Response r = pollResponse(msgId, WireClient.TIMEOUT_MS);
    if (r == null) {
      throw new AssertionError("No response with msg_id " + msgId
          + (responses.isClosed() ? " (connection closed)" : ""));
    }
    return r;
  }

  /** The next protocol message with {@code msgId} within {@code millis}, or null; others stay for later. */
  Wire.Response pollResponse(int msgId, long millis) throws Exception {
    return responses.take(r -> r.getMsgId() == msgId, millis);
  }

  /** The next bridge error frame ({@code {"type": "err", ...}}). */
  JsonObject error() throws InterruptedException {
    return next(f -> "err".equals(f.getString("type")));
  }

  JsonObject next(java.util.function.Predicate<JsonObject> which) throws InterruptedException {
    JsonObject f = poll(which, WireClient.TIMEOUT_MS);
    if (f == null) {
      throw new AssertionError("No such frame within " + WireClient.TIMEOUT_MS + " ms; inbox " + inbox);
    }
    return f;
  }

  /** The next frame matching {@code which} within {@code millis}, or null. */
  JsonObject poll(java.util.function.Predicate<JsonObject> which, long millis) throws InterruptedException {
    return inbox.take(which, millis);
  }

  /** Every frame received and not yet taken. */
  int pending() {
    return inbox.size();
  }

  @Override
  public void close() {
    ws.close();
    http.close();
  }

  private void received(JsonObject frame) {
    if ("rec".equals(frame.getString("type")) && replyAddress().equals(frame.getString("address"))) {
      try {
        responses.add(Wire.Response.parseFrom(Base64.getUrlDecoder().decode(frame.getString("body"))));
      } catch (com.google.protobuf.InvalidProtocolBufferException e) {
        throw new AssertionError("The server sent a malformed message", e);
      }
    } else {
      inbox.add(frame);
    }
  }
}
