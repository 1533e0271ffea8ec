package dev.parallax.bench.fanout;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The levels of a run as a Markdown table, with the settings and the machine they ran on. */
final class FanOutReport {
  private static final double MB = 1024.0 * 1024;

  private FanOutReport() {
  }

  static String markdown(Settings s, List<LevelResult> levels) {
    StringBuilder out = new StringBuilder();
    out.append("# Fan-out: Parallax, Java WebSocket clients in the server's process\n\n");
    out.append(String.format(Locale.ROOT, "%s; %d cores, %s %s, Java %s, max heap %.0f MB.%n%n",
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / MB));
    out.append(String.format(Locale.ROOT, "Table of %,d rows (indexed by id) plus the marker row; %.0f batches/s of"
        + " %d keyed rows (+ marker), %d s warm-up, %d s measured; subscriber i makes view i mod 3: %s; %s; %s."
        + " Latency: each batch's send to its arrival at each subscriber (a batch folded into a later delta"
        + " counts from its own send).%n%n",
        s.rows(), s.rate(), s.batchRows(), s.warmupSeconds(), s.seconds(), ViewMix.FLAT_SORTED.title(),
        ViewMix.GROUPED.title(), ViewMix.GROUPED_SPLIT.title()));
    out.append("| subscribers | p50 ms | p90 ms | p99 ms | max ms | deltas/s | folded | MB/s | CPU process"
        + " (cores) | of which clients | server + JVM | GC ms | heap: table / + views / max MB | publisher late ms"
        + " | behind | batches seen / sent | load avg |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|\n");
    for (LevelResult r : levels) {
      out.append(String.format(Locale.ROOT,
          "| %d | %.1f | %.1f | %.1f | %.1f | %.0f | %d | %.2f | %.2f | %.2f | %.2f | %d | %.0f / %.0f / %.0f | %.1f"
              + " | %d | %d of %d | %.1f → %.1f |%n",
          r.subscribers(), r.millis(50), r.millis(90), r.millis(99), r.latencyMicros().getMaxValue() / 1000.0,
          r.deltasPerSecond(), r.coalesced(), r.megabytesPerSecond(), r.cores(r.processCpuNanos()),
          r.cores(r.clientCpuNanos()), r.cores(r.processCpuNanos() - r.clientCpuNanos()), r.gcMillis(),
          r.heapBaseline() / MB, r.heapWithViews() / MB, r.heapMax() / MB, r.publisherLateMillis(), r.behind(),
          r.minSeen(), r.sent(), r.loadBefore(), r.loadAfter()));
    }
    out.append("\nfolded: batches that reached a subscriber inside a later batch's delta; behind: subscribers"
        + " without the last batch when the drain time ended; batches seen: the newest batch the furthest-behind"
        + " subscriber had. CPU is over the measured window (first measured"
        + " send to last delta in); clients = the subscribers' and publisher's threads, the rest is the server"
        + " with the whole JVM's GC and JIT. load avg: the machine's 1-minute load average as measuring began and"
        + " ended (above the core count, other work shared the machine).\n");
    for (LevelResult r : levels) {
      for (String f : r.failures()) {
        out.append("\n- FAILED at ").append(r.subscribers()).append(" subscribers: ").append(f);
      }
    }
    return out.toString();
  }
}
