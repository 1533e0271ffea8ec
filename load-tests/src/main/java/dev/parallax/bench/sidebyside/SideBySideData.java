package dev.parallax.bench.sidebyside;

import dev.parallax.bench.BenchData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the side-by-side harness's data once, so that Perspective's server and
 * ours are fed the same bytes: {@code rows.arrow} (the {@link BenchData} table,
 * seed 42) and {@code ticks-00.arrow .. ticks-NN.arrow} (keyed updates of
 * {@code id}, {@code qty} and {@code price}, seeds 1000 + i, as the JMH update
 * benchmark uses).
 *
 * <p>{@code java -cp load-tests/target/benchmarks.jar dev.parallax.bench.sidebyside.SideBySideData DIR ROWS BATCHES BATCH_ROWS}
 */
public final class SideBySideData {
  static final long ROWS_SEED = 42;
  static final long TICKS_SEED = 1000;

  private SideBySideData() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: SideBySideData DIR ROWS BATCHES BATCH_ROWS");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
  }

  /** Writes the files into {@code dir} (created if missing). */
  public static void write(Path dir, int rows, int batches, int batchRows) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("rows.arrow"), BenchData.arrowStream(rows, ROWS_SEED));
    for (int i = 0; i < batches; i++) {
      Files.write(dir.resolve(String.format("ticks-%02d.arrow", i)),
          BenchData.ticksArrowStream(batchRows, rows, TICKS_SEED + i));
    }
  }
}
