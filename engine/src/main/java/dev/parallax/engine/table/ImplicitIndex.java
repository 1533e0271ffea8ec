package dev.parallax.engine.table;

import java.util.Arrays;

/**
 * The implicit key of an unindexed table's rows, Perspective's {@code __INDEX__}:
 * how many rows were appended before each one. It never restarts, not even
 * after a clear. In an unbounded table it is the row id plus the count of rows
 * cleared away; a ring ({@code limit}) remembers it per slot, which is what reads
 * a wrapped ring oldest to newest.
 */
final class ImplicitIndex {
  private final int limit;
  /** Rows ever appended: the next implicit index. */
  private long appended;
  /** The implicit index of row 0 of an unbounded table since its last clear. */
  private long base;
  /** Rows written into the ring since its last clear: the next slot, modulo the limit. */
  private long ringWrites;
  private long[] ringIndex = new long[0];

  ImplicitIndex(int limit) {
    this.limit = limit;
  }

  long of(int row) {
    return limit > 0 ? ringIndex[row] : base + row;
  }

  /** The row id of implicit index {@code index} in an unbounded table (maybe out of range). */
  long rowOf(long index) {
    return index - base;
  }

  /** Counts {@code count} rows appended to an unbounded table. */
  void appended(int count) {
    appended += count;
  }

  /** Counts ring rows that a batch overwrote within itself, so they never took a slot. */
  void skipped(int count) {
    ringWrites += count;
    appended += count;
  }

  /** The ring slot the next appended row takes, recording its implicit index. */
  int nextRingSlot() {
    int slot = (int) (ringWrites++ % limit);
    if (slot >= ringIndex.length) {
      ringIndex = Arrays.copyOf(ringIndex, Math.min(limit, Math.max(slot + 1, ringIndex.length * 2)));
    }
    ringIndex[slot] = appended++;
    return slot;
  }

  /** A clear: the ring starts again from slot 0; the implicit index goes on counting. */
  void cleared() {
    ringWrites = 0;
    base = appended;
  }

  long heapBytes() {
    return 48L + ringIndex.length * 8L;
  }
}
