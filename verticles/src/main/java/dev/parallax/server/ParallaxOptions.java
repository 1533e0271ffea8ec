package dev.parallax.server;

/** How a {@link ParallaxServer} serves: paths, size limits, compression. */
public final class ParallaxOptions {
  private String webSocketPath = "/websocket";
  private String restPath = "/tables";
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
}
