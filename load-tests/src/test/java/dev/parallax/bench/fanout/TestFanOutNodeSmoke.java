package dev.parallax.bench.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.bench.NodeScripts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Node side of the fan-out test, tiny (2,000 rows, 3 stock clients, one of
 * each view, 3 s of updates), so that it cannot rot: on Perspective's own
 * server and on an embedded Parallax server, every subscriber sees every batch
 * through the marker, and the report compares the two. No time is asserted.
 */
class TestFanOutNodeSmoke {
  private static final int SUBSCRIBERS = 3;
  /** 1 s of warm-up and 2 s measured, at 20 a second. */
  private static final int BATCHES = 60;
  private static final int MEASURED = 40;

  @Test
  void bothServersDeliverEveryBatchToEveryStockClient(@TempDir Path dir) throws Exception {
    NodeScripts node = NodeScripts.installed();
    Path data = dir.resolve("data");
    FanOutData.write(data, 2_000, BATCHES, 50);

    Path perspective = dir.resolve("perspective-3.json");
    node.withPerspective(port -> measure(node, port, "perspective", data, perspective));
    Path parallax = dir.resolve("parallax-3.json");
    NodeScripts.withParallax(port -> measure(node, port, "parallax", data, parallax));

    for (Path run : new Path[] {perspective, parallax}) {
      JsonNode r = new ObjectMapper().readTree(run.toFile());
      assertNull(r.get("error"), () -> run + ": " + r.get("error"));
      assertEquals(0, r.get("errors").size(), () -> run + ": " + r.get("errors"));
      assertEquals(0, r.get("behind").asInt(), run.toString());
      assertEquals(0, r.get("unmarked").asInt(), run.toString());
      assertEquals(MEASURED * SUBSCRIBERS, r.get("latencyMs").get("n").asInt(), run.toString());
    }
    String report = node.run("fanout.mjs", "report", perspective.toString(), parallax.toString());
    assertTrue(report.contains("| " + SUBSCRIBERS + " "), report);
  }

  private static void measure(NodeScripts node, int port, String label, Path data, Path out) throws Exception {
    node.run("fanout.mjs", "run", "ws://127.0.0.1:" + port + "/websocket", label, data.toString(), out.toString(),
        "--subscribers", String.valueOf(SUBSCRIBERS), "--warmup-s", "1", "--seconds", "2", "--drain-s", "20");
  }
}
