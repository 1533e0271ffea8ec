package dev.parallax.bench;

import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.engine.view.View;
import dev.parallax.engine.view.ViewConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The column-parallel speed-up: the same 1M-row {@code group_by: ["sym"]} view
 * of four aggregates (sum, avg, max, distinct count) made with the shared pool
 * limited to one thread and with two. Each aggregate column builds as its own
 * task, so two cores should take about half the time of one for the aggregation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PivotParallelBenchmark {
  static final int ROWS = 1_000_000;

  private Table table;
  private final ViewConfig config = ViewConfig.parse(
      "{\"group_by\":[\"sym\"],\"columns\":[\"qty\",\"price\",\"ts\",\"side\"],"
      + "\"aggregates\":{\"qty\":\"sum\",\"price\":\"avg\",\"ts\":\"max\",\"side\":\"distinct count\"}}");

  @Setup(Level.Trial)
  public void setUp() {
    table = Table.create(BenchData.rows(ROWS, 0, 42), TableOptions.indexed("id"));
  }

  private int make() {
    View v = View.create(table, config);
    int n = v.numRows();
    v.delete();
    return n;
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g",
      "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"})
  public int oneThread() {
    return make();
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g",
      "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"})
  public int twoThreads() {
    return make();
  }
}
