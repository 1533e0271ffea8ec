package dev.parallax.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.server.ParallaxOptions;
import dev.parallax.server.ParallaxServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo pages of {@code --demo} in a real browser: Debian's Chromium driven
 * by Playwright ({@code web-client/test/browser.mjs}) against this server on a
 * loopback port. Every page and transport: the viewer holds rows, the grid shows
 * cells, the data ticks, no page errors; replicas see a server-side remove and
 * (of a scratch table hosted beside the demo) a clear; the
 * event-bus pages tick again after their connection drops, resuming their
 * session after a short drop and, after an outage that outlasted it, making it
 * again under the same ids, so that the same viewer carries on. Screenshots land in
 * {@code target/screenshots}. Without Chromium the test is skipped, except on
 * CI ({@code CI=true}), where it fails.
 */
class TestDemoPagesInBrowser {
  private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
  private static final long TIMEOUT_S = 420;
  /** Short, so that the suite can outlast it and see the event-bus pages resubscribe. */
  private static final long RESUME_MS = 3_000;

  private Vertx vertx;
  private ParallaxServer server;
  private int port;

  @BeforeEach
  void startDemoServer() throws Exception {
    vertx = Vertx.vertx();
    server = ParallaxServer.create(vertx, new ParallaxOptions().setBridgeResumeMillis(RESUME_MS));
    // Beside the demo, a small keyed table the suite may clear without spoiling the pages.
    Table scratch = Table.create(Schema.of(List.of("id", "x"), List.of(ColumnType.INTEGER, ColumnType.FLOAT)),
        TableOptions.indexed("id"));
    scratch.update(TableReader.read(Format.JSON_ROWS, "[{\"id\":1,\"x\":1.5},{\"id\":2,\"x\":2.5},{\"id\":3,\"x\":3.5}]",
        scratch.schema()));
    HttpServer http = DemoMarket.start(vertx, server).compose(v -> server.host("scratch", scratch))
        .compose(v -> server.listen(0, "127.0.0.1"))
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    port = http.actualPort();
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void everyDemoPageShowsTheLiveTableInChromium() throws Exception {
    if (!new File(CHROMIUM).canExecute()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("Chromium is missing at " + CHROMIUM + ": the browser tests need it on CI (apt-get install chromium)");
      }
      Assumptions.abort("no Chromium at " + CHROMIUM);
    }
    File dir = new File(System.getProperty("parallax.webclient.dir", "../web-client"));
    assertTrue(new File(dir, "node_modules/playwright-core").isDirectory(),
        "run `npm ci` in " + dir.getAbsolutePath() + " (the Maven build of web-client does)");
    String screenshots = System.getProperty("parallax.screenshots.dir", "target/screenshots");
    Path log = Files.createTempFile("parallax-browser", ".log");
    Process node = new ProcessBuilder("node", "test/browser.mjs", "http://127.0.0.1:" + port + "/",
        new File(screenshots).getAbsolutePath(), String.valueOf(RESUME_MS))
        .directory(dir).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished;
    try {
      finished = node.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
    } finally {
      node.destroyForcibly();
    }
    String report = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertTrue(finished, "the browser suite did not finish in " + TIMEOUT_S + " s; it said:\n" + report);
    assertEquals(0, node.exitValue(), report);
    assertTrue(report.contains("\"failures\":0"), report);
  }
}
