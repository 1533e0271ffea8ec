package dev.parallax.bench.fanout;

import dev.parallax.bench.BenchData;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fan-out test's data: the {@link BenchData} table (seed 42) plus one
 * marker row, and a stream of keyed updates of {@code id}, {@code qty} and
 * {@code price} (seeds from 5000), each also updating the marker.
 *
 * <p>The marker row ({@code id} = the table's row count, {@code sym}
 * {@value #MARKER_SYM}, {@code side} buy) is how a subscriber knows which
 * update a delta carries, on any server: batch {@code k} (from 0) sets its
 * price to {@code -(k + 1)}. Every other price is positive, and the marker is
 * alone in its group, so in each view of the mix the one negative value of the
 * price column (flat: the marker's row; grouped: its group's average) names the
 * newest batch the delta includes.
 *
 * <p>{@code java -cp load-tests/target/benchmarks.jar dev.parallax.bench.fanout.FanOutData DIR ROWS BATCHES BATCH_ROWS}
 * writes {@code rows.arrow} and {@code ticks-NNNNN.arrow} for the Node harness.
 */
public final class FanOutData {
  /** The marker row's symbol. */
  public static final String MARKER_SYM = "SEQ";
  static final long ROWS_SEED = 42;
  static final long TICKS_SEED = 5000;

  private FanOutData() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: FanOutData DIR ROWS BATCHES BATCH_ROWS");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
  }

  /** Writes {@code rows.arrow} and {@code batches} updates into {@code dir} (created if missing). */
  public static void write(Path dir, int rows, int batches, int batchRows) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("rows.arrow"), BenchData.arrowStream(table(rows)));
    for (int k = 0; k < batches; k++) {
      Files.write(dir.resolve(String.format("ticks-%05d.arrow", k)), tickArrow(k, rows, batchRows));
    }
  }

  /** {@code rows} rows of the benchmark table, then the marker row (price 0: no batch yet). */
  public static ColumnBatch table(int rows) {
    StringColumn sym = (StringColumn) Column.create(ColumnType.STRING, 1);
    sym.setCode(0, sym.dictionary().encode(MARKER_SYM));
    StringColumn side = (StringColumn) Column.create(ColumnType.STRING, 1);
    side.setCode(0, side.dictionary().encode("buy"));
    LongColumn ts = (LongColumn) Column.create(ColumnType.DATETIME, 1);
    ts.setLong(0, 1_700_000_000_000L);
    ColumnBatch marker = ColumnBatch.builder(1).add("id", ints(rows)).add("sym", sym).add("side", side)
        .add("qty", ints(1)).add("price", doubles(0)).add("ts", ts).build();
    return ColumnBatch.concat(List.of(BenchData.rows(rows, 0, ROWS_SEED), marker));
  }

  /** Update {@code k} (from 0) of a table of {@code rows} rows: {@code batchRows} random rows, then the marker. */
  public static ColumnBatch tick(int k, int rows, int batchRows) {
    ColumnBatch marker = ColumnBatch.builder(1).add("id", ints(rows)).add("qty", ints(1))
        .add("price", doubles(-(k + 1))).build();
    return ColumnBatch.concat(List.of(BenchData.ticks(batchRows, rows, TICKS_SEED + k), marker));
  }

  /** {@link #tick} as one Arrow IPC stream, as a producer sends it. */
  public static byte[] tickArrow(int k, int rows, int batchRows) {
    return BenchData.ticksArrowStream(tick(k, rows, batchRows));
  }

  /** The batch index a marker price names, or -1 when {@code price} is not a marker's. */
  static int batchOf(double price) {
    return price < 0 ? (int) -price - 1 : -1;
  }

  private static IntColumn ints(int value) {
    IntColumn c = (IntColumn) Column.create(ColumnType.INTEGER, 1);
    c.setInt(0, value);
    return c;
  }

  private static DoubleColumn doubles(double value) {
    DoubleColumn c = (DoubleColumn) Column.create(ColumnType.FLOAT, 1);
    c.setDouble(0, value);
    return c;
  }
}
