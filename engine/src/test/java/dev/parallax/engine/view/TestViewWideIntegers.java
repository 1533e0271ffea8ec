package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.batch;
import static dev.parallax.engine.view.TestData.column;
import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.rows;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Views over an integer column holding values past 32 bits, as Perspective 5.5.1
 * shows a CSV table of the same rows (see the integers conformance corpus).
 */
class TestViewWideIntegers {
  private static final Schema AB = schema("a", "integer", "b", "integer");
  private static final long BIG = 9_007_199_254_740_993L;

  private static Table ab() {
    return table(AB, row(5_000_000_000L, 1), row(-7, 2), row(-6_000_000_000L, 3), row(null, 4),
        row(3_000_000_000L, 5));
  }

  private static List<Object> b(Table t, String config) {
    return column(TestData.view(t, config), "b");
  }

  @Test
  void ascendingSortOrdersValuesPast32Bits() {
    assertEquals(List.of(4, 3, 2, 5, 1), b(ab(), "{'sort':[['a','asc']]}"));
  }

  @Test
  void descendingSortOrdersValuesPast32Bits() {
    assertEquals(List.of(1, 5, 2, 3, 4), b(ab(), "{'sort':[['a','desc']]}"));
  }

  @Test
  void absoluteSortOrdersByMagnitudePast32Bits() {
    assertEquals(List.of(3, 1, 5, 2, 4), b(ab(), "{'sort':[['a','desc abs']]}"));
  }

  @Test
  void theSmallestLongSortsAfterNull() {
    Table t = table(AB, row(Long.MIN_VALUE, 1), row(null, 2), row(Long.MAX_VALUE, 3), row(0, 4));
    assertEquals(List.of(2, 1, 4, 3), b(t, "{'sort':[['a','asc']]}"));
  }

  @Test
  void comparisonFilterReadsValuesPast32Bits() {
    assertEquals(List.of(1), b(ab(), "{'filter':[['a','>',3000000000]]}"));
    assertEquals(List.of(3), b(ab(), "{'filter':[['a','<=',-6000000000]]}"));
  }

  @Test
  void equalityFilterWithALiteralPast32Bits() {
    assertEquals(List.of(1), b(ab(), "{'filter':[['a','==',5000000000]]}"));
    assertEquals(List.of(2, 3, 4, 5), b(ab(), "{'filter':[['a','!=',5000000000]]}"));
  }

  @Test
  void setFilterWithValuesPast32Bits() {
    assertEquals(List.of(1, 2), b(ab(), "{'filter':[['a','in',[5000000000,-7]]]}"));
    assertEquals(List.of(2, 3, 4, 5), b(ab(), "{'filter':[['a','not in',[5000000000]]]}"));
  }

  @Test
  void filtersMadeBeforeTheColumnWidenedStillApply() {
    Table t = table(AB, row(1, 1), row(20, 2));
    View range = TestData.view(t, "{'filter':[['a','>',10]],'sort':[['a','desc']]}");
    View set = TestData.view(t, "{'filter':[['a','in',[20,5000000000]]]}");
    t.update(batch(AB, row(5_000_000_000L, 3), row(-5_000_000_000L, 4)));
    assertEquals(List.of(3, 2), column(range, "b"));
    assertEquals(List.of(2, 3), column(set, "b"));
  }

  @Test
  void valuesPast32BitsAreGroupKeys() {
    Table t = table(AB, row(5_000_000_000L, 1), row(-7, 2), row(5_000_000_000L, 3), row(null, 4), row(BIG, 5));
    View v = TestData.view(t, "{'group_by':['a'],'columns':['b']}");
    assertEquals(Arrays.asList(List.of(15), List.of(4), List.of(2), List.of(4), List.of(5)), rows(v.window()));
    WindowColumn path = v.window().rowPath().get(0);
    List<Object> keys = new java.util.ArrayList<>();
    for (int r = 0; r < 5; r++) {
      keys.add(TestData.value(path, r));
    }
    assertEquals(Arrays.asList(null, null, -7, 5_000_000_000L, BIG), keys);
  }

  @Test
  void sumsOfValuesPast2To53AreExact() {
    Table t = table(AB, row(BIG, 1), row(1, 1), row(-3, 2));
    View v = TestData.view(t, "{'group_by':['b'],'columns':['a']}");
    assertEquals(List.of(BIG - 2, BIG + 1, -3), column(v, "a"));
  }

  @Test
  void aLiveSumFollowsTheUpdateThatWidensItsColumn() {
    Table t = table(AB, row(1, 1), row(2, 1));
    View v = TestData.view(t, "{'group_by':['b'],'columns':['a']}");
    t.update(batch(AB, row(BIG, 1)));
    assertEquals(List.of(BIG + 3, BIG + 3), column(v, "a"));
  }

  @Test
  void minAndMaxArePast32Bits() {
    assertEquals(List.of(-6_000_000_000L, 5_000_000_000L), TestData.view(ab(), "{}").minMax("a"));
  }
}
