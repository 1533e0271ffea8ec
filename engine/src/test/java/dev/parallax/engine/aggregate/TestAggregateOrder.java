package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.FLOAT;
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

  /**
   * {@code group_by: ["g", "h"]} over rows (k, h, v, w): (2, b, 7, 1), (1, b, 8, 1),
   * (0, a, 3, 1), (9, a, 4, 1), all g = x. Groups: total, x, x/a, x/b. Key order is
   * k with an index and insertion without; tree order puts leaf a's rows first.
   */
  private static void twoLevelsMatch(long[] keys, long[] tree, String aggregate, Object... expected) {
    AggregateKind kind = AggregateKind.byLabel(aggregate);
    Data d = new Data(new Data.Tree(-1, 0, 1, 1), 3, 3, 2, 2)
        .column("v", INTEGER, 7, 8, 3, 4)
        .column("w", FLOAT, 1.0, 1.0, 1.0, 1.0)
        .sequence(kind.ordersRowsByTree() ? tree : keys);
    Object config = kind.takesArgument() ? asList(aggregate, asList("w")) : aggregate;
    Check.results(aggregate, asList(expected), d.results("v", config));
  }

  private static final long[] KEYS = {2, 1, 0, 9};
  private static final long[] KEYS_BY_TREE = {102, 101, 0, 9};
  private static final long[] INSERTION = {0, 1, 2, 3};
  private static final long[] INSERTION_BY_TREE = {100, 101, 2, 3};

  @Test
  void withAnIndexFirstAndLastByIndexFollowTheKeyOverTheWholeGroup() {
    twoLevelsMatch(KEYS, KEYS_BY_TREE, "first", 3, 3, 3, 8);
    twoLevelsMatch(KEYS, KEYS_BY_TREE, "last by index", 4, 4, 4, 7);
    twoLevelsMatch(KEYS, KEYS_BY_TREE, "last minus first", 1, 1, 1, -1);
  }

  @Test
  void withAnIndexLastAnyDominantAndMaxByFollowTheTree() {
    twoLevelsMatch(KEYS, KEYS_BY_TREE, "last", 7, 7, 4, 7);
    twoLevelsMatch(KEYS, KEYS_BY_TREE, "any", 3, 3, 3, 8);
    twoLevelsMatch(KEYS, KEYS_BY_TREE, "dominant", 3, 3, 3, 8);
    twoLevelsMatch(KEYS, KEYS_BY_TREE, "max by", 3, 3, 3, 8);
  }

  @Test
  void withoutAnIndexTheKeyIsInsertionOrder() {
    twoLevelsMatch(INSERTION, INSERTION_BY_TREE, "first", 7, 7, 3, 7);
    twoLevelsMatch(INSERTION, INSERTION_BY_TREE, "last by index", 4, 4, 4, 8);
    twoLevelsMatch(INSERTION, INSERTION_BY_TREE, "last minus first", -3, -3, 1, 1);
    twoLevelsMatch(INSERTION, INSERTION_BY_TREE, "last", 8, 8, 4, 8);
    twoLevelsMatch(INSERTION, INSERTION_BY_TREE, "any", 3, 3, 3, 7);
    twoLevelsMatch(INSERTION, INSERTION_BY_TREE, "dominant", 3, 3, 3, 7);
    twoLevelsMatch(INSERTION, INSERTION_BY_TREE, "max by", 3, 3, 3, 7);
  }

  /** Rows (g, v) inserted (b, 2), (a, 1), (b, 1), (a, 2): Perspective's total is 2, a's rows counting first. */
  @Test
  void dominantTiesAtATotalFollowTheTree() {
    Data d = new Data(Data.Tree.oneLevel(2), 2, 1, 2, 1).column("v", INTEGER, 2, 1, 1, 2).sequence(100, 0, 101, 1);
    Check.results("dominant", asList(2, 1, 2), d.results("v", "dominant"));
  }
}
