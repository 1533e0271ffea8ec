package dev.parallax.engine.aggregate;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bulk adds give what adding row by row gives, for every aggregate. */
class TestAggregateBulk {
  private static final RandomRows ROWS = new RandomRows(3, 500);

  @Test
  void aFullScanEqualsAddingRowByRow() {
    Data d = ROWS.all();
    int[] groups = new int[ROWS.rows];
    for (int row = 0; row < ROWS.rows; row++) {
      groups[row] = d.leafOfRow[row];
    }
    for (AggregateSpec spec : ROWS.everySpec()) {
      AggregateStore one = spec.newStore(d.tree.size());
      AggregateStore bulk = spec.newStore(d.tree.size());
      AggregateSource src = d.source(spec);
      for (int row = 0; row < ROWS.rows; row++) {
        one.add(src, groups[row], row);
      }
      bulk.addAll(src, groups, ROWS.rows);
      Check.results(spec.toString(), Data.results(spec, one, GroupTree.FLAT), Data.results(spec, bulk, GroupTree.FLAT), 1e-9);
    }
  }

  @Test
  void selectedRowsEqualAddingThemOneByOne() {
    Data d = ROWS.all();
    Random r = new Random(5);
    int n = 200;
    int[] rows = new int[n];
    int[] groups = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = r.nextInt(ROWS.rows);
      groups[i] = r.nextInt(d.tree.size());
    }
    for (AggregateSpec spec : ROWS.everySpec()) {
      AggregateStore one = spec.newStore(d.tree.size());
      AggregateStore bulk = spec.newStore(d.tree.size());
      AggregateSource src = d.source(spec);
      for (int i = 0; i < n; i++) {
        one.add(src, groups[i], rows[i]);
      }
      bulk.addAll(src, groups, rows, n);
      Check.results(spec.toString(), Data.results(spec, one, GroupTree.FLAT), Data.results(spec, bulk, GroupTree.FLAT), 1e-9);
    }
  }
}
