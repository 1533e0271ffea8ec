package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web-client jar's files, served at {@code /}: the pages, the module, Perspective's WebAssembly as such. */
class TestWebClientServed extends ServerTestBase {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void homePageLinksToEveryDemoPage() throws Exception {
    HttpResponse<byte[]> home = get("/");
    assertEquals(200, home.statusCode());
    String html = new String(home.body(), StandardCharsets.UTF_8);
    for (String page : new String[] {"client-only.html", "server-only.html?transport=websocket",
        "server-only.html?transport=eventbus", "replicated.html?transport=websocket",
        "replicated.html?transport=eventbus"}) {
      assertTrue(html.contains("href=\"" + page + "\""), page);
    }
  }

  @Test
  void perspectivesWebAssemblyIsServedAsWasm() throws Exception {
    HttpResponse<byte[]> module = get("/parallax.js");
    assertEquals(200, module.statusCode());
    assertTrue(module.headers().firstValue("content-type").orElse("").startsWith("text/javascript"));
    Matcher wasm = Pattern.compile("perspective-(viewer|server)-[A-Z0-9]+\\.wasm")
        .matcher(new String(module.body(), StandardCharsets.UTF_8));
    int found = 0;
    while (wasm.find()) {
      HttpResponse<byte[]> engine = get("/" + wasm.group());
      assertEquals(200, engine.statusCode(), wasm.group());
      assertEquals("application/wasm", engine.headers().firstValue("content-type").orElse(""), wasm.group());
      assertEquals(0x00, engine.body()[0], "a WebAssembly module starts with \\0asm");
      found++;
    }
    assertTrue(found >= 2, "the module names both engines");
  }
}
