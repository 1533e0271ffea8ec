package dev.parallax.server;

import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.server.bridge.EventBusBridge;
import dev.parallax.server.http.RestApi;
import dev.parallax.server.http.WebSocketFront;
import dev.parallax.server.verticle.TableData;
import dev.parallax.server.verticle.TableRegistry;
import dev.parallax.server.verticle.TableVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parallax in a Vert.x application: hosts tables and serves them to Perspective
 * clients over a WebSocket, and as snapshots and updates over REST.
 *
 * <pre>{@code
 * ParallaxServer server = ParallaxServer.create(vertx, new ParallaxOptions());
 * server.host("trades", table);                 // each table gets its own verticle
 * server.mountOn(router);                       // /websocket and /tables on your Router
 * vertx.createHttpServer(server.httpServerOptions()).requestHandler(router).listen(8080);
 * // or, standalone: server.listen(8080, "127.0.0.1");
 * }</pre>
 *
 * <p>A hosted table belongs to its verticle: after {@code host} the caller
 * reaches it only through {@link #update} and {@link #withTable}.
 */
public final class ParallaxServer {
  private static final System.Logger LOG = System.getLogger(ParallaxServer.class.getName());
  /** Where the web-client jar keeps its files on the classpath. */
  private static final String WEB_CLIENT_ROOT = "parallax-web";

  private final Vertx vertx;
  private final ParallaxOptions options;
  private final TableRegistry tables;
  private final List<HttpServer> servers = new ArrayList<>();
  /** Made by the first {@link #mountOn} that serves it: one set of bridge sessions per server. */
  private EventBusBridge bridge;

  private ParallaxServer(Vertx vertx, ParallaxOptions options) {
    this.vertx = vertx;
    this.options = options;
    this.tables = new TableRegistry(vertx);
  }

  public static ParallaxServer create(Vertx vertx, ParallaxOptions options) {
    return new ParallaxServer(vertx, options);
  }

  public static ParallaxServer create(Vertx vertx) {
    return create(vertx, new ParallaxOptions());
  }

  /** Hosts {@code table} as {@code name}; fails when the name is taken. */
  public Future<Void> host(String name, Table table) {
    return tables.host(name, table).mapEmpty();
  }

  /** Hosts a table read from {@code data} in {@code format} (parsed on a worker thread). */
  public Future<Void> host(String name, byte[] data, Format format, TableOptions tableOptions) {
    return vertx.executeBlocking(() -> Table.create(TableData.read(format, data, null), tableOptions), false)
        .compose(t -> host(name, t));
  }

  /** Applies {@code batch} to the hosted table {@code name}, on its verticle; subscribers see it as one update. */
  public Future<Void> update(String name, ColumnBatch batch) {
    return withTable(name, t -> {
      tables.require(name).update(batch, 0);
      return null;
    });
  }

  /** Runs {@code task} with the hosted table, on its verticle, and completes with the result. */
  public <T> Future<T> withTable(String name, Function<Table, T> task) {
    TableVerticle t;
    try {
      t = tables.require(name);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return t.call(() -> task.apply(t.table()));
  }

  /** Deletes a hosted table; refused while clients have views of it. */
  public Future<Void> delete(String name) {
    return tables.delete(name);
  }

  /** The names of the hosted tables. */
  public List<String> tableNames() {
    List<String> names = new ArrayList<>();
    for (TableVerticle t : tables.all()) {
      names.add(t.name());
    }
    return names;
  }

  /**
   * Adds the WebSocket endpoint, the REST routes, the SockJS event-bus bridge
   * and the web client (each where {@link ParallaxOptions} says; a null path
   * leaves it out) to {@code router}.
   */
  public Router mountOn(Router router) {
    router.route(options.getWebSocketPath())
        .handler(new WebSocketFront(tables, options.getMaxFrameBytes(), options.getMaxPendingBytes()));
    new RestApi(tables, options.getMaxFrameBytes()).mount(router, options.getRestPath());
    if (options.getEventBusPath() != null) {
      if (bridge == null) {
        bridge = new EventBusBridge(vertx, tables, new EventBusBridge.Settings(
            options.getBridgeAddressPrefix(), options.getBridgeInboundPermitted(), options.getBridgeOutboundPermitted(),
            options.getBridgeGuard(), options.getMaxFrameBytes(), options.getMaxPendingBytes(),
            options.getBridgeResumeMillis()));
      }
      router.route(withoutSlash(options.getEventBusPath()) + "/*").subRouter(bridge.router());
    }
    if (options.getWebClientPath() != null) {
      // The web-client jar's resources: the browser module, Perspective's WebAssembly, the demo pages.
      router.route(withoutSlash(options.getWebClientPath()) + "/*").handler(StaticHandler.create(WEB_CLIENT_ROOT));
    }
    return router;
  }

  private static String withoutSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * The HTTP server options the WebSocket endpoint needs: permessage-deflate
   * and frame limits above {@link ParallaxOptions#getMaxFrameBytes()}, so that an
   * oversized request gets an error instead of a dropped connection.
   */
  public HttpServerOptions httpServerOptions() {
    int hard = (int) Math.min(Integer.MAX_VALUE, 2 * options.getMaxFrameBytes());
    return new HttpServerOptions()
        .setPerMessageWebSocketCompressionSupported(options.isCompression())
        .setPerFrameWebSocketCompressionSupported(options.isCompression())
        .setMaxWebSocketFrameSize(hard)
        .setMaxWebSocketMessageSize(hard);
  }

  /** Starts an HTTP server of its own serving only Parallax's routes. */
  public Future<HttpServer> listen(int port, String host) {
    Router router = mountOn(Router.router(vertx));
    router.route().failureHandler(ctx -> {
      if (ctx.failure() != null) {
        LOG.log(System.Logger.Level.ERROR, "HTTP request failed: " + ctx.request().path(), ctx.failure());
      }
      ctx.next();
    });
    return vertx.createHttpServer(httpServerOptions().setPort(port).setHost(host))
        .requestHandler(router).listen()
        .onSuccess(servers::add);
  }

  /** Stops the servers {@link #listen} started and the event-bus bridge (its sessions end). The tables stay until the Vertx instance closes. */
  public Future<Void> close() {
    List<Future<Void>> closing = new ArrayList<>();
    if (bridge != null) {
      closing.add(bridge.close());
      bridge = null;
    }
    for (HttpServer s : servers) {
      closing.add(s.close());
    }
    servers.clear();
    return Future.all(closing).mapEmpty();
  }
}
