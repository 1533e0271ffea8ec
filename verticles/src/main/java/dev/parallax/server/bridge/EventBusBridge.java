package dev.parallax.server.bridge;

import dev.parallax.server.verticle.TableRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.bridge.BridgeEventType;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The SockJS event-bus bridge that carries Perspective's protocol to browsers
 * (see the package documentation for the addresses). Deny by default: the
 * bridge permits Parallax's three addresses and whatever the application adds,
 * asks the application's {@link BridgeGuard} about every event, and binds each
 * socket to the one token it registered, so a socket can neither send as
 * another nor listen to another's replies.
 */
public final class EventBusBridge {
  /** The header the bridge stamps on each request: the token of the socket it came from. */
  static final String TOKEN_HEADER = "parallax-token";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  private final Vertx vertx;
  private final TableRegistry tables;
  private final Settings settings;
  private final Map<String, BridgeConnection> connections = new ConcurrentHashMap<>();
  private final Map<SockJSSocket, BridgeConnection> bySocket = new ConcurrentHashMap<>();
  private final MessageConsumer<Object> attachConsumer;
  private final MessageConsumer<Object> requestConsumer;

  /**
   * What the bridge needs to know from the server's options.
   *
   * @param prefix the addresses' prefix ({@code parallax}: {@code parallax.attach}, …)
   * @param inbound addresses the application lets browsers send to, besides Parallax's
   * @param outbound addresses the application lets browsers listen to, besides Parallax's
   * @param guard the application's authorization hook
   * @param maxFrameBytes the largest request, decoded
   * @param maxPendingBytes how much may wait for one slow or dropped browser
   * @param resumeMillis how long a dropped connection's session waits for the browser to come back
   */
  public record Settings(String prefix, List<PermittedOptions> inbound, List<PermittedOptions> outbound,
      BridgeGuard guard, long maxFrameBytes, long maxPendingBytes, long resumeMillis) { }

  public EventBusBridge(Vertx vertx, TableRegistry tables, Settings settings) {
    this.vertx = vertx;
    this.tables = tables;
    this.settings = settings;
    EventBus bus = vertx.eventBus();
    // Local consumers: a request is served by the node its browser is connected to.
    this.attachConsumer = bus.localConsumer(attachAddress(), this::onAttach);
    this.requestConsumer = bus.localConsumer(requestAddress(), this::onRequest);
  }

  /**
   * A SockJS router to mount under the bridge's path, e.g. {@code
   * router.route("/eventbus/*").subRouter(...)}; several routers of one bridge
   * share its connections.
   */
  public Router router() {
    SockJSBridgeOptions options = new SockJSBridgeOptions()
        .addInboundPermitted(new PermittedOptions().setAddress(attachAddress()))
        .addInboundPermitted(new PermittedOptions().setAddress(requestAddress()))
        .addOutboundPermitted(new PermittedOptions().setAddressRegex(Pattern.quote(settings.prefix() + ".replies.")
            + TOKEN.pattern()));
    settings.inbound().forEach(options::addInboundPermitted);
    settings.outbound().forEach(options::addOutboundPermitted);
    return SockJSHandler.create(vertx).bridge(options, this::onEvent);
  }

  /** Stops serving the bridge's addresses and closes every browser session. */
  public Future<Void> close() {
    for (BridgeConnection c : connections.values()) {
      c.context().runOnContext(v -> c.close("server closing"));
    }
    return Future.all(attachConsumer.unregister(), requestConsumer.unregister()).mapEmpty();
  }

  // ---- bridge events (on the socket's event loop) ----

  private void onEvent(BridgeEvent event) {
    if (event.type() == BridgeEventType.SOCKET_CLOSED) {
      // Not the guard's to refuse: the socket is gone either way.
      BridgeConnection closed = bySocket.remove(event.socket());
      if (closed != null) {
        closed.socketClosed(event.socket());
      }
      event.tryComplete(true);
      return;
    }
    settings.guard().allow(event).onComplete(ar -> {
      boolean allowed = ar.succeeded() && Boolean.TRUE.equals(ar.result()) && check(event);
      event.tryComplete(allowed);
    });
  }

  private boolean check(BridgeEvent event) {
    BridgeEventType type = event.type();
    JsonObject raw = event.getRawMessage();
    String address = raw == null ? null : raw.getString("address");
    switch (type) {
      case REGISTER:
        return !address.startsWith(settings.prefix() + ".") || bind(event, address);
      case SEND:
      case PUBLISH:
        if (!address.equals(attachAddress()) && !address.equals(requestAddress())) {
          return true;
        }
        BridgeConnection c = bySocket.get(event.socket());
        if (c == null || type == BridgeEventType.PUBLISH) {
          return false;
        }
        // Whatever headers the browser sent, the server trusts only the socket's own token.
        event.setRawMessage(raw.copy().put("headers", new JsonObject().put(TOKEN_HEADER, c.token())));
        return true;
      default:
        return true;
    }
  }

  /** Binds the socket to the token of the reply address it registers; refuses any other's. */
  private boolean bind(BridgeEvent event, String address) {
    String replies = settings.prefix() + ".replies.";
    if (!address.startsWith(replies) || !TOKEN.matcher(address.substring(replies.length())).matches()) {
      return false;
    }
    String token = address.substring(replies.length());
    BridgeConnection mine = bySocket.get(event.socket());
    if (mine != null) {
      return mine.token().equals(token);
    }
    Context context = vertx.getOrCreateContext();
    BridgeConnection c = connections.computeIfAbsent(token,
        t -> new BridgeConnection(this, t, event.socket(), context));
    if (c.socket() != event.socket() && !c.adopt(event.socket())) {
      return false;
    }
    bySocket.put(event.socket(), c);
    return true;
  }

  // ---- Parallax's addresses ----

  private void onAttach(Message<Object> message) {
    BridgeConnection c = connections.get(String.valueOf(message.headers().get(TOKEN_HEADER)));
    if (c == null) {
      message.fail(404, "Register the reply address before attaching");
      return;
    }
    c.context().runOnContext(v -> message.reply(c.attach(tables, settings.maxPendingBytes()) ? "resumed" : "attached"));
  }

  private void onRequest(Message<Object> message) {
    BridgeConnection c = connections.get(String.valueOf(message.headers().get(TOKEN_HEADER)));
    if (c != null) {
      Object body = message.body();
      c.context().runOnContext(v -> c.onRequest(body));
    }
  }

  // ---- for the connections ----

  String attachAddress() {
    return settings.prefix() + ".attach";
  }

  String requestAddress() {
    return settings.prefix() + ".requests";
  }

  String replyAddress(String token) {
    return settings.prefix() + ".replies." + token;
  }

  EventBus eventBus() {
    return vertx.eventBus();
  }

  long maxEncodedBytes() {
    return (settings.maxFrameBytes() * 4 + 2) / 3;
  }

  long maxPendingBytes() {
    return settings.maxPendingBytes();
  }

  long resumeMillis() {
    return settings.resumeMillis();
  }

  void forget(BridgeConnection c) {
    connections.remove(c.token(), c);
    bySocket.values().removeIf(x -> x == c);
  }
}
