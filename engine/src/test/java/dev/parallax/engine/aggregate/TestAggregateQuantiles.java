package dev.parallax.engine.aggregate;

import static dev.parallax.engine.column.ColumnType.FLOAT;
import static java.util.Arrays.asList;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Float quantiles, which Perspective 5.5.1 interpolates where integer ones do not,
 * against its {@code group_by: ["g"]} results over groups g1 [1, 2, 3, 4],
 * g2 [1, null], g3 [1, 2, null, null], g4 [1..8], g5 [4, 3, 2, 1, 10, 20], g6 [5],
 * g7 [1, 2, 3], g8 [1..5], g9 [1..7], g10 [null, 1, 2, null, 4, 5].
 * Groups: total, g1..g10.
 * Order statistics follow Perspective's order for a table made from data:
 * nulls first (lowest).
 */
class TestAggregateQuantiles {
  private static Data data() {
    Object[][] groups = {
        {1, 2, 3, 4}, {1, null}, {1, 2, null, null}, {1, 2, 3, 4, 5, 6, 7, 8}, {4, 3, 2, 1, 10, 20}, {5},
        {1, 2, 3}, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 6, 7}, {null, 1, 2, null, 4, 5}};
    List<Integer> leaves = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int g = 0; g < groups.length; g++) {
      for (Object v : groups[g]) {
        leaves.add(g + 1);
        values.add(v == null ? null : ((Integer) v).doubleValue());
      }
    }
    int[] leaf = leaves.stream().mapToInt(Integer::intValue).toArray();
    return new Data(Data.Tree.oneLevel(groups.length), leaf).column("f", FLOAT, values.toArray());
  }

  @Test
  void floatMedianAveragesTheMiddlePairOfAnEvenCount() {
    Check.results("median", asList(3.0, 2.5, null, null, 4.5, 3.5, 5.0, 2.0, 3.0, 4.0, 1.5),
        data().results("f", "median"));
  }

  @Test
  void floatQuartilesAverageAPairWhenTheirPositionIsWhole() {
    Check.results("q1", asList(1.0, 1.5, null, null, 2.5, 2.0, 5.0, 1.0, 2.0, 2.0, null), data().results("f", "q1"));
    Check.results("q3", asList(5.0, 3.5, 1.0, 1.5, 6.5, 10.0, 5.0, 3.0, 4.0, 6.0, 4.0), data().results("f", "q3"));
  }
}
