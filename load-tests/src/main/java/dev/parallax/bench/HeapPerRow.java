package dev.parallax.bench;

import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap held per row by a 1M-row benchmark table, measured two ways: the heap in
 * use after full collections with and without the table, and the table's own
 * account ({@link Table#heapBytes()}). Run:
 * {@code java -cp load-tests/target/benchmarks.jar dev.parallax.bench.HeapPerRow [rows] [indexed]}.
 */
public final class HeapPerRow {
  private HeapPerRow() {
  }

  public static void main(String[] args) throws InterruptedException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean indexed = args.length <= 1 || Boolean.parseBoolean(args[1]);
    long before = usedAfterGc();
    Table table = Table.create(BenchData.rows(rows, 0, 42), indexed ? TableOptions.indexed("id") : new TableOptions());
    long after = usedAfterGc();
    System.out.printf("rows=%d indexed=%b measured=%.1f B/row accounted=%.1f B/row%n", table.size(), indexed,
        (after - before) / (double) rows, table.heapBytes() / (double) rows);
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return mem.getHeapMemoryUsage().getUsed();
  }
}
