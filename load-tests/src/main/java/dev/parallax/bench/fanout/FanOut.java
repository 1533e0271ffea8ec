package dev.parallax.bench.fanout;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The fan-out load test of the Parallax server: many browsers' worth of
 * WebSocket subscribers on live views while the table ticks. For each
 * subscriber count, a fresh server in this process; the latencies of the
 * deltas, what was delivered and what the process spent. Settings by system
 * properties (see {@link Settings}); the table goes to standard output and
 * {@code parallax.md} (with each level's latency distribution,
 * {@code latency-N.hgrm}) under {@code fanout.out}.
 *
 * <p>{@code java -cp load-tests/target/benchmarks.jar dev.parallax.bench.fanout.FanOut}
 * (or {@code load-tests/run-fan-out.sh}, which also compares with Perspective's server).
 */
public final class FanOut {
  private FanOut() {
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    List<LevelResult> levels = run(settings);
    String report = FanOutReport.markdown(settings, levels);
    System.out.println(report);
    write(settings, levels, report);
    for (LevelResult r : levels) {
      if (!r.failures().isEmpty()) {
        System.exit(1);
      }
    }
    System.exit(0);
  }

  /** Runs every level of {@code settings}, in order. */
  static List<LevelResult> run(Settings settings) throws Exception {
    List<byte[]> ticks = new ArrayList<>(settings.batches());
    for (int k = 0; k < settings.batches(); k++) {
      ticks.add(FanOutData.tickArrow(k, settings.rows(), settings.batchRows()));
    }
    FanOutRun runner = new FanOutRun(settings, ticks);
    List<LevelResult> levels = new ArrayList<>();
    for (int n : settings.subscribers()) {
      System.err.printf("fan-out: %d subscribers ...%n", n);
      LevelResult r = runner.run(n);
      System.err.printf("fan-out: %d subscribers: p50 %.1f ms, p99 %.1f ms, %.0f deltas/s, %d behind%n", n,
          r.millis(50), r.millis(99), r.deltasPerSecond(), r.behind());
      levels.add(r);
    }
    return levels;
  }

  private static void write(Settings settings, List<LevelResult> levels, String report) throws IOException {
    Files.createDirectories(settings.out());
    Files.writeString(settings.out().resolve("parallax.md"), report, StandardCharsets.UTF_8);
    for (LevelResult r : levels) {
      try (PrintStream hgrm = new PrintStream(
          Files.newOutputStream(settings.out().resolve("latency-" + r.subscribers() + ".hgrm")), false,
          StandardCharsets.UTF_8)) {
        r.latencyMicros().outputPercentileDistribution(hgrm, 1000.0);
      }
    }
  }
}
