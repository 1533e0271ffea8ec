package dev.parallax.engine.column;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Integer columns hold 32-bit values in an int[] and move to a long[] when a value needs 64 bits. */
class TestIntColumn {
  private static final long BIG = 9_007_199_254_740_993L;

  private static IntColumn ints(long... values) {
    IntColumn c = (IntColumn) Column.create(ColumnType.INTEGER, values.length);
    for (int r = 0; r < values.length; r++) {
      c.setLong(r, values[r]);
    }
    return c;
  }

  private static long[] longs(IntColumn c, int n) {
    long[] out = new long[n];
    for (int r = 0; r < n; r++) {
      out[r] = c.getLong(r);
    }
    return out;
  }

  @Test
  void valuesThatFitThirtyTwoBitsKeepThirtyTwoBitStorage() {
    IntColumn c = ints(Integer.MIN_VALUE, 0, Integer.MAX_VALUE);
    assertFalse(c.isWide());
    assertArrayEquals(new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}, c.values());
  }

  @Test
  void aValueBeyondThirtyTwoBitsWidensTheColumnKeepingEveryValue() {
    IntColumn c = ints(-7, 3, BIG, Long.MIN_VALUE);
    assertTrue(c.isWide());
    assertNull(c.values());
    assertArrayEquals(new long[] {-7, 3, BIG, Long.MIN_VALUE}, longs(c, 4));
  }

  @Test
  void aWideColumnIsTypedInt64ForArrow() {
    IntColumn c = ints(1);
    assertEquals(IntegerWidth.INT32, c.width());
    c.setLong(0, BIG);
    assertEquals(IntegerWidth.INT64, c.width());
  }

  @Test
  void anUnsignedWidthSurvivesWidening() {
    IntColumn c = ints(1);
    c.setWidth(IntegerWidth.UINT32);
    c.setLong(0, 4_294_967_295L);
    assertEquals(IntegerWidth.UINT32, c.width());
  }

  @Test
  void aWideColumnKeepsGrowing() {
    IntColumn c = ints(BIG);
    c.ensureCapacity(1000);
    c.setInt(999, 5);
    assertEquals(BIG, c.getLong(0));
    assertEquals(5, c.getLong(999));
  }

  @Test
  void aNullRowOfAWideColumnReadsZero() {
    IntColumn c = ints(BIG, BIG);
    c.setNull(1);
    assertEquals(0L, c.getLong(1));
    assertNull(c.get(1));
    assertEquals(BIG, c.get(0));
  }

  @Test
  void copyingARangeFromAWideColumnWidensTheTarget() {
    IntColumn src = ints(1, BIG, 3);
    IntColumn dst = ints(0, 0, 0, 0);
    dst.copyRange(src, 0, 1, 3);
    assertTrue(dst.isWide());
    assertArrayEquals(new long[] {0, 1, BIG, 3}, longs(dst, 4));
  }

  @Test
  void copyingARangeFromANarrowColumnIntoAWideOneWidensTheValues() {
    IntColumn src = ints(-1, 2);
    IntColumn dst = ints(BIG, 0, 0);
    dst.copyRange(src, 0, 1, 2);
    assertArrayEquals(new long[] {BIG, -1, 2}, longs(dst, 3));
  }

  @Test
  void gatheringFromAWideColumnWidensTheTarget() {
    IntColumn src = ints(1, BIG, 3);
    IntColumn dst = ints(0, 0);
    dst.gather(src, new int[] {2, 1}, 2);
    assertArrayEquals(new long[] {3, BIG}, longs(dst, 2));
  }

  @Test
  void copyingOneWideRowIntoANarrowColumnWidensIt() {
    IntColumn src = ints(BIG);
    IntColumn dst = ints(0);
    dst.copyRow(src, 0, 0);
    assertEquals(BIG, dst.getLong(0));
  }

  @Test
  void aWideColumnAccountsEightBytesARow() {
    IntColumn narrow = ints(new long[64]);
    IntColumn wide = ints(new long[64]);
    wide.widen();
    assertEquals(64 * 4L, wide.heapBytes() - narrow.heapBytes());
  }

  @Test
  void aDateColumnNeverWidens() {
    IntColumn dates = (IntColumn) Column.create(ColumnType.DATE, 1);
    assertThrows(IllegalStateException.class, () -> dates.setLong(0, BIG));
  }
}
