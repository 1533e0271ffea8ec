package dev.parallax.bench.fanout;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * One level of a fan-out run ({@code subscribers} clients): latencies of every
 * measured batch at every subscriber (microseconds), what was delivered over the
 * measured window, and what the process spent.
 *
 * @param latencyMicros send-to-arrival of each measured batch, per subscriber, merged
 * @param batches measured batches sent
 * @param deltas deltas carrying measured batches, all subscribers
 * @param coalesced batches that arrived folded into a later batch's delta
 * @param behind subscribers that had not seen the last batch when the drain time ran out
 * @param minSeen batches the furthest-behind subscriber had seen by then (of {@code sent}, warm-up included)
 * @param sent batches sent in all, warm-up included
 * @param unmarked deltas without the marker (none expected)
 * @param bytes WebSocket payload bytes of the measured deltas
 * @param windowNanos from the first measured send to the last delta's arrival (or the drain's end)
 * @param processCpuNanos CPU of the whole process over the window
 * @param clientCpuNanos CPU of the subscribers' and publisher's threads over the window
 * @param gcMillis collector time over the window
 * @param heapBaseline heap used after a GC with the table hosted, before any client
 * @param heapWithViews heap used after a GC with every view made and subscribed
 * @param heapMax the most heap used sampled during the window
 * @param publisherLateMillis the most a batch went out after it was due
 * @param loadBefore the machine's load average (1 min) as measuring began
 * @param loadAfter the same as it ended: other work on the machine shows here
 * @param minDeltasPerSubscriber the fewest deltas any subscriber got
 * @param failures what went wrong (errors, unequal copies); empty when all is well
 */
record LevelResult(int subscribers, Histogram latencyMicros, long batches, long deltas, long coalesced, int behind,
    int minSeen, int sent, long unmarked, long bytes, long windowNanos, long processCpuNanos, long clientCpuNanos, long gcMillis,
    long heapBaseline, long heapWithViews, long heapMax, double publisherLateMillis, double loadBefore,
    double loadAfter, long minDeltasPerSubscriber, List<String> failures) {

  double seconds() {
    return windowNanos / 1e9;
  }

  double deltasPerSecond() {
    return deltas / seconds();
  }

  double megabytesPerSecond() {
    return bytes / 1e6 / seconds();
  }

  /** Cores' worth of CPU over the window. */
  double cores(long cpuNanos) {
    return (double) cpuNanos / windowNanos;
  }

  double millis(double percentile) {
    return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
  }
}
