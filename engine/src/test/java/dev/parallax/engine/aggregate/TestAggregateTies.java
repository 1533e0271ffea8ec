package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.INTEGER;
import static dev.parallax.engine.column.ColumnType.STRING;
import static java.util.Arrays.asList;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Frequencies, ties, order statistics and spread, against Perspective 5.5.1 with
 * {@code group_by: ["g"]} over groups t1 [3, 1, 1, 3], t2 [2, 1], t3 [null, null, 1],
 * t4 [7, 7], t5 [7, null], t6 [null, 7], t7 [1, 2, 3, 4], t8 [2, 3], with strings
 * a=1, b=2, c=3 (and 7), d=4, z=3 in t1. Groups: total, t1..t8.
 * Order statistics follow Perspective's order for a table made from data:
 * nulls first (lowest).
 */
class TestAggregateTies {
  private static Data data() {
    return new Data(Data.Tree.oneLevel(8), 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 7, 7, 8, 8)
        .column("v", INTEGER, 3, 1, 1, 3, 2, 1, null, null, 1, 7, 7, 7, null, null, 7, 1, 2, 3, 4, 2, 3)
        .column("s", STRING, "z", "a", "a", "z", "b", "a", null, null, "a", "c", "c", "c", null, null, "c",
            "a", "b", "c", "d", "b", "c");
  }

  static Stream<Arguments> observed() {
    return Stream.of(
        row("dominant", "v", 1, 1, 2, 1, 7, 7, 7, 1, 2),
        row("dominant", "s", "c", "a", "b", "a", "c", "c", "c", "a", "b"),
        row("unique", "v", null, null, null, null, 7, null, null, null, null),
        row("unique", "s", null, null, null, null, "c", null, null, null, null),
        row("median", "v", 2, 3, 2, null, 7, 7, 7, 3, 3),
        row("median", "s", "b", "z", "b", null, "c", "c", "c", "c", "c"),
        row("q1", "v", 1, 1, 1, null, 7, null, null, 2, 2),
        row("q1", "s", "a", "a", "a", null, "c", null, null, "b", "b"),
        row("q3", "v", 3, 3, 2, 1, 7, 7, 7, 4, 3),
        row("q3", "s", "c", "z", "b", "a", "c", "c", "c", "d", "c"),
        row("high minus low", "v", null, 2, 1, null, 0, null, null, 3, 1),
        row("stddev", "v", 2.262986360196629, 1.0, 0.5, null, 0.0, null, null, 1.118033988749895, 0.5),
        row("var", "v", 5.121107266435987, 1.0, 0.25, null, 0.0, null, null, 1.25, 0.25),
        row("any", "v", 3, 3, 2, 1, 7, 7, 7, 1, 2),
        row("any", "s", "z", "z", "b", "a", "c", "c", "c", "a", "b"),
        row("first", "v", 3, 3, 2, null, 7, 7, null, 1, 2),
        row("first", "s", "z", "z", "b", null, "c", "c", null, "a", "b"),
        row("last", "v", 3, 3, 1, 1, 7, null, 7, 4, 3),
        row("last", "s", "c", "z", "a", "a", "c", null, "c", "d", "c"),
        row("distinct count", "v", 6, 2, 2, 2, 1, 2, 2, 4, 2),
        row("distinct count", "s", 6, 2, 2, 2, 1, 2, 2, 4, 2),
        row("distinct leaf", "v", null, null, null, null, 7, null, null, null, null),
        row("distinct leaf", "s", "", "", "", "", "c", "", "", "", ""));
  }

  private static Arguments row(String aggregate, String column, Object... expected) {
    return Arguments.of(aggregate, column, asList(expected));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("observed")
  void matchesPerspective(String aggregate, String column, List<?> expected) {
    Check.results(aggregate + " of " + column, expected, data().results(column, aggregate));
  }
}
