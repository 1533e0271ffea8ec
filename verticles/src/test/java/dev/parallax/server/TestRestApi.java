package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.table.TableOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /tables, GET /tables/{name}?format=…, POST /tables/{name}. */
class TestRestApi extends ServerTestBase {
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void hostTable() throws Exception {
    await(server.host("px", "id,sym,px\n1,A,1.5\n2,B,2.5\n".getBytes(StandardCharsets.UTF_8), Format.CSV,
        TableOptions.indexed("id")));
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listingGivesNamesSchemasSizesAndIndex() throws Exception {
    JsonArray tables = new JsonArray(new String(get("/tables").body(), StandardCharsets.UTF_8));
    JsonObject t = tables.getJsonObject(0);
    assertEquals("px", t.getString("name"));
    assertEquals(2, t.getInteger("size"));
    assertEquals("id", t.getString("index"));
    assertEquals(new JsonObject().put("id", "integer").put("sym", "string").put("px", "float"), t.getJsonObject("schema"));
  }

  @Test
  void snapshotAsJsonAndCsv() throws Exception {
    assertEquals("[{\"id\":1,\"sym\":\"A\",\"px\":1.5},{\"id\":2,\"sym\":\"B\",\"px\":2.5}]",
        new String(get("/tables/px?format=json").body(), StandardCharsets.UTF_8));
    HttpResponse<byte[]> csv = get("/tables/px?format=csv");
    assertEquals("text/csv", csv.headers().firstValue("Content-Type").orElse(""));
    assertEquals("\"id\",\"sym\",\"px\"\n1,\"A\",1.5\n2,\"B\",2.5\n", new String(csv.body(), StandardCharsets.UTF_8));
  }

  @Test
  void snapshotAsArrowReadsBack() throws Exception {
    ColumnBatch batch = TableReader.read(Format.ARROW, get("/tables/px?format=arrow").body(), null);
    assertEquals(2, batch.rowCount());
    assertEquals("sym", batch.name(1));
  }

  @Test
  void postedCsvJsonAndArrowUpdateTheTable() throws Exception {
    assertEquals(200, post("/tables/px", "text/csv", "id,px\n3,3.5\n".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertEquals(200, post("/tables/px", "application/json",
        "[{\"id\":1,\"px\":9.5}]".getBytes(StandardCharsets.UTF_8)).statusCode());
    byte[] arrow = get("/tables/px?format=arrow").body();
    HttpResponse<String> r = post("/tables/px", "application/vnd.apache.arrow.stream", arrow);
    assertEquals(200, r.statusCode());
    assertEquals(3, new JsonObject(r.body()).getInteger("size"));
    assertEquals("[{\"id\":1,\"sym\":\"A\",\"px\":9.5},{\"id\":2,\"sym\":\"B\",\"px\":2.5},{\"id\":3,\"sym\":null,\"px\":3.5}]",
        new String(get("/tables/px").body(), StandardCharsets.UTF_8));
  }

  @Test
  void malformedBodyIsA400AndChangesNothing() throws Exception {
    HttpResponse<String> r = post("/tables/px", "application/json", "[{\"id\":".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().length() > 0);
    assertEquals(400, post("/tables/px", "text/csv", "id,px\n1,lots\n".getBytes(StandardCharsets.UTF_8)).statusCode());
    int size = await(server.withTable("px", t -> t.size()));
    assertEquals(2, size);
  }

  @Test
  void unsupportedContentTypeIsA400() throws Exception {
    assertEquals(400, post("/tables/px", "image/png", new byte[] {1, 2}).statusCode());
  }

  @Test
  void unknownTableIsA404AndUnknownFormatA400() throws Exception {
    assertEquals(404, get("/tables/nope").statusCode());
    assertEquals(404, post("/tables/nope", "text/csv", "a\n1\n".getBytes(StandardCharsets.UTF_8)).statusCode());
    assertEquals(400, get("/tables/px?format=xml").statusCode());
  }
}
