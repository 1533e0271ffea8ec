package dev.parallax.bench.sidebyside;

import dev.parallax.bench.BenchData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the side-by-side harness's data once, so that Perspective's server and
 * ours are fed the same bytes: {@code rows.arrow} (the {@link BenchData} table,
 * seed 42) and {@code ticks-SS-BB.arrow}, set {@code SS} of {@code BATCHES}
 * keyed updates of {@code id}, {@code qty} and {@code price} (seeds from 1000,
 * as the JMH update benchmark's). A repetition of the update step sends a set
 * of its own: sending the same values again would change nothing.
 *
 * <p>{@code java -cp load-tests/target/benchmarks.jar dev.parallax.bench.sidebyside.SideBySideData DIR ROWS BATCHES BATCH_ROWS SETS}
 */
public final class SideBySideData {
  static final long ROWS_SEED = 42;
  static final long TICKS_SEED = 1000;

  private SideBySideData() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: SideBySideData DIR ROWS BATCHES BATCH_ROWS SETS");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
        Integer.parseInt(args[4]));
  }

  /** Writes the files into {@code dir} (created if missing). */
  public static void write(Path dir, int rows, int batches, int batchRows, int sets) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("rows.arrow"), BenchData.arrowStream(rows, ROWS_SEED));
    for (int s = 0; s < sets; s++) {
      for (int b = 0; b < batches; b++) {
        Files.write(dir.resolve(String.format("ticks-%02d-%02d.arrow", s, b)),
            BenchData.ticksArrowStream(batchRows, rows, TICKS_SEED + (long) s * batches + b));
      }
    }
  }
}
