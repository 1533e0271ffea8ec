package dev.parallax.bench;

import dev.parallax.engine.column.ColumnBatch;
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
 * Window columns over the 1M-row table: a view with a cumulative sum of qty
 * partitioned by sym (1,000 partitions), in the table's order and ordered by
 * ts, made, read (its first 100 rows as JSON) and deleted; and a live one taking
 * batches of 10 keyed updates, each recomputing only the partitions it touched.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class WindowBenchmark {
  private static final ViewConfig CUMULATIVE = ViewConfig.parse("{\"columns\":[\"id\",\"sym\",\"qty\",\"cum\"],"
      + "\"windows\":{\"cum\":{\"column\":\"qty\",\"aggregate\":\"sum\",\"partition_by\":[\"sym\"]}}}");
  private static final ViewConfig CUMULATIVE_BY_TS = ViewConfig.parse("{\"columns\":[\"id\",\"sym\",\"qty\",\"cum\"],"
      + "\"windows\":{\"cum\":{\"column\":\"qty\",\"aggregate\":\"sum\",\"partition_by\":[\"sym\"],"
      + "\"order_by\":[\"ts\",\"asc\"]}}}");
  private static final int BATCHES = 100;

  private Table table;
  private Table live;
  private ColumnBatch[] batches;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    table = Table.create(BenchData.rows(TableUpdateBenchmark.ROWS, 0, 42), TableOptions.indexed("id"));
    live = Table.create(BenchData.rows(TableUpdateBenchmark.ROWS, 0, 42), TableOptions.indexed("id"));
    View.create(live, CUMULATIVE_BY_TS);
    batches = new ColumnBatch[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
      batches[i] = BenchData.ticks(10, TableUpdateBenchmark.ROWS, 2000 + i);
    }
  }

  @Benchmark
  public String cumulativeSumBySym() {
    return FlatViewBenchmark.firstScreen(table, CUMULATIVE);
  }

  @Benchmark
  public String cumulativeSumBySymOrderedByTs() {
    return FlatViewBenchmark.firstScreen(table, CUMULATIVE_BY_TS);
  }

  /** One batch of 10 keyed updates of qty and price into the live windowed view's table. */
  @Benchmark
  public int tenUpdatesIntoLiveCumulativeSum() {
    live.update(batches[next++ % BATCHES]);
    return live.size();
  }
}
