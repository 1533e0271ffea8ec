package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.server.protocol.wire.Wire;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's embedding example, as written: the app's own Router and HttpServer. */
@ExtendWith(VertxExtension.class)
class TestEmbedding {
  @Test
  void hostedTableIsServedOnTheApplicationsRouter(Vertx vertx) throws Exception {
    Schema schema = Schema.of(List.of("id", "px"), List.of(ColumnType.INTEGER, ColumnType.FLOAT));
    ParallaxServer parallax = ParallaxServer.create(vertx, new ParallaxOptions().setMaxFrameBytes(64 << 20));
    ServerTestBase.await(parallax.host("trades", Table.create(schema, TableOptions.indexed("id"))));
    ColumnBatch batch = TableReader.read(Format.JSON_ROWS, "[{\"id\":1,\"px\":2.5}]", schema);
    ServerTestBase.await(parallax.update("trades", batch));

    Router router = Router.router(vertx);
    router.get("/health").handler(ctx -> ctx.end("ok"));
    parallax.mountOn(router);
    HttpServer http = ServerTestBase.await(vertx.createHttpServer(parallax.httpServerOptions())
        .requestHandler(router).listen(0, "127.0.0.1"));

    try (WireClient c = WireClient.connect(vertx, http.actualPort())) {
      assertEquals(1, c.call(Requests.size("trades")).getTableSizeResp().getSize());
      assertTrue(c.call(Requests.makeView("trades", "v", Wire.ViewConfig.getDefaultInstance())).hasTableMakeViewResp());
      assertEquals("[{\"id\":1,\"px\":2.5}]", ServerTestBase.viewRows(c, "v"));
    }
    assertEquals(List.of("trades"), parallax.tableNames());
  }
}
