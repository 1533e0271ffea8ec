package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.INTEGER;
import static dev.parallax.engine.column.ColumnType.STRING;
import static java.util.Arrays.asList;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Which row "first", "last", "any" and the tie-breaks pick, against Perspective
 * 5.5.1. Table rows in insertion order (k, v, s): (5, null, null), (1, 10, m),
 * (3, 30, n), (2, null, null), one group.
 */
class TestAggregateOrder {
  private static Data inserted() {
    return new Data(Data.Tree.oneLevel(0), 0, 0, 0, 0)
        .column("v", INTEGER, null, 10, 30, null)
        .column("s", STRING, null, "m", "n", null);
  }

  /** With {@code index: "k"} Perspective orders the group by key: 1, 2, 3, 5. */
  private static Data indexed() {
    return inserted().sequence(5, 1, 3, 2);
  }

  @Test
  void firstIsTheFirstRowByIndexEvenWhenNull() {
    Check.results("first v", asList(10), indexed().results("v", "first"));
    Check.results("first s", asList("m"), indexed().results("s", "first"));
    Check.results("first v unindexed", Collections.singletonList(null), inserted().results("v", "first"));
  }

  @Test
  void lastIsTheLastRowByIndexEvenWhenNull() {
    for (String last : new String[] {"last", "last by index"}) {
      Check.results(last + " v", Collections.singletonList(null), indexed().results("v", last));
      Check.results(last + " s", Collections.singletonList(null), inserted().results("s", last));
    }
  }

  @Test
  void anyIsTheFirstNonNullValue() {
    Check.results("any v", asList(10), indexed().results("v", "any"));
    Check.results("any s", asList("m"), inserted().results("s", "any"));
  }

  @Test
  void lastMinusFirstIsNullWhenEitherEndIsNull() {
    Check.results("last minus first", Collections.singletonList(null), indexed().results("v", "last minus first"));
  }

  /**
   * Indexed rows k=1 (10), k=3 (30), k=2 (20), then k=1 updated to 11: Perspective
   * gives first 11, last 30 — the key decides, not the time of the update.
   */
  @Test
  void anUpdatedRowKeepsItsPlaceInTheOrder() {
    Data d = new Data(Data.Tree.oneLevel(0), 0, 0, 0).column("v", INTEGER, 11, 30, 20).sequence(1, 3, 2);
    Check.results("first", asList(11), d.results("v", "first"));
    Check.results("last", asList(30), d.results("v", "last"));
    Check.results("any", asList(11), d.results("v", "any"));
  }
}
