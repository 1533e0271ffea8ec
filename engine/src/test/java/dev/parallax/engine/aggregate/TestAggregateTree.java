package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.FLOAT;
import static dev.parallax.engine.column.ColumnType.INTEGER;
import static dev.parallax.engine.column.ColumnType.STRING;
import static java.util.Arrays.asList;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The aggregates whose result depends on where a group sits in the pivot, against
 * Perspective 5.5.1 with {@code group_by: ["g", "h"]} over rows (g, h, v, f):
 * (A, x, 2, -1.5), (A, x, 2, -1.5), (A, y, -6, 3), (B, x, 4, 2), (B, z, null, null),
 * (C, x, 1, 1), (C, y, 1, 1). Groups in output order: total, A, A/x, A/y, B, B/x,
 * B/z, C, C/x, C/y.
 */
class TestAggregateTree {
  private static Data data() {
    Data.Tree tree = new Data.Tree(-1, 0, 1, 1, 0, 4, 4, 0, 7, 7);
    return new Data(tree, 2, 2, 3, 5, 6, 8, 9)
        .column("v", INTEGER, 2, 2, -6, 4, null, 1, 1)
        .column("f", FLOAT, -1.5, -1.5, 3.0, 2.0, null, 1.0, 1.0);
  }

  static Stream<Arguments> observed() {
    return Stream.of(
        Arguments.of("gmv", asList(8, 10, 4, -6, 4, 4, 0, 2, 1, 1),
            asList(4.0, 6.0, -3.0, 3.0, 2.0, 2.0, 0.0, 2.0, 1.0, 1.0)),
        Arguments.of("pct sum parent", asList(100.0, -50.0, -200.0, 300.0, 100.0, 100.0, 0.0, 50.0, 50.0, 50.0),
            asList(100.0, 0.0, null, null, 50.0, 100.0, 0.0, 50.0, 50.0, 50.0)),
        Arguments.of("pct sum total", asList(100.0, -50.0, 100.0, -150.0, 100.0, 100.0, 0.0, 50.0, 25.0, 25.0),
            asList(100.0, 0.0, -75.0, 75.0, 50.0, 50.0, 0.0, 50.0, 25.0, 25.0)),
        Arguments.of("abs sum", asList(4, 2, 4, 6, 4, 4, 0, 2, 1, 1),
            asList(4.0, 0.0, 3.0, 3.0, 2.0, 2.0, 0.0, 2.0, 1.0, 1.0)),
        Arguments.of("sum abs", asList(16, 10, 4, 6, 4, 4, 0, 2, 1, 1),
            asList(10.0, 6.0, 3.0, 3.0, 2.0, 2.0, 0.0, 2.0, 1.0, 1.0)),
        Arguments.of("distinct leaf", asList(null, null, 2, -6, null, 4, null, null, 1, 1),
            asList(null, null, -1.5, 3.0, null, 2.0, null, null, 1.0, 1.0)),
        Arguments.of("unique", asList(null, null, 2, -6, null, 4, null, 1, 1, 1),
            asList(null, null, -1.5, 3.0, null, 2.0, null, 1.0, 1.0, 1.0)),
        Arguments.of("high minus low", asList(null, 8, 0, 0, null, 0, null, 0, 0, 0),
            asList(null, 4.5, 0.0, 0.0, null, 0.0, null, 0.0, 0.0, 0.0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("observed")
  void integerColumnMatchesPerspective(String aggregate, List<?> v, List<?> f) {
    Check.results(aggregate + " of v", v, data().results("v", aggregate));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("observed")
  void floatColumnMatchesPerspective(String aggregate, List<?> v, List<?> f) {
    Check.results(aggregate + " of f", f, data().results("f", aggregate));
  }

  /** 5.5.1 shows negative integer results here as 32-bit unsigned wraps (A: 4294967294); we give the signed sum. */
  @Test
  void sumNotNullOfNegativeIntegersIsSigned() {
    Check.results("sum not null of v", asList(4, -2, 4, -6, 4, 4, 0, 2, 1, 1), data().results("v", "sum not null"));
  }

  /** Matches 5.5.1 but for A/y, which it shows as 4294967290. */
  @Test
  void mulMultipliesNullAsZeroAndIsNullOnlyForAllNulls() {
    Check.results("mul of v", asList(0, -24, 4, -6, 0, 4, null, 1, 1, 1), data().results("v", "mul"));
    Check.results("mul of f", asList(0.0, 6.75, 2.25, 3.0, 0.0, 2.0, null, 1.0, 1.0, 1.0), data().results("f", "mul"));
  }

  /** Rows (A, x, p), (A, x, p), (A, y, p), (B, x, q), (B, z, null): strings show "" where not unique or not a leaf. */
  @Test
  void distinctLeafOfStringsShowsEmptyWhereNotUniqueOrAboveLeaves() {
    Data d = new Data(new Data.Tree(-1, 0, 1, 1, 0, 4, 4), 2, 2, 3, 5, 6)
        .column("s", STRING, "p", "p", "p", "q", null);
    Check.results("distinct leaf of s", asList("", "", "p", "p", "", "q", null), d.results("s", "distinct leaf"));
    Check.results("unique of s", asList(null, "p", "p", "p", null, "q", null), d.results("s", "unique"));
  }

  /** {@code (a, 1), (b, -1)}: the total sums to zero. */
  @Test
  void percentOfAZeroSumIsNullButARootIsAlwaysAHundredPercentOfItsParent() {
    Data d = new Data(Data.Tree.oneLevel(2), 1, 2).column("v", INTEGER, 1, -1);
    Check.results("pct sum parent", asList(100.0, null, null), d.results("v", "pct sum parent"));
    Check.results("pct sum total", asList(null, null, null), d.results("v", "pct sum total"));
  }
}
