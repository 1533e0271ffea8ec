package dev.parallax.bench;

import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
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
 * 100 batches of 1,000 keyed updates into a 1M-row indexed table; the score is
 * rows per second (each operation is one row).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class TableUpdateBenchmark {
  static final int ROWS = 1_000_000;
  static final int BATCHES = 100;
  static final int BATCH_ROWS = 1_000;

  private Table table;
  private ColumnBatch[] batches;

  @Setup(Level.Trial)
  public void setUp() {
    table = Table.create(BenchData.rows(ROWS, 0, 42), TableOptions.indexed("id"));
    batches = new ColumnBatch[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
      batches[i] = BenchData.ticks(BATCH_ROWS, ROWS, 1000 + i);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCHES * BATCH_ROWS)
  public int keyedUpdates() {
    int n = 0;
    for (ColumnBatch b : batches) {
      n += table.update(b).updated().length;
    }
    return n;
  }
}
