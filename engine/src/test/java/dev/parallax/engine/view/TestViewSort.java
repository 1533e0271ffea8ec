package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.column;
import static dev.parallax.engine.view.TestData.index;
import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestViewSort {
  private static final Schema XS = schema("x", "integer", "s", "string");

  /** Verified against Perspective 5.5.1 on a table made from this data. */
  private static Table xs() {
    return table(XS, row(1, "a"), row(2, "B"), row(null, null), row(4, "b"), row(-1, ""));
  }

  private static View sorted(Table t, String sort) {
    return TestData.view(t, "{'sort':[" + sort + "]}");
  }

  @Test
  void ascendingPutsNullsFirst() {
    // Perspective 5.5.1 on a table made from data; a table made from a schema puts them last.
    assertEquals(Arrays.asList(null, -1, 1, 2, 4), column(sorted(xs(), "['x','asc']"), "x"));
  }

  @Test
  void descendingPutsNullsLast() {
    assertEquals(Arrays.asList(4, 2, 1, -1, null), column(sorted(xs(), "['x','desc']"), "x"));
  }

  @Test
  void stringsSortByCodePointSoUppercaseComesFirst() {
    assertEquals(Arrays.asList(null, "", "B", "a", "b"), column(sorted(xs(), "['s','asc']"), "s"));
    assertEquals(Arrays.asList("b", "a", "B", "", null), column(sorted(xs(), "['s','desc']"), "s"));
  }

  @Test
  void tiesKeepInsertionOrderOnAnUnindexedTable() {
    Table t = table(XS, row(2, "first"), row(1, "x"), row(2, "second"), row(1, "y"), row(2, "third"));
    assertEquals(List.of("x", "y", "first", "second", "third"), column(sorted(t, "['x','asc']"), "s"));
    assertEquals(List.of("first", "second", "third", "x", "y"), column(sorted(t, "['x','desc']"), "s"));
  }

  @Test
  void absoluteSortsOrderByMagnitudeWithNullsSmallest() {
    Schema fs = schema("f", "float", "x", "integer");
    Table t = table(fs, row(-3.0, 1), row(2.0, null), row(null, 3), row(3.0, -4), row(-2.0, 1));
    // Verified against Perspective 5.5.1 for asc abs; ties keep insertion order.
    assertEquals(Arrays.asList(null, 2.0, -2.0, -3.0, 3.0), column(sorted(t, "['f','asc abs']"), "f"));
    assertEquals(Arrays.asList(-3.0, 3.0, 2.0, -2.0, null), column(sorted(t, "['f','desc abs']"), "f"));
    assertEquals(Arrays.asList(null, 1, 1, 3, -4), column(sorted(t, "['x','asc abs']"), "x"));
    assertEquals(Arrays.asList(-4, 3, 1, 1, null), column(sorted(t, "['x','desc abs']"), "x"));
  }

  @Test
  void absoluteSortsCountNullAsZeroOrFalseAndLeaveStringsInPlace() {
    // Verified against Perspective 5.5.1: i asc abs of [3,-2,0,null,10,5] is [0,null,-2,3,5,10].
    Schema s = schema("i", "integer", "f", "float", "b", "boolean", "s", "string");
    Table t = table(s, row(3, 0.5, true, "banana"), row(-2, -1.0, false, "apple"), row(0, 0.0, null, "x"),
        row(null, null, false, null), row(10, 2.0, null, ""), row(5, -0.5, true, "apple"));
    assertEquals(Arrays.asList(0, null, -2, 3, 5, 10), column(sorted(t, "['i','asc abs']"), "i"));
    assertEquals(Arrays.asList(0.0, null, 0.5, -0.5, -1.0, 2.0), column(sorted(t, "['f','asc abs']"), "f"));
    assertEquals(Arrays.asList(false, null, false, null, true, true), column(sorted(t, "['b','asc abs']"), "b"));
    assertEquals(Arrays.asList("banana", "apple", "x", null, "", "apple"), column(sorted(t, "['s','asc abs']"), "s"));
  }

  @Test
  void noneAndColumnSortsLeaveTheNaturalOrder() {
    // Verified against Perspective 5.5.1: "none" and the "col …" directions do not move rows of a flat view.
    for (String dir : new String[] {"none", "col asc", "col desc", "col asc abs", "col desc abs"}) {
      assertEquals(Arrays.asList(1, 2, null, 4, -1), column(sorted(xs(), "['x','" + dir + "']"), "x"), dir);
    }
  }

  @Test
  void laterKeysBreakTiesOfEarlierOnes() {
    Table t = table(XS, row(1, "b"), row(2, "a"), row(1, "a"), row(2, "c"), row(null, "z"), row(1, null));
    View v = sorted(t, "['x','desc'],['s','asc']");
    assertEquals(Arrays.asList(2, 2, 1, 1, 1, null), column(v, "x"));
    assertEquals(Arrays.asList("a", "c", null, "a", "b", "z"), column(v, "s"));
  }

  @Test
  void aNoneKeyDefersToTheNextKey() {
    View v = sorted(xs(), "['x','none'],['s','asc']");
    assertEquals(Arrays.asList(null, "", "B", "a", "b"), column(v, "s"));
  }

  @Test
  void sortsByAColumnTheViewDoesNotShow() {
    View v = TestData.view(xs(), "{'columns':['s'],'sort':[['x','desc']]}");
    assertEquals(Arrays.asList("b", "B", "a", "", null), column(v, "s"));
  }

  @Test
  void everyTypeSortsAscending() {
    Schema all = schema("f", "float", "b", "boolean", "d", "date", "t", "datetime");
    Table t = table(all,
        row(1.5, true, LocalDate.of(2024, 1, 2), 5L),
        row(-0.0, false, LocalDate.of(1969, 12, 31), -5L),
        row(Double.NEGATIVE_INFINITY, null, null, null),
        row(0.0, true, LocalDate.of(2024, 1, 1), 0L));
    assertEquals(Arrays.asList(Double.NEGATIVE_INFINITY, -0.0, 0.0, 1.5), column(sorted(t, "['f','asc']"), "f"));
    assertEquals(Arrays.asList(null, false, true, true), column(sorted(t, "['b','asc']"), "b"));
    assertEquals(Arrays.asList(null, LocalDate.of(1969, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)),
        column(sorted(t, "['d','asc']"), "d"));
    assertEquals(Arrays.asList(null, -5L, 0L, 5L), column(sorted(t, "['t','asc']"), "t"));
  }

  @Test
  void indexedTableIsInKeyOrderWithTheNullKeyFirst() {
    // Verified against Perspective 5.5.1: keys "b", null, "a" show as null, "a", "b".
    Schema ks = schema("k", "string", "x", "integer");
    Table t = table(ks, TableOptions.indexed("k"), row("b", 1), row(null, 2), row("a", 3));
    View v = TestData.view(t, "{}");
    assertEquals(Arrays.asList(null, "a", "b"), index(v.window()));
    assertEquals(Arrays.asList(2, 3, 1), column(v, "x"));
  }

  @Test
  void indexedTableTiesFollowTheKey() {
    Schema ks = schema("k", "integer", "x", "integer");
    Table t = table(ks, TableOptions.indexed("k"), row(5, 1), row(-2, 1), row(3, 0));
    assertEquals(Arrays.asList(3L, -2L, 5L), index(sorted(t, "['x','asc']").window()));
  }

  @Test
  void limitRingShowsOldestFirstAfterWrapping() {
    // Verified against Perspective 5.5.1: a ring of 3 after 6 appends shows __INDEX__ 3, 4, 5.
    Table t = table(XS, TableOptions.limited(3), row(1, "a"), row(2, "b"), row(3, "c"));
    t.update(TestData.batch(XS, row(4, "d"), row(5, "e")));
    t.update(TestData.batch(XS, row(6, "f")));
    View v = TestData.view(t, "{}");
    assertEquals(List.of(4, 5, 6), column(v, "x"));
    assertEquals(List.of(3L, 4L, 5L), index(v.window()));
    View byString = TestData.view(t, "{'sort':[['x','none']]}");
    assertEquals(List.of(4, 5, 6), column(byString, "x"));
  }

  @Test
  void unknownSortColumnIsRefusedAndNoViewAttaches() {
    Table t = xs();
    ParallaxException e = assertThrows(ParallaxException.class, () -> sorted(t, "['q','asc']"));
    assertTrue(e.getMessage().contains("Invalid column 'q' found in View sorts"), e.getMessage());
    assertEquals(0, t.listenerCount());
  }

  @Test
  void aMillionFloatsSortLikeASortedArray() {
    int n = 1_000_000;
    Schema fs = schema("f", "float");
    DoubleColumn col = (DoubleColumn) dev.parallax.engine.column.Column.create(dev.parallax.engine.column.ColumnType.FLOAT, n);
    Random random = new Random(42);
    double[] expected = new double[n];
    for (int i = 0; i < n; i++) {
      expected[i] = random.nextGaussian() * 1e6;
      col.setDouble(i, expected[i]);
    }
    Table t = Table.create(ColumnBatch.builder(n).add("f", col).build(), new TableOptions());
    View v = TestData.view(t, "{'sort':[['f','desc']]}");
    Arrays.sort(expected);
    ViewWindow w = v.window();
    WindowColumn f = w.columns().get(0);
    for (int i = 0; i < n; i++) {
      if (f.getDouble(i) != expected[n - 1 - i]) {
        throw new AssertionError("row " + i + ": " + f.getDouble(i) + " != " + expected[n - 1 - i]);
      }
    }
    assertEquals(fs, t.schema());
  }
}
