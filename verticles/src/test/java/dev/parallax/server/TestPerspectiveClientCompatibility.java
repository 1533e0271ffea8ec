package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The stock {@code @perspective-dev/client@5.5.1}, in Node, against this server
 * over loopback: {@code src/test/node/compat.mjs} makes tables of every input
 * format, views, every output, on_update deltas, a replica made with
 * {@code perspective.table(server_view)} and errors, and compares each answer
 * with the same call on the client's own local engine. The Maven build runs
 * {@code npm ci} there first.
 */
class TestPerspectiveClientCompatibility extends ServerTestBase {
  private static final long TIMEOUT_S = 300;

  @Test
  void stockClientGetsTheAnswersOfItsOwnEngine() throws Exception {
    File dir = new File(System.getProperty("parallax.node.dir", "src/test/node"));
    assertTrue(new File(dir, "node_modules/@perspective-dev/client").isDirectory(),
        "run `npm ci` in " + dir.getAbsolutePath() + " (the Maven build does)");
    Path log = Files.createTempFile("parallax-compat", ".log");
    Process node = new ProcessBuilder("node", "compat.mjs", String.valueOf(port))
        .directory(dir).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertTrue(node.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "the Node suite did not finish in " + TIMEOUT_S + " s");
    } finally {
      node.destroyForcibly();
    }
    String report = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertEquals(0, node.exitValue(), report);
    assertTrue(report.contains("\"failures\":0"), report);
  }
}
