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
 * Making a pivot view over the 1M-row benchmark table (and deleting it, which
 * only detaches it): the time to group, aggregate, sort and lay out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PivotBenchmark {
  static final int ROWS = 1_000_000;

  private Table table;
  private final ViewConfig bySym = ViewConfig.parse(
      "{\"group_by\":[\"sym\"],\"columns\":[\"qty\",\"price\"],\"aggregates\":{\"qty\":\"sum\",\"price\":\"avg\"}}");
  private final ViewConfig bySymSplitSide = ViewConfig.parse(
      "{\"group_by\":[\"sym\"],\"split_by\":[\"side\"],\"columns\":[\"qty\",\"price\"],"
      + "\"aggregates\":{\"qty\":\"sum\",\"price\":\"avg\"}}");
  private final ViewConfig bySymSide = ViewConfig.parse(
      "{\"group_by\":[\"sym\",\"side\"],\"columns\":[\"qty\",\"price\"],\"aggregates\":{\"qty\":\"sum\",\"price\":\"avg\"}}");

  @Setup(Level.Trial)
  public void setUp() {
    table = Table.create(BenchData.rows(ROWS, 0, 42), TableOptions.indexed("id"));
  }

  private int make(ViewConfig config) {
    View v = View.create(table, config);
    int n = v.numRows();
    v.delete();
    return n;
  }

  @Benchmark
  public int groupBySymSumAvg() {
    return make(bySym);
  }

  @Benchmark
  public int groupBySymSplitBySide() {
    return make(bySymSplitSide);
  }

  @Benchmark
  public int groupBySymAndSide() {
    return make(bySymSide);
  }
}
