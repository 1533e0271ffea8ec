package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.FLOAT;
import static dev.parallax.engine.column.ColumnType.INTEGER;
import static dev.parallax.engine.column.ColumnType.STRING;
import static java.util.Arrays.asList;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aggregates with an argument column, against Perspective 5.5.1 with
 * {@code group_by: ["g"]} over rows (g, v, f, w, s): A (2, -1.5, 1, p),
 * (4, -1.5, 3, q), (-6, 3, null, r); B (4, 2, 0.5, p), (null, null, 3, null);
 * C (1, null, 2, z), (5, 1, 2, y); D (5, 1, 0, y), (7, 1, 0, x).
 * Groups: total, A, B, C, D.
 * Order statistics follow Perspective's order for a table made from data:
 * nulls first (lowest).
 */
class TestAggregateArgument {
  private static Data data() {
    return new Data(Data.Tree.oneLevel(4), 1, 1, 1, 2, 2, 3, 3, 4, 4)
        .column("v", INTEGER, 2, 4, -6, 4, null, 1, 5, 5, 7)
        .column("f", FLOAT, -1.5, -1.5, 3.0, 2.0, null, null, 1.0, 1.0, 1.0)
        .column("w", FLOAT, 1.0, 3.0, null, 0.5, 3.0, 2.0, 2.0, 0.0, 0.0)
        .column("s", STRING, "p", "q", "r", "p", null, "z", "y", "y", "x");
  }

  private static List<Object> by(String aggregate, String column, String argument) {
    return data().results(column, asList(aggregate, asList(argument)));
  }

  @Test
  void weightedMeanSkipsRowsWithANullValueOrWeightAndIsNullForZeroWeight() {
    Check.results("v", asList(3.2941176470588234, 3.5, 4.0, 3.0, null), by("weighted mean", "v", "w"));
    Check.results("f", asList(-0.46153846153846156, -1.5, 2.0, 1.0, null), by("weighted mean", "f", "w"));
  }

  @Test
  void weightedMeanTakesAnIntegerWeight() {
    Check.results("v by v", asList(7.818181818181818, null, 4.0, 4.333333333333333, 6.166666666666667),
        by("weighted mean", "v", "v"));
  }

  @Test
  void maxByPicksTheGreatestArgumentAndBreaksTiesByFirstRow() {
    Check.results("v", asList(4, 4, null, 1, 5), by("max by", "v", "w"));
    Check.results("f", asList(-1.5, -1.5, null, null, 1.0), by("max by", "f", "w"));
    Check.results("s", asList("q", "q", null, "z", "y"), by("max by", "s", "w"));
  }

  @Test
  void minByOrdersANullArgumentBelowAllAndBreaksTiesByFirstRow() {
    Check.results("v", asList(-6, -6, 4, 1, 5), by("min by", "v", "w"));
    Check.results("f", asList(3.0, 3.0, 2.0, null, 1.0), by("min by", "f", "w"));
    Check.results("s", asList("r", "r", "p", "z", "y"), by("min by", "s", "w"));
  }

  @Test
  void maxByTakesAnIntegerArgument() {
    Check.results("s by v", asList("x", "q", "p", "y", "x"), by("max by", "s", "v"));
  }
}
