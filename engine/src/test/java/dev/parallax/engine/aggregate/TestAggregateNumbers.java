package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.FLOAT;
import static dev.parallax.engine.column.ColumnType.INTEGER;
import static java.util.Arrays.asList;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every aggregate of integer and float columns against Perspective 5.5.1, run on
 * the same rows: {@code group_by: ["g"]} over
 * {@code (a, 1, 1.5), (a, null, null), (a, 3, -2.5), (b, null, null), (null, 5, 4.0)}.
 * Groups in output order: total, a, b, null. Expected values are what
 * {@code view.to_json()} returned, except where noted.
 * Order statistics follow Perspective's order for a table made from data:
 * nulls first (lowest).
 */
class TestAggregateNumbers {
  private static Data data() {
    return new Data(Data.Tree.oneLevel(3), 1, 1, 1, 2, 3)
        .column("x", INTEGER, 1, null, 3, null, 5)
        .column("f", FLOAT, 1.5, null, -2.5, null, 4.0);
  }

  static Stream<Arguments> observed() {
    return Stream.of(
        row("sum", asList(9, 4, 0, 5), asList(3.0, -1.0, 0.0, 4.0)),
        row("abs sum", asList(9, 4, 0, 5), asList(3.0, 1.0, 0.0, 4.0)),
        row("sum abs", asList(9, 4, 0, 5), asList(8.0, 4.0, 0.0, 4.0)),
        row("sum not null", asList(9, 4, 0, 5), asList(3.0, -1.0, 0.0, 4.0)),
        row("count", asList(5, 3, 1, 1), asList(5, 3, 1, 1)),
        row("any", asList(1, 1, 0, 5), asList(1.5, 1.5, 0.0, 4.0)),
        row("avg", asList(3.0, 2.0, null, 5.0), asList(1.0, -0.5, null, 4.0)),
        row("mean", asList(3.0, 2.0, null, 5.0), asList(1.0, -0.5, null, 4.0)),
        row("distinct count", asList(4, 3, 1, 1), asList(4, 3, 1, 1)),
        row("distinct leaf", asList(null, null, null, 5), asList(null, null, null, 4.0)),
        row("dominant", asList(1, 1, null, 5), asList(1.5, 1.5, null, 4.0)),
        row("first", asList(1, 1, null, 5), asList(1.5, 1.5, null, 4.0)),
        row("last", asList(5, 3, null, 5), asList(4.0, -2.5, null, 4.0)),
        row("last by index", asList(5, 3, null, 5), asList(4.0, -2.5, null, 4.0)),
        row("high", asList(5, 3, 0, 5), asList(4.0, 1.5, 0.0, 4.0)),
        row("low", asList(0, 0, 0, 5), asList(-2.5, -2.5, 0.0, 4.0)),
        row("max", asList(5, 3, null, 5), asList(4.0, 1.5, null, 4.0)),
        row("min", asList(null, null, null, 5), asList(null, null, null, 4.0)),
        row("high minus low", asList(null, null, null, 0), asList(null, null, null, 0.0)),
        row("last minus first", asList(4, 2, null, 0), asList(2.5, -4.0, null, 0.0)),
        row("median", asList(1, 1, null, 5), asList(-2.5, -2.5, null, 4.0)),
        row("q1", asList(null, null, null, 5), asList(null, null, null, 4.0)),
        row("q3", asList(3, 3, null, 5), asList(1.5, 1.5, null, 4.0)),
        row("pct sum parent", asList(100.0, 44.44444444444444, 0.0, 55.55555555555556),
            asList(100.0, -33.33333333333333, 0.0, 133.33333333333331)),
        row("pct sum total", asList(100.0, 44.44444444444444, 0.0, 55.55555555555556),
            asList(100.0, -33.33333333333333, 0.0, 133.33333333333331)),
        row("stddev", asList(1.632993161855452, 1.0, null, null), asList(2.6770630673681683, 2.0, null, null)),
        row("var", asList(2.6666666666666665, 1.0, null, null), asList(7.166666666666667, 4.0, null, null)),
        row("unique", asList(null, null, null, 5), asList(null, null, null, 4.0)),
        row("gmv", asList(9, 4, 0, 5), asList(5.0, -1.0, 0.0, 4.0)),
        row("mul", asList(0, 0, null, 5), asList(0.0, 0.0, null, 4.0)));
  }

  private static Arguments row(String aggregate, Object x, Object f) {
    return Arguments.of(aggregate, x, f);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("observed")
  void integerColumnMatchesPerspective(String aggregate, java.util.List<?> x, java.util.List<?> f) {
    Check.results(aggregate + " of x", x, data().results("x", aggregate));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("observed")
  void floatColumnMatchesPerspective(String aggregate, java.util.List<?> x, java.util.List<?> f) {
    Check.results(aggregate + " of f", f, data().results("f", aggregate));
  }
}
