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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 100 batches of 1,000 keyed updates (new qty and price) into the 1M-row table
 * under a live {@code group_by: ["sym"]} view of sum(qty) and avg(price) with
 * an {@code on_update} listener that reads every changed row; the score is
 * table rows per second through table and view.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PivotUpdateBenchmark {
  static final int ROWS = 1_000_000;
  static final int BATCHES = 100;
  static final int BATCH_ROWS = 1_000;

  private Table table;
  private ColumnBatch[] batches;
  private long seen;

  @Setup(Level.Trial)
  public void setUp() {
    table = Table.create(BenchData.rows(ROWS, 0, 42), TableOptions.indexed("id"));
    View view = View.create(table, ViewConfig.parse(
        "{\"group_by\":[\"sym\"],\"columns\":[\"qty\",\"price\"],\"aggregates\":{\"qty\":\"sum\",\"price\":\"avg\"}}"));
    view.onUpdate((v, update) -> {
      // A subscriber reads what changed, as a delta encoder would.
      var w = update.rows();
      for (int r = 0; r < w.rowCount(); r++) {
        seen += w.columns().get(0).getLong(r);
      }
    });
    batches = new ColumnBatch[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
      batches[i] = BenchData.ticks(BATCH_ROWS, ROWS, 1000 + i);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCHES * BATCH_ROWS)
  public long keyedUpdatesIntoLiveGroupBy() {
    for (ColumnBatch b : batches) {
      table.update(b);
    }
    return seen;
  }
}
