package dev.parallax.server.http;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.format.Format;
import dev.parallax.server.verticle.TableData;
import dev.parallax.server.verticle.TableRegistry;
import dev.parallax.server.verticle.TableVerticle;
import dev.parallax.server.verticle.ViewHandle;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP access to the hosted tables for clients that keep their own copy:
 * {@code GET /tables} lists them, {@code GET /tables/{name}?format=arrow|csv|json}
 * is a snapshot, {@code POST /tables/{name}} with an Arrow, CSV or JSON body
 * (by {@code Content-Type}) updates one. Errors are plain-text 4xx replies.
 */
public final class RestApi {
  private final TableRegistry tables;
  private final long maxBodyBytes;

  public RestApi(TableRegistry tables, long maxBodyBytes) {
    this.tables = tables;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Adds the routes under {@code prefix} (e.g. {@code /tables}). */
  public void mount(Router router, String prefix) {
    router.get(prefix).handler(this::list);
    router.get(prefix + "/:name").handler(this::snapshot);
    router.post(prefix + "/:name").handler(BodyHandler.create().setBodyLimit(maxBodyBytes)).handler(this::update);
  }

  private void list(RoutingContext ctx) {
    List<Future<JsonObject>> infos = new ArrayList<>();
    for (TableVerticle t : tables.all()) {
      infos.add(t.call(() -> {
        JsonObject schema = new JsonObject();
        Schema s = t.table().schema();
        for (int i = 0; i < s.size(); i++) {
          schema.put(s.name(i), s.type(i).label());
        }
        return new JsonObject().put("name", t.name()).put("size", t.table().size())
            .put("index", t.options().getIndex())
            .put("limit", t.options().getLimit() > 0 ? t.options().getLimit() : null)
            .put("schema", schema);
      }));
    }
    Future.all(infos).onComplete(ar -> {
      if (ar.failed()) {
        fail(ctx, ar.cause());
        return;
      }
      JsonArray out = new JsonArray();
      for (Future<JsonObject> f : infos) {
        out.add(f.result());
      }
      ctx.response().putHeader("Content-Type", "application/json").end(out.encode());
    });
  }

  private void snapshot(RoutingContext ctx) {
    String format = ctx.queryParams().get("format") == null ? "json" : ctx.queryParams().get("format");
    TableVerticle t = tables.get(ctx.pathParam("name"));
    if (t == null) {
      ctx.response().setStatusCode(404).end("Unknown table '" + ctx.pathParam("name") + "'");
      return;
    }
    t.call(() -> ViewHandle.snapshot(t.table(), format)).onComplete(ar -> {
      if (ar.failed()) {
        fail(ctx, ar.cause());
      } else if (ar.result() instanceof byte[]) {
        ctx.response().putHeader("Content-Type", "application/vnd.apache.arrow.stream")
            .end(Buffer.buffer((byte[]) ar.result()));
      } else {
        ctx.response().putHeader("Content-Type", "csv".equals(format) ? "text/csv" : "application/json")
            .end((String) ar.result());
      }
    });
  }

  private void update(RoutingContext ctx) {
    TableVerticle t = tables.get(ctx.pathParam("name"));
    if (t == null) {
      ctx.response().setStatusCode(404).end("Unknown table '" + ctx.pathParam("name") + "'");
      return;
    }
    byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    String type = ctx.request().getHeader("Content-Type");
    t.call(() -> {
      t.update(TableData.read(format(type, body), body, t.table().schema()), 0);
      return t.table().size();
    }).onComplete(ar -> {
      if (ar.failed()) {
        fail(ctx, ar.cause());
      } else {
        ctx.response().putHeader("Content-Type", "application/json")
            .end(new JsonObject().put("size", ar.result()).encode());
      }
    });
  }

  /** The payload format a {@code Content-Type} names. */
  static Format format(String contentType, byte[] body) {
    String t = contentType == null ? "" : contentType.toLowerCase();
    if (t.contains("arrow") || t.startsWith("application/octet-stream")) {
      return Format.ARROW;
    } else if (t.startsWith("text/csv")) {
      return Format.CSV;
    } else if (t.contains("ndjson") || t.contains("jsonl")) {
      return Format.NDJSON;
    } else if (t.contains("json")) {
      return Format.detectJson(body);
    }
    throw new ParallaxException("Unsupported Content-Type '" + contentType
        + "': use application/vnd.apache.arrow.stream, text/csv, application/json or application/x-ndjson");
  }

  private static void fail(RoutingContext ctx, Throwable e) {
    boolean client = e instanceof ParallaxException;
    ctx.response().setStatusCode(client ? 400 : 500).putHeader("Content-Type", "text/plain")
        .end(client ? e.getMessage() : "Internal error");
  }
}
