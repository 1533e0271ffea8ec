package dev.parallax.bench.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fan-out harness, tiny (2,000 rows, 1 and 4 subscribers so every view of
 * the mix is there, 3 s of updates), so that it cannot rot: it checks what
 * arrived, never how fast. The full run is {@code load-tests/run-fan-out.sh},
 * outside the build.
 */
class TestFanOutSmoke {
  private static final List<Integer> SUBSCRIBERS = List.of(1, 4);
  @TempDir
  static Path out;
  private static Settings settings;
  private static List<LevelResult> levels;

  @BeforeAll
  static void run() throws Exception {
    settings = new Settings(SUBSCRIBERS, 2_000, 50, 20, 1, 2, 30, true, out);
    levels = FanOut.run(settings);
  }

  @Test
  void everyLevelRuns() {
    assertEquals(SUBSCRIBERS.size(), levels.size());
  }

  @Test
  void everySubscriberGetsDeltas() {
    for (LevelResult r : levels) {
      assertTrue(r.minDeltasPerSubscriber() > 0, () -> r.subscribers() + " subscribers: one got no delta");
    }
  }

  @Test
  void everySubscribersCopyEqualsAFreshToJsonOfItsView() {
    for (LevelResult r : levels) {
      assertEquals(List.of(), r.failures(), () -> r.subscribers() + " subscribers");
    }
  }

  @Test
  void everySubscriberSeesTheLastBatch() {
    for (LevelResult r : levels) {
      assertEquals(0, r.behind(), () -> r.subscribers() + " subscribers");
    }
  }

  @Test
  void everyDeltaNamesItsNewestBatch() {
    for (LevelResult r : levels) {
      assertEquals(0, r.unmarked(), () -> r.subscribers() + " subscribers");
    }
  }

  @Test
  void everyMeasuredBatchHasOneLatencyPerSubscriber() {
    for (LevelResult r : levels) {
      assertEquals(r.batches() * r.subscribers(), r.latencyMicros().getTotalCount(), () -> r.subscribers() + " subscribers");
    }
  }

  @Test
  void theReportHasARowPerLevel() {
    String report = FanOutReport.markdown(settings, levels);
    for (int n : SUBSCRIBERS) {
      assertTrue(report.contains("\n| " + n + " | "), report);
    }
  }
}
