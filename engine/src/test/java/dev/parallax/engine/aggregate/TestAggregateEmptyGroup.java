package dev.parallax.engine.aggregate;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.engine.column.ColumnType;
import org.junit.jupiter.api.Test;

/**
 * A group no row went into, like the total of an empty table, for which
 * Perspective 5.5.1 shows null under every aggregate (count included).
 */
class TestAggregateEmptyGroup {
  @Test
  void everyAggregateOfEveryTypeIsNullForAGroupWithoutRows() {
    for (ColumnType type : ColumnType.values()) {
      Data d = new Data(Data.Tree.oneLevel(0)).column("c", type).column("w", ColumnType.FLOAT);
      for (AggregateKind kind : AggregateKind.values()) {
        if (!kind.appliesTo(type)) {
          continue;
        }
        AggregateSpec spec = kind.takesArgument()
            ? AggregateSpec.of(kind, "c", "w", d.schema()) : AggregateSpec.of(kind, "c", d.schema());
        AggregateStore store = d.aggregate(spec);
        assertNull(Data.results(spec, store, d.tree).get(0), spec + " of " + type);
      }
    }
  }

  @Test
  void aResetGroupIsEmptyAgain() {
    Data d = new Data(Data.Tree.oneLevel(0), 0, 0).column("c", ColumnType.INTEGER, 1, 2);
    AggregateSpec spec = d.spec("c", "median");
    AggregateStore store = d.aggregate(spec);
    store.reset(0);
    assertNull(Data.results(spec, store, d.tree).get(0));
  }
}
