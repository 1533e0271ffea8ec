package dev.parallax.engine.table;

import static dev.parallax.engine.column.ColumnType.FLOAT;
import static dev.parallax.engine.column.ColumnType.INTEGER;
import static dev.parallax.engine.column.ColumnType.STRING;
import static dev.parallax.engine.table.Rows.ABSENT;
import static dev.parallax.engine.table.Rows.batch;
import static dev.parallax.engine.table.Rows.keys;
import static dev.parallax.engine.table.Rows.live;
import static dev.parallax.engine.table.Rows.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTable {
  private static final Schema SCHEMA = Rows.schema("id", INTEGER, "name", STRING, "x", FLOAT);

  private static Table indexed(Object[]... rows) {
    Table t = Table.create(SCHEMA, TableOptions.indexed("id"));
    t.update(batch(SCHEMA, rows));
    return t;
  }

  @Test
  void unindexedTableAppendsRowsInArrivalOrder() {
    Table t = Table.create(SCHEMA, new TableOptions());
    t.update(batch(SCHEMA, new Object[] {1, "a", 1.5}));
    t.update(batch(SCHEMA, new Object[] {1, "b", 2.5}));
    assertEquals(2, t.size());
    assertEquals(List.of(row("id", 1, "name", "a", "x", 1.5), row("id", 1, "name", "b", "x", 2.5)), live(t));
  }

  @Test
  void createFromBatchTakesTheBatchSchemaAndRows() {
    Table t = Table.create(batch(SCHEMA, new Object[] {1, "a", 1.0}, new Object[] {2, null, null}),
        new TableOptions());
    assertEquals(SCHEMA, t.schema());
    assertEquals(List.of(row("id", 1, "name", "a", "x", 1.0), row("id", 2, "name", null, "x", null)), live(t));
  }

  @Test
  void updateOfAnExistingKeyOverwritesThatRow() {
    Table t = indexed(new Object[] {1, "a", 1.0}, new Object[] {2, "b", 2.0});
    t.update(batch(SCHEMA, new Object[] {2, "B", 20.0}));
    assertEquals(2, t.size());
    assertEquals(List.of(row("id", 1, "name", "a", "x", 1.0), row("id", 2, "name", "B", "x", 20.0)), live(t));
  }

  @Test
  void partialRowUpdatesOnlyTheColumnsItCarries() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    t.update(batch(SCHEMA, new Object[] {1, ABSENT, 9.0}));
    assertEquals(List.of(row("id", 1, "name", "a", "x", 9.0)), live(t));
  }

  @Test
  void explicitNullOverwritesTheStoredValue() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    t.update(batch(SCHEMA, new Object[] {1, null, ABSENT}));
    assertEquals(List.of(row("id", 1, "name", null, "x", 1.0)), live(t));
  }

  @Test
  void newKeyedRowLeavesColumnsItOmitsNull() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    t.update(batch(SCHEMA, new Object[] {2, ABSENT, 3.0}));
    assertEquals(row("id", 2, "name", null, "x", 3.0), live(t).get(1));
  }

  @Test
  void repeatedKeyInOneBatchAppliesInOrder() {
    Table t = indexed();
    TableDelta d = t.update(batch(SCHEMA, new Object[] {1, "a", 1.0}, new Object[] {1, ABSENT, 2.0}));
    assertEquals(List.of(row("id", 1, "name", "a", "x", 2.0)), live(t));
    assertEquals(1, d.added().length);
    assertEquals(0, d.updated().length);
  }

  @Test
  void stringKeysUpsert() {
    Schema s = Rows.schema("k", STRING, "v", INTEGER);
    Table t = Table.create(s, TableOptions.indexed("k"));
    t.update(batch(s, new Object[] {"x", 1}, new Object[] {"y", 2}));
    t.update(batch(s, new Object[] {"x", 10}));
    assertEquals(List.of(row("k", "x", "v", 10), row("k", "y", "v", 2)), live(t));
  }

  @Test
  void nullIsAKeyOfItsOwn() {
    Table t = indexed(new Object[] {null, "a", 1.0}, new Object[] {1, "b", 2.0});
    t.update(batch(SCHEMA, new Object[] {null, "c", ABSENT}));
    assertEquals(2, t.size());
    assertEquals(row("id", null, "name", "c", "x", 1.0), live(t).get(0));
  }

  @Test
  void removeDeletesByKeyAndIgnoresUnknownKeys() {
    Table t = indexed(new Object[] {1, "a", 1.0}, new Object[] {2, "b", 2.0}, new Object[] {3, "c", 3.0});
    TableDelta d = t.remove(keys(INTEGER, 2, 99), 2);
    assertEquals(2, t.size());
    assertArrayEquals(new int[] {1}, d.removed());
    assertEquals("b", d.removedBefore().column(1).get(0));
    assertEquals(List.of(row("id", 1, "name", "a", "x", 1.0), row("id", 3, "name", "c", "x", 3.0)), live(t));
  }

  @Test
  void integerKeysPast32BitsUpsertAndRemove() {
    long big = 9_007_199_254_740_993L;
    Table t = indexed(new Object[] {big, "a", 1.0}, new Object[] {big + 2, "b", 2.0}, new Object[] {7, "c", 3.0});
    t.update(batch(SCHEMA, new Object[] {big, "A", ABSENT}));
    assertEquals(3, t.size());
    assertEquals(row("id", big, "name", "A", "x", 1.0), live(t).get(0));
    assertArrayEquals(new int[] {1}, t.remove(keys(INTEGER, big + 2, big + 4), 2).removed());
    assertEquals(List.of(row("id", big, "name", "A", "x", 1.0), row("id", 7L, "name", "c", "x", 3.0)), live(t));
  }

  @Test
  void aKeyPast32BitsDoesNotMatchItsLow32Bits() {
    long big = (1L << 32) + 5;
    Table t = indexed(new Object[] {5, "five", 1.0});
    t.update(batch(SCHEMA, new Object[] {big, "big", 2.0}));
    assertEquals(2, t.size());
  }

  @Test
  void removeByStringKeyNeverSeenIsIgnored() {
    Schema s = Rows.schema("k", STRING, "v", INTEGER);
    Table t = Table.create(s, TableOptions.indexed("k"));
    t.update(batch(s, new Object[] {"x", 1}));
    assertEquals(0, t.remove(keys(STRING, "nope"), 1).removed().length);
    assertEquals(1, t.size());
  }

  @Test
  void removedRowIdIsReusedAndTheKeyCanReturn() {
    Table t = indexed(new Object[] {1, "a", 1.0}, new Object[] {2, "b", 2.0});
    t.remove(keys(INTEGER, 1), 1);
    TableDelta d = t.update(batch(SCHEMA, new Object[] {5, ABSENT, ABSENT}, new Object[] {1, "again", ABSENT}));
    assertEquals(3, t.size());
    assertEquals(3, t.rowCount());
    assertEquals(2, d.added().length);
    assertTrue(live(t).contains(row("id", 1, "name", "again", "x", null)));
    assertTrue(live(t).contains(row("id", 5, "name", null, "x", null)));
  }

  @Test
  void implicitIndexCountsAppendedRowsAndNeverRestarts() {
    Table t = Table.create(SCHEMA, new TableOptions());
    t.update(batch(SCHEMA, new Object[] {7, "a", 1.0}, new Object[] {8, "b", 2.0}));
    t.clear();
    t.update(batch(SCHEMA, new Object[] {9, "c", 3.0}));
    assertEquals(2L, t.implicitIndex(0));
  }

  @Test
  void ringSlotsCarryTheImplicitIndexOfTheRowTheyHold() {
    // Perspective shows a wrapped ring oldest to newest: 1,2 then 3,4 into limit 3 reads 2,3,4.
    Table t = Table.create(SCHEMA, TableOptions.limited(3));
    t.update(batch(SCHEMA, new Object[] {1, ABSENT, ABSENT}, new Object[] {2, ABSENT, ABSENT}));
    t.update(batch(SCHEMA, new Object[] {3, ABSENT, ABSENT}, new Object[] {4, ABSENT, ABSENT}));
    assertEquals(4, t.column("id").get(0));
    assertEquals(3L, t.implicitIndex(0));
    assertEquals(1L, t.implicitIndex(1));
    assertEquals(2L, t.implicitIndex(2));
  }

  @Test
  void implicitIndexUpdatesAnExistingRowOfAnUnindexedTable() {
    Table t = Table.create(SCHEMA, new TableOptions());
    t.update(batch(SCHEMA, new Object[] {7, "a", 1.0}, new Object[] {8, "b", 2.0}));
    Schema withIndex = Rows.schema(Table.IMPLICIT_INDEX, INTEGER, "x", FLOAT);
    t.update(batch(withIndex, new Object[] {1, 20.0}));
    assertEquals(List.of(row("id", 7, "name", "a", "x", 1.0), row("id", 8, "name", "b", "x", 20.0)), live(t));
  }

  @Test
  void limitTableOverwritesItsOldestRows() {
    Table t = Table.create(SCHEMA, TableOptions.limited(2));
    t.update(batch(SCHEMA, new Object[] {1, "a", 1.0}, new Object[] {2, "b", 2.0}));
    TableDelta d = t.update(batch(SCHEMA, new Object[] {3, "c", 3.0}));
    assertEquals(2, t.size());
    assertArrayEquals(new int[] {0}, d.updated());
    assertEquals(1, d.updatedBefore().column(0).get(0));
    assertEquals(List.of(row("id", 3, "name", "c", "x", 3.0), row("id", 2, "name", "b", "x", 2.0)), live(t));
  }

  @Test
  void limitBatchLongerThanTheRingKeepsItsLastRowsInRingPositions() {
    Table t = Table.create(SCHEMA, TableOptions.limited(3));
    Object[][] rows = new Object[5][];
    for (int i = 0; i < 5; i++) {
      rows[i] = new Object[] {i, ABSENT, (double) i};
    }
    t.update(batch(SCHEMA, rows));
    assertEquals(3, t.size());
    assertEquals(List.of(3, 4, 2), List.of(live(t).get(0).get("id"), live(t).get(1).get("id"), live(t).get(2).get("id")));
  }

  @Test
  void clearEmptiesTheTableAndReportsAReset() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    TableDelta d = t.clear();
    assertTrue(d.isReset());
    assertEquals(0, t.size());
    t.update(batch(SCHEMA, new Object[] {1, "b", 2.0}));
    assertEquals(List.of(row("id", 1, "name", "b", "x", 2.0)), live(t));
  }

  @Test
  void replaceSwapsEveryRowInOneReset() {
    Table t = indexed(new Object[] {1, "a", 1.0}, new Object[] {2, "b", 2.0});
    List<TableDelta> seen = new ArrayList<>();
    t.addListener((table, delta) -> seen.add(delta));
    t.replace(batch(SCHEMA, new Object[] {3, "c", 3.0}));
    assertEquals(List.of(row("id", 3, "name", "c", "x", 3.0)), live(t));
    assertEquals(1, seen.size());
    assertTrue(seen.get(0).isReset());
    assertEquals(1, seen.get(0).added().length);
  }

  @Test
  void deltaCarriesOldValuesOfUpdatedRowsAndTheColumnsTouched() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    TableDelta d = t.update(batch(Rows.schema("id", INTEGER, "x", FLOAT), new Object[] {1, 5.0}));
    assertArrayEquals(new int[] {0}, d.updated());
    assertEquals(1.0, d.updatedBefore().column(2).get(0));
    assertEquals("a", d.updatedBefore().column(1).get(0));
    assertTrue(d.touches(2));
    assertTrue(!d.touches(1));
  }

  @Test
  void listenersSeeEveryBatchOnce() {
    Table t = indexed();
    List<TableDelta> seen = new ArrayList<>();
    t.addListener((table, delta) -> seen.add(delta));
    t.update(batch(SCHEMA, new Object[] {1, "a", 1.0}, new Object[] {2, "b", 2.0}));
    t.remove(keys(INTEGER, 1), 1);
    assertEquals(2, seen.size());
    assertEquals(2, seen.get(0).added().length);
    assertEquals(1, seen.get(1).removed().length);
  }

  @Test
  void failingListenerDoesNotStopTheOthers() {
    Table t = indexed();
    List<TableDelta> seen = new ArrayList<>();
    t.addListener((table, delta) -> {
      throw new IllegalStateException("listener bug");
    });
    t.addListener((table, delta) -> seen.add(delta));
    t.update(batch(SCHEMA, new Object[] {1, "a", 1.0}));
    assertEquals(1, seen.size());
    assertEquals(1, t.size());
  }

  @Test
  void deleteRunsDeleteCallbacksAndEndsTheTable() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    List<String> calls = new ArrayList<>();
    t.onDelete(() -> calls.add("deleted"));
    t.delete();
    assertEquals(List.of("deleted"), calls);
    ParallaxException e = assertThrows(ParallaxException.class, t::size);
    assertTrue(e.getMessage().contains("deleted"));
  }

  @Test
  void deleteIsRefusedWhileViewsListen() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    t.addListener((table, delta) -> { });
    ParallaxException e = assertThrows(ParallaxException.class, t::delete);
    assertTrue(e.getMessage().contains("view"));
    assertEquals(1, t.size());
  }

  @Test
  void heapPerRowIsSmallForAWideNumericTable() {
    Schema s = Rows.schema("id", INTEGER, "x", FLOAT, "name", STRING);
    int n = 100_000;
    Object[][] rows = new Object[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = new Object[] {i, (double) i, "s" + (i % 100)};
    }
    Table t = Table.create(batch(s, rows), TableOptions.indexed("id"));
    // 4 + 8 + 4 bytes of values, a bit of validity, and an int-keyed hash index.
    assertTrue(t.heapBytes() / n < 40, "bytes per row: " + t.heapBytes() / n);
  }

  // Bad input: each is refused with a message naming the problem, and the table stays as it was.

  @Test
  void indexTogetherWithLimitIsRefused() {
    TableOptions both = TableOptions.indexed("id").setLimit(5);
    ParallaxException e = assertThrows(ParallaxException.class, () -> Table.create(SCHEMA, both));
    assertTrue(e.getMessage().contains("index") && e.getMessage().contains("limit"));
  }

  @Test
  void negativeLimitIsRefused() {
    assertThrows(ParallaxException.class, () -> Table.create(SCHEMA, TableOptions.limited(-1)));
  }

  @Test
  void zeroLimitIsRefused() {
    ParallaxException e = assertThrows(ParallaxException.class, () -> Table.create(SCHEMA, TableOptions.limited(0)));
    assertTrue(e.getMessage().contains("at least 1"));
  }

  @Test
  void indexOnAColumnNotInTheSchemaIsRefused() {
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> Table.create(SCHEMA, TableOptions.indexed("nope")));
    assertTrue(e.getMessage().contains("nope"));
  }

  @Test
  void updateWithAnUnknownColumnIsRefusedAndChangesNothing() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    Schema bad = Rows.schema("id", INTEGER, "zzz", FLOAT);
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> t.update(batch(bad, new Object[] {2, 1.0})));
    assertTrue(e.getMessage().contains("zzz"));
    assertEquals(List.of(row("id", 1, "name", "a", "x", 1.0)), live(t));
  }

  @Test
  void updateWithAValueOfTheWrongTypeIsRefusedAndChangesNothing() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    Schema bad = Rows.schema("id", INTEGER, "x", STRING);
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> t.update(batch(bad, new Object[] {1, "oops"})));
    assertTrue(e.getMessage().contains("'x'"));
    assertEquals(List.of(row("id", 1, "name", "a", "x", 1.0)), live(t));
  }

  @Test
  void updateWithoutTheIndexColumnIsRefusedAndChangesNothing() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    Schema bad = Rows.schema("name", STRING);
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> t.update(batch(bad, new Object[] {"b"})));
    assertTrue(e.getMessage().contains("index column 'id'"));
    assertEquals(1, t.size());
  }

  @Test
  void rowWithoutAKeyRefusesTheWholeBatch() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> t.update(batch(SCHEMA, new Object[] {2, "b", 2.0}, new Object[] {ABSENT, "c", 3.0})));
    assertTrue(e.getMessage().contains("Row 1"));
    assertEquals(List.of(row("id", 1, "name", "a", "x", 1.0)), live(t));
  }

  @Test
  void removeFromAnUnindexedTableIsRefusedAndChangesNothing() {
    Table t = Table.create(SCHEMA, new TableOptions());
    t.update(batch(SCHEMA, new Object[] {7, "a", 1.0}));
    ParallaxException e = assertThrows(ParallaxException.class, () -> t.remove(keys(INTEGER, 0), 1));
    assertTrue(e.getMessage().contains("unindexed"));
    assertEquals(1, t.size());
  }

  @Test
  void removeWithKeysOfTheWrongTypeIsRefusedAndChangesNothing() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    assertThrows(ParallaxException.class, () -> t.remove(keys(STRING, "1"), 1));
    assertEquals(1, t.size());
  }

  @Test
  void replaceWithABadBatchKeepsTheOldRows() {
    Table t = indexed(new Object[] {1, "a", 1.0});
    Schema bad = Rows.schema("id", INTEGER, "x", INTEGER);
    assertThrows(ParallaxException.class, () -> t.replace(batch(bad, new Object[] {2, 2})));
    assertEquals(List.of(row("id", 1, "name", "a", "x", 1.0)), live(t));
  }
}
