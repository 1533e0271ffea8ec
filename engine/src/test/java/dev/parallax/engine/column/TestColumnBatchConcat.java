package dev.parallax.engine.column;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestColumnBatchConcat {
  private static ColumnBatch batch(int[] ids, String[] names, long[] present) {
    IntColumn id = (IntColumn) Column.create(ColumnType.INTEGER, ids.length);
    StringColumn name = (StringColumn) Column.create(ColumnType.STRING, ids.length);
    for (int i = 0; i < ids.length; i++) {
      id.setInt(i, ids[i]);
      name.setString(i, names[i]);
    }
    return ColumnBatch.builder(ids.length).add("id", id).add("name", name, present).build();
  }

  @Test
  void concatKeepsRowsInOrderAcrossDictionaries() {
    ColumnBatch a = batch(new int[] {1, 2}, new String[] {"x", null}, null);
    ColumnBatch b = batch(new int[] {3}, new String[] {"y"}, null);
    ColumnBatch c = ColumnBatch.concat(List.of(a, b));
    assertEquals(3, c.rowCount());
    assertEquals(3, c.column(0).get(2));
    assertEquals("x", c.column(1).get(0));
    assertEquals(null, c.column(1).get(1));
    assertEquals("y", c.column(1).get(2));
    assertTrue(c.isDense(1));
  }

  @Test
  void concatKeepsIntegersPast32BitsAndTheirWidth() {
    ColumnBatch a = batch(new int[] {1}, new String[] {"x"}, null);
    ((IntColumn) a.column(0)).setWidth(IntegerWidth.INT64);
    ColumnBatch b = batch(new int[] {2}, new String[] {"y"}, null);
    ((IntColumn) b.column(0)).setLong(0, 9_007_199_254_740_993L);
    ColumnBatch c = ColumnBatch.concat(List.of(a, b));
    assertEquals(9_007_199_254_740_993L, ((IntColumn) c.column(0)).getLong(1));
    assertEquals(1L, ((IntColumn) c.column(0)).getLong(0));
    assertEquals(IntegerWidth.INT64, ((IntColumn) c.column(0)).width());
  }

  @Test
  void concatKeepsWhichRowsCarryAColumn() {
    ColumnBatch dense = batch(new int[] {1}, new String[] {"x"}, null);
    ColumnBatch partial = batch(new int[] {2, 3}, new String[] {"y", "z"}, new long[] {0b10L});
    ColumnBatch c = ColumnBatch.concat(List.of(dense, partial));
    assertTrue(c.isPresent(1, 0));
    assertFalse(c.isPresent(1, 1));
    assertTrue(c.isPresent(1, 2));
    assertEquals("z", c.column(1).get(2));
  }

  @Test
  void batchesWithOtherColumnsDoNotConcat() {
    ColumnBatch a = batch(new int[] {1}, new String[] {"x"}, null);
    ColumnBatch other = ColumnBatch.builder(1).add("id", Column.create(ColumnType.INTEGER, 1)).build();
    assertFalse(a.sameColumns(other));
    assertThrows(IllegalArgumentException.class, () -> ColumnBatch.concat(List.of(a, other)));
  }
}
