package dev.parallax.engine.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Groups added to a store after rows went in: old states stay, new groups start empty. */
class TestAggregateGrowth {
  private static final RandomRows ROWS = new RandomRows(19, 120);

  @Test
  void growingKeepsEveryStateAndAddsEmptyGroups() {
    Data d = ROWS.all();
    for (AggregateSpec spec : ROWS.everySpec()) {
      AggregateStore store = d.aggregate(spec);
      List<Object> before = Data.results(spec, store, GroupTree.FLAT);
      store.ensureGroups(1000);
      assertEquals(1000, store.groupCount(), spec.toString());
      List<Object> after = Data.results(spec, store, GroupTree.FLAT);
      Check.results(spec + " after growing", before, after.subList(0, before.size()));
      for (int g = before.size(); g < 1000; g++) {
        assertNull(after.get(g), spec + " group " + g);
      }
    }
  }

  @Test
  void aGrownGroupAggregatesLikeAnyOther() {
    Data d = ROWS.all();
    for (AggregateSpec spec : ROWS.everySpec()) {
      AggregateStore store = d.aggregate(spec);
      store.ensureGroups(500);
      store.merge(499, store, 0);
      List<Object> r = Data.results(spec, store, GroupTree.FLAT);
      Check.value(spec + " group 499", r.get(0), r.get(499), 0);
    }
  }
}
