package dev.parallax.bench;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.expression.CompiledExpression;
import dev.parallax.engine.expression.Expressions;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The computed column {@code "qty" * "price"} over the 1M-row table: evaluated
 * alone, in a view made, read (first 100 rows as JSON) and deleted (over the
 * indexed table and an unindexed copy, against the same view without the
 * expression), in a view sorted by it, and kept live in a sorted view through a
 * batch of 1,000 ticks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class ExpressionViewBenchmark {
  private static final String TOTAL = "\"qty\" * \"price\"";
  private static final ViewConfig NOTIONAL = ViewConfig.parse(
      "{\"expressions\": {\"notional\": \"\\\"qty\\\" * \\\"price\\\"\"}, \"columns\": [\"id\", \"notional\"]}");
  private static final ViewConfig PLAIN = ViewConfig.parse("{\"columns\": [\"id\", \"qty\"]}");
  private static final ViewConfig BY_NOTIONAL = ViewConfig.parse(
      "{\"expressions\": {\"notional\": \"\\\"qty\\\" * \\\"price\\\"\"}, \"columns\": [\"id\", \"notional\"],"
          + " \"sort\": [[\"notional\", \"desc\"]]}");

  private Table table;
  private Table unindexed;
  private CompiledExpression total;
  private View live;
  private ColumnBatch[] ticks;
  private int tick;

  @Setup(Level.Trial)
  public void setUp() {
    table = Table.create(BenchData.rows(TableUpdateBenchmark.ROWS, 0, 42), TableOptions.indexed("id"));
    unindexed = Table.create(BenchData.rows(TableUpdateBenchmark.ROWS, 0, 42), new TableOptions());
    total = Expressions.compile("notional", TOTAL, table.schema());
    live = View.create(table, BY_NOTIONAL);
    ticks = new ColumnBatch[64];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = BenchData.ticks(1_000, TableUpdateBenchmark.ROWS, 7_000 + i);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    live.delete();
  }

  /** The expression over every row, into a new column. */
  @Benchmark
  public Column evaluate() {
    return total.evaluate(table);
  }

  /** A view showing the expression: compile, evaluate 1M rows, first screen. */
  @Benchmark
  public String view() {
    return firstScreen(NOTIONAL);
  }

  /**
   * The view over an unindexed table, whose natural order is its row order: the
   * view's cost without the sort by primary key that an indexed table's view pays.
   */
  @Benchmark
  public String viewUnindexed() {
    return firstScreen(unindexed, NOTIONAL);
  }

  /** The same view without the expression: what making a 1M-row view costs before any expression. */
  @Benchmark
  public String viewWithoutExpression() {
    return firstScreen(PLAIN);
  }

  /** A view sorted by the expression. */
  @Benchmark
  public String viewSortedByExpression() {
    return firstScreen(BY_NOTIONAL);
  }

  /** 1,000 ticks into the table while a view sorted by the expression stays live. */
  @Benchmark
  public int liveTicks() {
    return table.update(ticks[tick++ & (ticks.length - 1)]).updated().length + live.numRows();
  }

  private String firstScreen(ViewConfig config) {
    return firstScreen(table, config);
  }

  private static String firstScreen(Table table, ViewConfig config) {
    View view = View.create(table, config);
    try {
      return ViewOutput.toJson(view.window(0, 100, 0, Integer.MAX_VALUE), new OutputOptions());
    } finally {
      view.delete();
    }
  }
}
