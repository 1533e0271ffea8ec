package dev.parallax.server;

import dev.parallax.server.bridge.BridgeGuard;
import io.vertx.ext.bridge.PermittedOptions;
import java.util.ArrayList;
import java.util.List;

/** How a {@link ParallaxServer} serves: paths, size limits, compression, the event-bus bridge, the web client. */
public final class ParallaxOptions {
  private String webSocketPath = "/websocket";
  private String restPath = "/tables";
  private String eventBusPath = "/eventbus";
  private String bridgeAddressPrefix = "parallax";
  private final List<PermittedOptions> bridgeInbound = new ArrayList<>();
  private final List<PermittedOptions> bridgeOutbound = new ArrayList<>();
  private BridgeGuard bridgeGuard = BridgeGuard.ALLOW_ALL;
  private long bridgeResumeMillis = 30_000;
  private String webClientPath = "/";
  private long maxFrameBytes = 256L * 1024 * 1024;
  private long maxPendingBytes = 32L * 1024 * 1024;
  private boolean compression;

  public String getWebSocketPath() {
    return webSocketPath;
  }

  /** Where the Perspective protocol is served; {@code /websocket} by default, as Perspective's own servers do. */
  public ParallaxOptions setWebSocketPath(String path) {
    this.webSocketPath = path;
    return this;
  }

  public String getRestPath() {
    return restPath;
  }

  /** The prefix of the REST routes; {@code /tables} by default. */
  public ParallaxOptions setRestPath(String path) {
    this.restPath = path;
    return this;
  }

  public long getMaxFrameBytes() {
    return maxFrameBytes;
  }

  /**
   * The largest request a client may send (one protobuf message, e.g. a table
   * load) and the largest REST body. A larger request is refused with an error
   * to that connection; one over twice this closes the connection, since it is
   * refused before it is read.
   */
  public ParallaxOptions setMaxFrameBytes(long bytes) {
    if (bytes <= 0 || bytes > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("maxFrameBytes must be in 1.." + Integer.MAX_VALUE / 2 + ", got " + bytes);
    }
    this.maxFrameBytes = bytes;
    return this;
  }

  public long getMaxPendingBytes() {
    return maxPendingBytes;
  }

  /**
   * How many bytes of subscription pushes may wait for one slow client before
   * its row deltas are coalesced into one snapshot of the changed views.
   */
  public ParallaxOptions setMaxPendingBytes(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxPendingBytes must be positive, got " + bytes);
    }
    this.maxPendingBytes = bytes;
    return this;
  }

  public boolean isCompression() {
    return compression;
  }

  /**
   * Whether to negotiate permessage-deflate with WebSocket clients; off by
   * default. Arrow payloads shrink only ~2.5:1 under deflate and cost both ends
   * seconds per million rows (the stock client deflates a 40 MB upload for
   * ~2-5 s; the server deflates a 33 MB to_arrow for ~0.7 s), which on a LAN or
   * loopback is many times the transfer it saves. Turn it on for slow links.
   */
  public ParallaxOptions setCompression(boolean compression) {
    this.compression = compression;
    return this;
  }

  public String getEventBusPath() {
    return eventBusPath;
  }

  /**
   * Where the SockJS event-bus bridge is served ({@code /eventbus} by default);
   * null serves no bridge.
   */
  public ParallaxOptions setEventBusPath(String path) {
    this.eventBusPath = path;
    return this;
  }

  public String getBridgeAddressPrefix() {
    return bridgeAddressPrefix;
  }

  /** The prefix of Parallax's event-bus addresses ({@code parallax}: {@code parallax.requests}, …). */
  public ParallaxOptions setBridgeAddressPrefix(String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      throw new IllegalArgumentException("the bridge address prefix must not be empty");
    }
    this.bridgeAddressPrefix = prefix;
    return this;
  }

  public List<PermittedOptions> getBridgeInboundPermitted() {
    return bridgeInbound;
  }

  /**
   * Lets browsers send to the application's own addresses over the bridge too.
   * The bridge denies everything not permitted: by default only Parallax's addresses.
   */
  public ParallaxOptions addBridgeInboundPermitted(PermittedOptions permitted) {
    bridgeInbound.add(permitted);
    return this;
  }

  public List<PermittedOptions> getBridgeOutboundPermitted() {
    return bridgeOutbound;
  }

  /** Lets browsers listen to the application's own addresses over the bridge too. */
  public ParallaxOptions addBridgeOutboundPermitted(PermittedOptions permitted) {
    bridgeOutbound.add(permitted);
    return this;
  }

  public BridgeGuard getBridgeGuard() {
    return bridgeGuard;
  }

  /** The application's authorization of bridge events (sockets, sends, registrations); all allowed by default. */
  public ParallaxOptions setBridgeGuard(BridgeGuard guard) {
    this.bridgeGuard = guard == null ? BridgeGuard.ALLOW_ALL : guard;
    return this;
  }

  public long getBridgeResumeMillis() {
    return bridgeResumeMillis;
  }

  /**
   * How long a browser whose bridge connection dropped may come back and find
   * its session (views, subscriptions) as it left it; 30 s by default, 0 ends
   * the session with its connection, as for a WebSocket.
   */
  public ParallaxOptions setBridgeResumeMillis(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("bridgeResumeMillis must not be negative, got " + millis);
    }
    this.bridgeResumeMillis = millis;
    return this;
  }

  public String getWebClientPath() {
    return webClientPath;
  }

  /**
   * Where the browser module ({@code parallax.js}, Perspective's WebAssembly)
   * and the demo pages are served; {@code /} by default, null serves none.
   */
  public ParallaxOptions setWebClientPath(String path) {
    this.webClientPath = path;
    return this;
  }
}
