package dev.parallax.bench.sidebyside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.server.ParallaxServer;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The side-by-side harness, tiny (10k rows, one repetition, no warm-up, no ratio
 * asserted), so that it cannot rot: Perspective's own Node server and an
 * embedded Parallax server, in turns, under the same client script; every step
 * is measured on both and gives answers of the same shape (rows and columns of
 * a screen), and every delta of the update step arrives before its timer stops.
 * (Perspective may fold pipelined updates into fewer deltas; Parallax sends one
 * per batch.) The full run is
 * {@code load-tests/run-side-by-side.sh}, outside the build.
 */
class TestSideBySideSmoke {
  private static final int ROWS = 10_000;
  private static final long TIMEOUT_S = 60;
  /** Steps whose check (the shape of the answer) must be the same on both servers. */
  private static final List<String> SAME_SHAPE = List.of("load", "group_by", "group_split", "sort");
  private static final List<String> STEPS = List.of("load", "group_by", "group_split", "sort", "flat_arrow",
      "updates");

  private final File nodeDir = new File(System.getProperty("parallax.node.dir", "src/main/node"));

  @Test
  void everyStepRunsOnBothServersWithAnswersOfTheSameShape(@TempDir Path dir) throws Exception {
    assertTrue(new File(nodeDir, "node_modules/@perspective-dev/client").isDirectory(),
        "run `npm ci` in " + nodeDir.getAbsolutePath() + " (the Maven build does)");
    Path data = dir.resolve("data");
    SideBySideData.write(data, ROWS, 50, 100, 1);

    Path perspective = dir.resolve("perspective.json");
    Process server = new ProcessBuilder("node", "perspective-server.mjs").directory(nodeDir)
        .redirectErrorStream(true).start();
    try {
      int port = perspectivePort(server);
      client("run", "ws://127.0.0.1:" + port + "/websocket", "perspective", data.toString(), perspective.toString(),
          "--reps", "1", "--warmup", "0");
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
      server.destroyForcibly();
    }

    Path parallax = dir.resolve("parallax.json");
    Vertx vertx = Vertx.vertx();
    try {
      int port = ParallaxServer.create(vertx).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
          .get(TIMEOUT_S, TimeUnit.SECONDS).actualPort();
      client("run", "ws://127.0.0.1:" + port + "/websocket", "parallax", data.toString(), parallax.toString(),
          "--reps", "1", "--warmup", "0");
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    JsonNode theirs = new ObjectMapper().readTree(perspective.toFile());
    JsonNode ours = new ObjectMapper().readTree(parallax.toFile());
    assertEquals(ROWS, theirs.get("rows").asInt());
    assertEquals(ROWS, ours.get("rows").asInt());
    for (String step : STEPS) {
      JsonNode a = theirs.get("steps").get(step);
      JsonNode b = ours.get("steps").get(step);
      assertNotNull(a, "Perspective's run has no step " + step);
      assertNotNull(b, "Parallax's run has no step " + step);
      assertNull(a.get("error"), () -> "Perspective failed " + step + ": " + a.get("error"));
      assertNull(b.get("error"), () -> "Parallax failed " + step + ": " + b.get("error"));
      assertEquals(1, a.get("n").asInt(), step);
      assertEquals(1, b.get("n").asInt(), step);
      if (SAME_SHAPE.contains(step)) {
        assertEquals(a.get("check").asText(), b.get("check").asText(), step);
      }
      assertFalse(a.get("check").asText().contains("LATE"), () -> step + ": " + a.get("check"));
      assertFalse(b.get("check").asText().contains("LATE"), () -> step + ": " + b.get("check"));
    }
    // Back-to-back updates may arrive folded into fewer deltas (both servers do it), never none.
    assertTrue(ours.get("steps").get("updates").get("check").asText().matches("[1-9]\\d* deltas, last delta \\d+ rows"),
        () -> ours.get("steps").get("updates").get("check").asText());

    String table = client("report", perspective.toString(), parallax.toString());
    for (String step : STEPS) {
      assertTrue(table.contains(theirs.get("steps").get(step).get("title").asText()), table);
    }
    assertFalse(table.contains("FAILED"), table);
  }

  /** The port Perspective's server prints once it listens. */
  private static int perspectivePort(Process server) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
    StringBuilder log = new StringBuilder();
    for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
      if (line.startsWith("PORT ")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "perspective-server-log");
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(line.substring(5).trim());
      }
      log.append(line).append('\n');
    }
    throw new AssertionError("Perspective's server did not start:\n" + log);
  }

  /** Runs the client script with {@code args}; returns its standard output, failing on a non-zero exit. */
  private String client(String... args) throws Exception {
    Path log = Files.createTempFile("sidebyside", ".log");
    String[] command = new String[args.length + 2];
    command[0] = "node";
    command[1] = "sidebyside.mjs";
    System.arraycopy(args, 0, command, 2, args.length);
    Process node = new ProcessBuilder(command).directory(nodeDir).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      assertTrue(node.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "the client did not finish in " + TIMEOUT_S + " s");
    } finally {
      node.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertEquals(0, node.exitValue(), output);
    return output;
  }
}
