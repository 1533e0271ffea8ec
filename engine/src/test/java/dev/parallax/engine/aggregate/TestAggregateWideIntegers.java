package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.INTEGER;
import static java.util.Arrays.asList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.IntColumn;
import org.junit.jupiter.api.Test;

/**
 * Aggregates of an integer column holding values past 32 bits (64-bit storage):
 * groups total, a, b over rows (a, 2^53 + 1), (a, 1), (b, -3), as Perspective
 * 5.5.1 gives them for a CSV table of those rows.
 */
class TestAggregateWideIntegers {
  private static final long BIG = 9_007_199_254_740_993L;

  private static Data data() {
    return new Data(Data.Tree.oneLevel(2), 1, 1, 2).column("x", INTEGER, BIG, 1, -3);
  }

  @Test
  void theColumnIsHeldInSixtyFourBits() {
    assertEquals(true, ((IntColumn) data().columns.get("x")).isWide());
  }

  @Test
  void sumsAreExact() {
    assertEquals(asList(BIG - 2, BIG + 1, -3L), data().results("x", "sum"));
  }

  @Test
  void absSumsAreExact() {
    assertEquals(asList(BIG - 2, BIG + 1, 3L), data().results("x", "abs sum"));
  }

  @Test
  void aBulkSumEqualsAddingRowByRow() {
    Data d = data();
    AggregateSpec spec = d.spec("x", "sum");
    AggregateStore bulk = spec.newStore(d.tree.size());
    bulk.addAll(d.source(spec), new int[] {1, 1, 2}, 3);
    assertEquals(asList(null, BIG + 1, -3L), Data.results(spec, bulk, GroupTree.FLAT));
  }

  @Test
  void removingAValueFromASumIsExact() {
    Data d = data();
    AggregateSpec spec = d.spec("x", "sum");
    AggregateStore store = d.aggregate(spec);
    store.remove(d.source(spec), 1, 1);
    store.remove(d.source(spec), 0, 1);
    assertEquals(asList(BIG - 3, BIG, -3L), Data.results(spec, store, d.tree));
  }

  @Test
  void aMeanIsTheExactSumOverTheCount() {
    // Perspective adds the values as doubles first: 3002399751580329.5 and 4503599627370496 here.
    assertEquals(asList((BIG - 2) / 3.0, (BIG + 1) / 2.0, -3.0), data().results("x", "mean"));
  }

  @Test
  void extremesPast32BitsAreExactUpTo2To53() {
    Data d = new Data(Data.Tree.oneLevel(2), 1, 1, 2).column("x", INTEGER, 5_000_000_000L, 1, -6_000_000_000L);
    assertEquals(asList(5_000_000_000L, 5_000_000_000L, -6_000_000_000L), d.results("x", "max"));
    assertEquals(asList(-6_000_000_000L, 1L, -6_000_000_000L), d.results("x", "min"));
  }

  @Test
  void valuesPickedPast2To53AreExact() {
    assertEquals(asList(BIG, BIG, -3L), data().results("x", "max"));
    assertEquals(asList(BIG, BIG, -3L), data().results("x", "first"));
    assertEquals(asList(1L, BIG, -3L), data().results("x", "median"));
    assertEquals(asList(null, null, -3L), data().results("x", "unique"));
  }

  @Test
  void maxByOrdersAnArgumentPast2To53Exactly() {
    // As doubles the two arguments tie, and the earlier row would win.
    Data d = new Data(Data.Tree.oneLevel(1), 1, 1).column("v", INTEGER, 20, 10).column("w", INTEGER, BIG - 1, BIG);
    assertEquals(asList(10L, 10L), d.results("v", asList("max by", asList("w"))));
  }

  @Test
  void highMinusLowPast2To53IsExact() {
    assertEquals(asList(BIG + 3, BIG - 1, 0L), data().results("x", "high minus low"));
  }
}
