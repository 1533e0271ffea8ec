package dev.parallax.bench.sidebyside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.bench.NodeScripts;
import java.nio.file.Path;
import java.util.List;
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
  /** Steps whose check (the shape of the answer) must be the same on both servers. */
  private static final List<String> SAME_SHAPE = List.of("load", "group_by", "group_split", "sort");
  private static final List<String> STEPS = List.of("load", "group_by", "group_split", "sort", "flat_arrow",
      "updates");

  @Test
  void everyStepRunsOnBothServersWithAnswersOfTheSameShape(@TempDir Path dir) throws Exception {
    NodeScripts node = NodeScripts.installed();
    Path data = dir.resolve("data");
    SideBySideData.write(data, ROWS, 50, 100, 1);

    Path perspective = dir.resolve("perspective.json");
    node.withPerspective(port -> node.run("sidebyside.mjs", "run", "ws://127.0.0.1:" + port + "/websocket",
        "perspective", data.toString(), perspective.toString(), "--reps", "1", "--warmup", "0"));
    Path parallax = dir.resolve("parallax.json");
    NodeScripts.withParallax(port -> node.run("sidebyside.mjs", "run", "ws://127.0.0.1:" + port + "/websocket",
        "parallax", data.toString(), parallax.toString(), "--reps", "1", "--warmup", "0"));

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

    String table = node.run("sidebyside.mjs", "report", perspective.toString(), parallax.toString());
    for (String step : STEPS) {
      assertTrue(table.contains(theirs.get("steps").get(step).get("title").asText()), table);
    }
    assertFalse(table.contains("FAILED"), table);
  }
}
