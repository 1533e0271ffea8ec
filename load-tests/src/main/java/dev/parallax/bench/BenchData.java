package dev.parallax.bench;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.LongColumn;
import dev.parallax.engine.column.StringColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * The benchmark table: {@code id} integer (0..n-1), {@code sym} string of 1,000
 * values, {@code side} string of 2, {@code qty} integer, {@code price} float,
 * {@code ts} datetime. Deterministic for a given seed, so every run and every
 * engine measured sees the same data.
 */
public final class BenchData {
  public static final int SYMBOLS = 1_000;
  private static final long T0 = 1_700_000_000_000L;

  private BenchData() {
  }

  static String symbol(int i) {
    return "S" + (1000 + i);
  }

  /** {@code n} rows with ids {@code firstId..firstId+n-1}. */
  public static ColumnBatch rows(int n, int firstId, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    IntColumn id = (IntColumn) Column.create(ColumnType.INTEGER, n);
    StringColumn sym = (StringColumn) Column.create(ColumnType.STRING, n);
    StringColumn side = (StringColumn) Column.create(ColumnType.STRING, n);
    IntColumn qty = (IntColumn) Column.create(ColumnType.INTEGER, n);
    DoubleColumn price = (DoubleColumn) Column.create(ColumnType.FLOAT, n);
    LongColumn ts = (LongColumn) Column.create(ColumnType.DATETIME, n);
    int[] symCodes = new int[SYMBOLS];
    for (int i = 0; i < SYMBOLS; i++) {
      symCodes[i] = sym.dictionary().encode(symbol(i));
    }
    int buy = side.dictionary().encode("buy");
    int sell = side.dictionary().encode("sell");
    for (int r = 0; r < n; r++) {
      id.setInt(r, firstId + r);
      sym.setCode(r, symCodes[rnd.nextInt(SYMBOLS)]);
      side.setCode(r, rnd.nextBoolean() ? buy : sell);
      qty.setInt(r, 1 + rnd.nextInt(1000));
      price.setDouble(r, Math.round(rnd.nextDouble(10, 1000) * 100) / 100.0);
      ts.setLong(r, T0 + r * 10L);
    }
    return ColumnBatch.builder(n).add("id", id).add("sym", sym).add("side", side)
        .add("qty", qty).add("price", price).add("ts", ts).build();
  }

  /**
   * A keyed update of {@code n} existing rows chosen at random among
   * {@code 0..tableSize-1}: new qty and price only, as a market-data tick would.
   */
  public static ColumnBatch ticks(int n, int tableSize, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    IntColumn id = (IntColumn) Column.create(ColumnType.INTEGER, n);
    IntColumn qty = (IntColumn) Column.create(ColumnType.INTEGER, n);
    DoubleColumn price = (DoubleColumn) Column.create(ColumnType.FLOAT, n);
    for (int r = 0; r < n; r++) {
      id.setInt(r, rnd.nextInt(tableSize));
      qty.setInt(r, 1 + rnd.nextInt(1000));
      price.setDouble(r, Math.round(rnd.nextDouble(10, 1000) * 100) / 100.0);
    }
    return ColumnBatch.builder(n).add("id", id).add("qty", qty).add("price", price).build();
  }

  /** The same rows as {@link #ticks} as one Arrow IPC stream ({@code id}, {@code qty}, {@code price}). */
  public static byte[] ticksArrowStream(int n, int tableSize, long seed) {
    return ticksArrowStream(ticks(n, tableSize, seed));
  }

  /** A batch of the shape {@link #ticks} makes ({@code id}, {@code qty}, {@code price}) as one Arrow IPC stream. */
  public static byte[] ticksArrowStream(ColumnBatch b) {
    int n = b.rowCount();
    try (BufferAllocator alloc = new RootAllocator();
        IntVector id = new IntVector("id", alloc);
        IntVector qty = new IntVector("qty", alloc);
        Float8Vector price = new Float8Vector("price", alloc)) {
      id.allocateNew(n);
      qty.allocateNew(n);
      price.allocateNew(n);
      for (int r = 0; r < n; r++) {
        id.set(r, ((IntColumn) b.column(0)).getInt(r));
        qty.set(r, ((IntColumn) b.column(1)).getInt(r));
        price.set(r, ((DoubleColumn) b.column(2)).getDouble(r));
      }
      return write(List.of(id, qty, price), n);
    }
  }

  /** The same rows as {@link #rows} as one Arrow IPC stream (utf8 strings, as a producer would send). */
  public static byte[] arrowStream(int n, long seed) {
    return arrowStream(rows(n, 0, seed));
  }

  /** A batch of the benchmark table's columns, in {@link #rows}' order, as one Arrow IPC stream. */
  public static byte[] arrowStream(ColumnBatch b) {
    int n = b.rowCount();
    try (BufferAllocator alloc = new RootAllocator();
        IntVector id = new IntVector("id", alloc);
        VarCharVector sym = new VarCharVector("sym", alloc);
        VarCharVector side = new VarCharVector("side", alloc);
        IntVector qty = new IntVector("qty", alloc);
        Float8Vector price = new Float8Vector("price", alloc);
        TimeStampMilliVector ts = new TimeStampMilliVector("ts",
            FieldType.nullable(new ArrowType.Timestamp(TimeUnit.MILLISECOND, null)), alloc)) {
      id.allocateNew(n);
      sym.allocateNew(n * 5L, n);
      side.allocateNew(n * 4L, n);
      qty.allocateNew(n);
      price.allocateNew(n);
      ts.allocateNew(n);
      for (int r = 0; r < n; r++) {
        id.set(r, ((IntColumn) b.column(0)).getInt(r));
        sym.setSafe(r, ((StringColumn) b.column(1)).getString(r).getBytes(StandardCharsets.UTF_8));
        side.setSafe(r, ((StringColumn) b.column(2)).getString(r).getBytes(StandardCharsets.UTF_8));
        qty.set(r, ((IntColumn) b.column(3)).getInt(r));
        price.set(r, ((DoubleColumn) b.column(4)).getDouble(r));
        ts.set(r, ((LongColumn) b.column(5)).getLong(r));
      }
      return write(List.of(id, sym, side, qty, price, ts), n);
    }
  }

  private static byte[] write(List<FieldVector> vectors, int n) {
    for (FieldVector v : vectors) {
      v.setValueCount(n);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(n * 40);
    try (VectorSchemaRoot root = new VectorSchemaRoot(vectors);
        ArrowStreamWriter w = new ArrowStreamWriter(root, null, out)) {
      w.start();
      w.writeBatch();
      w.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
