package dev.parallax.bench;

import dev.parallax.engine.output.OutputOptions;
import dev.parallax.engine.output.ViewOutput;
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
 * Flat views over the 1M-row table, each made, read (its first 100 rows as JSON,
 * as a grid's first screen would be) and deleted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class FlatViewBenchmark {
  private static final ViewConfig FILTERED =
      ViewConfig.parse("{\"filter\": [[\"side\", \"==\", \"buy\"], [\"qty\", \">\", 500]]}");
  private static final ViewConfig BY_PRICE = ViewConfig.parse("{\"sort\": [[\"price\", \"desc\"]]}");

  private Table table;
  private View everyRow;

  @Setup(Level.Trial)
  public void setUp() {
    table = Table.create(BenchData.rows(TableUpdateBenchmark.ROWS, 0, 42), TableOptions.indexed("id"));
    everyRow = View.create(table, ViewConfig.defaults());
  }

  /** Every row of a live flat view as Arrow: what a replica's first snapshot costs the server. */
  @Benchmark
  public byte[] toArrowEveryRow() {
    return ViewOutput.toArrow(everyRow.window());
  }

  @Benchmark
  public String filtered() {
    return firstScreen(table, FILTERED);
  }

  @Benchmark
  public String sortByPrice() {
    return firstScreen(table, BY_PRICE);
  }

  /** Makes a view of {@code config}, writes its first 100 rows as JSON, and deletes it. */
  static String firstScreen(Table table, ViewConfig config) {
    View view = View.create(table, config);
    try {
      return ViewOutput.toJson(view.window(0, 100, 0, Integer.MAX_VALUE), new OutputOptions());
    } finally {
      view.delete();
    }
  }
}
