package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.BOOLEAN;
import static dev.parallax.engine.column.ColumnType.DATE;
import static dev.parallax.engine.column.ColumnType.DATETIME;
import static dev.parallax.engine.column.ColumnType.STRING;
import static java.util.Arrays.asList;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every aggregate Perspective 5.5.1 offers on string, boolean, date and datetime
 * columns, against what it returned for {@code group_by: ["g"]} over rows
 * {@code a: (p, true, 2024-01-03, 3000), (null…), (q, false, 2024-01-01, 1000),
 * (p, true, 2024-01-03, 3000); b: (null…); null: (r, true, 2024-01-05, 5000)}.
 * Groups: total, a, b, null. Dates are days since 1970 (Perspective prints
 * epoch ms); -719529 is the 0000-00-00 Perspective reads from a null date.
 * Order statistics follow Perspective's order for a table made from data:
 * nulls first (lowest).
 */
class TestAggregateOtherTypes {
  private static final int JAN1 = 19723;
  private static final int JAN3 = 19725;
  private static final int JAN5 = 19727;
  private static final int NULL_DAY = -719529;

  private static Data data() {
    return new Data(Data.Tree.oneLevel(3), 1, 1, 1, 1, 2, 3)
        .column("s", STRING, "p", null, "q", "p", null, "r")
        .column("b", BOOLEAN, true, null, false, true, null, true)
        .column("d", DATE, JAN3, null, JAN1, JAN3, null, JAN5)
        .column("t", DATETIME, 3000L, null, 1000L, 3000L, null, 5000L);
  }

  static Stream<Arguments> observed() {
    return Stream.of(
        row("count", "s", 6, 4, 1, 1), row("count", "b", 6, 4, 1, 1),
        row("count", "d", 6, 4, 1, 1), row("count", "t", 6, 4, 1, 1),
        row("any", "s", "p", "p", "", "r"), row("any", "b", true, true, false, true),
        row("any", "d", JAN3, JAN3, NULL_DAY, JAN5), row("any", "t", 3000, 3000, 0, 5000),
        row("distinct count", "s", 4, 3, 1, 1), row("distinct count", "b", 3, 3, 1, 1),
        row("distinct count", "d", 4, 3, 1, 1), row("distinct count", "t", 4, 3, 1, 1),
        row("distinct leaf", "s", "", "", null, "r"), row("distinct leaf", "b", null, null, null, true),
        row("distinct leaf", "d", null, null, null, JAN5), row("distinct leaf", "t", null, null, null, 5000),
        row("dominant", "s", "p", "p", null, "r"), row("dominant", "b", true, true, null, true),
        row("dominant", "d", JAN3, JAN3, null, JAN5), row("dominant", "t", 3000, 3000, null, 5000),
        row("first", "s", "p", "p", null, "r"), row("first", "b", true, true, null, true),
        row("first", "d", JAN3, JAN3, null, JAN5), row("first", "t", 3000, 3000, null, 5000),
        row("last", "s", "r", "p", null, "r"), row("last", "b", true, true, null, true),
        row("last", "d", JAN5, JAN3, null, JAN5), row("last", "t", 5000, 3000, null, 5000),
        row("last by index", "s", "r", "p", null, "r"), row("last by index", "b", true, true, null, true),
        row("last by index", "d", JAN5, JAN3, null, JAN5), row("last by index", "t", 5000, 3000, null, 5000),
        row("high", "d", JAN5, JAN3, NULL_DAY, JAN5), row("high", "t", 5000, 3000, 0, 5000),
        row("low", "d", NULL_DAY, NULL_DAY, NULL_DAY, JAN5), row("low", "t", 0, 0, 0, 5000),
        row("max", "d", JAN5, JAN3, null, JAN5), row("max", "t", 5000, 3000, null, 5000),
        row("min", "d", null, null, null, JAN5), row("min", "t", null, null, null, 5000),
        row("median", "s", "p", "p", null, "r"), row("median", "d", JAN3, JAN3, null, JAN5),
        row("median", "t", 3000, 3000, null, 5000),
        row("q1", "s", null, "p", null, "r"), row("q1", "d", null, JAN1, null, JAN5),
        row("q1", "t", null, 1000, null, 5000),
        row("q3", "s", "q", "q", null, "r"), row("q3", "d", JAN3, JAN3, null, JAN5),
        row("q3", "t", 3000, 3000, null, 5000),
        row("unique", "s", null, null, null, "r"), row("unique", "b", null, null, null, true),
        row("unique", "d", null, null, null, JAN5), row("unique", "t", null, null, null, 5000),
        row("join", "s", "null, p, q, r", "null, p, q", "null", "r"),
        row("and", "b", false, false, false, true),
        row("or", "b", true, true, false, true));
  }

  private static Arguments row(String aggregate, String column, Object... expected) {
    return Arguments.of(aggregate, column, asList(expected));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("observed")
  void matchesPerspective(String aggregate, String column, List<?> expected) {
    Check.results(aggregate + " of " + column, expected, data().results(column, aggregate));
  }

  /** Perspective 5.5.1 advertises "avg" for dates and datetimes but aborts on it; we give the mean, rounded down. */
  @Test
  void avgOfDatesIsTheMeanDayRoundedDown() {
    Check.results("avg of d", asList(JAN3, JAN3 - 1, null, JAN5), data().results("d", "avg"));
  }

  @Test
  void avgOfDatetimesIsTheMeanInstant() {
    Check.results("avg of t", asList(3000, 7000 / 3, null, 5000), data().results("t", "avg"));
  }
}
