package dev.parallax.bench;

import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
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

/** A 1M-row table from an Arrow IPC stream, end to end: decode, infer, copy into columns, index. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class TableLoadBenchmark {
  private byte[] arrow;

  @Setup(Level.Trial)
  public void setUp() {
    arrow = BenchData.arrowStream(TableUpdateBenchmark.ROWS, 42);
  }

  @Benchmark
  public Table arrowStream() {
    return Table.create(TableReader.read(Format.ARROW, arrow, null), new TableOptions());
  }

  @Benchmark
  public Table arrowStreamIndexed() {
    return Table.create(TableReader.read(Format.ARROW, arrow, null), TableOptions.indexed("id"));
  }
}
