package dev.parallax.engine.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invertible aggregates take rows back out: every row added, then some removed,
 * gives the results of adding only the rest. The others refuse removes.
 */
class TestAggregateRemove {
  private static final RandomRows ROWS = new RandomRows(11, 240);

  private static final Set<AggregateKind> INVERTIBLE = EnumSet.of(AggregateKind.SUM, AggregateKind.ABS_SUM,
      AggregateKind.SUM_ABS, AggregateKind.SUM_NOT_NULL, AggregateKind.GMV, AggregateKind.PCT_SUM_PARENT,
      AggregateKind.PCT_SUM_TOTAL, AggregateKind.AVG, AggregateKind.MEAN, AggregateKind.STDDEV,
      AggregateKind.VAR, AggregateKind.COUNT, AggregateKind.AND, AggregateKind.OR,
      AggregateKind.WEIGHTED_MEAN);

  @Test
  void removingRowsEqualsNeverAddingThem() {
    Data all = ROWS.all();
    int kept = 0;
    int[] rest = new int[ROWS.rows];
    for (int row = 0; row < ROWS.rows; row++) {
      if (row % 3 != 0) {
        rest[kept++] = row;
      }
    }
    Data remaining = ROWS.subset(java.util.Arrays.copyOf(rest, kept));
    int checked = 0;
    for (AggregateSpec spec : ROWS.everySpec()) {
      AggregateStore store = all.aggregate(spec);
      if (!store.isInvertible()) {
        continue;
      }
      AggregateSource src = all.source(spec);
      for (int row = 0; row < ROWS.rows; row += 3) {
        for (int g = all.leafOfRow[row]; g >= 0; g = all.tree.parent(g)) {
          store.remove(src, g, row);
        }
      }
      Check.results(spec + " after removes", Data.results(spec, remaining.aggregate(spec), all.tree),
          Data.results(spec, store, all.tree), 1e-9);
      checked++;
    }
    // 11 sum-family kinds x 2 numeric types, weighted mean x 2 types x 2 weights,
    // count x 6 types, and/or, avg of date and datetime.
    assertEquals(36, checked, "invertible aggregate and type pairs");
  }

  @Test
  void exactlyTheSumCountAndMomentFamiliesAreInvertible() {
    for (AggregateSpec spec : ROWS.everySpec()) {
      assertEquals(INVERTIBLE.contains(spec.kind()), spec.newStore(1).isInvertible(), spec.toString());
    }
  }

  @Test
  void aNonInvertibleStoreRefusesARemove() {
    Data d = ROWS.all();
    AggregateSpec spec = d.spec("integer", "median");
    AggregateStore store = d.aggregate(spec);
    assertThrows(UnsupportedOperationException.class, () -> store.remove(d.source(spec), 1, 0));
  }
}
