package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.index;
import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.rows;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestViewWindow {
  private static final Schema ALL = schema("x", "integer", "s", "string", "f", "float", "d", "date",
      "b", "boolean", "t", "datetime");

  /** The table of the window and min/max checks made against Perspective 5.5.1. */
  private static Table sample() {
    return table(ALL,
        row(3, "b", -3.5, LocalDate.of(2024, 1, 2), true, 1000L),
        row(null, "a", null, LocalDate.of(2024, 1, 1), false, 5L),
        row(-1, null, 2.0, null, null, null));
  }

  private static View all() {
    return TestData.view(sample(), "{}");
  }

  @Test
  void rowRangeIsClampedToTheView() {
    // Verified against Perspective 5.5.1's to_columns with the same start/end rows.
    View v = all();
    assertEquals(List.of(1L), index(v.window(1, 2, 0, 6)));
    assertEquals(List.of(2L), index(v.window(2, 100, 0, 6)));
    assertEquals(List.of(), index(v.window(5, 10, 0, 6)));
    assertEquals(List.of(0L), index(v.window(-1, 1, 0, 6)));
    assertEquals(List.of(), index(v.window(2, 1, 0, 6)));
  }

  @Test
  void columnRangeIsClampedToTheView() {
    View v = all();
    assertEquals(List.of("s", "f"), names(v.window(0, 3, 1, 3)));
    assertEquals(List.of("b", "t"), names(v.window(0, 3, 4, 100)));
    ViewWindow none = v.window(0, 3, 7, 9);
    assertEquals(List.of(), names(none));
    assertEquals(3, none.rowCount());
  }

  private static List<String> names(ViewWindow w) {
    return w.columns().stream().map(WindowColumn::name).toList();
  }

  @Test
  void windowReadsEveryTypeAndNulls() {
    ViewWindow w = all().window(0, 3, 0, 6);
    assertEquals(Arrays.asList(3, "b", -3.5, LocalDate.of(2024, 1, 2), true, 1000L), rows(w).get(0));
    assertEquals(Arrays.asList(-1, null, 2.0, null, null, null), rows(w).get(2));
    assertTrue(w.rowPath().isEmpty());
    assertEquals(0, w.depth(0));
  }

  @Test
  void unindexedIndexKeepsCountingAcrossAClear() {
    // Perspective 5.5.1 never restarts __INDEX__, not even after clear().
    Table t = sample();
    t.clear();
    t.update(TestData.batch(ALL, row(7, "c", 1.0, null, null, null)));
    assertEquals(List.of(3L), index(TestData.view(t, "{}").window()));
  }

  @Test
  void indexedIndexIsThePrimaryKey() {
    Schema ks = schema("k", "string", "x", "integer");
    Table t = table(ks, dev.parallax.engine.table.TableOptions.indexed("k"), row("c", 1), row("a", 2));
    ViewWindow w = TestData.view(t, "{'columns':['x']}").window();
    assertEquals(List.of("a", "c"), index(w));
    assertEquals(ColumnType.STRING, w.index().type());
    assertEquals("__INDEX__", w.index().name());
  }

  @Test
  void schemaAndColumnPathsFollowTheViewColumns() {
    View v = TestData.view(sample(), "{'columns':['t','x','s']}");
    Map<String, ColumnType> expected = new LinkedHashMap<>();
    expected.put("t", ColumnType.DATETIME);
    expected.put("x", ColumnType.INTEGER);
    expected.put("s", ColumnType.STRING);
    assertEquals(expected, v.schema());
    assertEquals(List.of("t", "x", "s"), v.columnPaths());
    assertEquals(3, v.numColumns());
  }

  @Test
  void dimensionsCountTableAndViewRowsAndColumns() {
    // Verified against Perspective 5.5.1: {num_table_rows, num_table_columns, num_view_rows, num_view_columns}.
    View v = TestData.view(sample(), "{'columns':['x','s'],'filter':[['x','>',100]]}");
    assertEquals(new View.Dimensions(3, 6, 0, 2), v.dimensions());
    assertEquals("{num_table_rows=3, num_table_columns=6, num_view_rows=0, num_view_columns=2}",
        v.dimensions().toMap().toString());
  }

  @Test
  void minMaxSpansTheViewRowsIgnoringNulls() {
    // Verified against Perspective 5.5.1 for every type but date, which it reports in a packed form.
    View v = all();
    assertEquals(List.of(-1, 3), v.minMax("x"));
    assertEquals(List.of("a", "b"), v.minMax("s"));
    assertEquals(List.of(-3.5, 2.0), v.minMax("f"));
    assertEquals(List.of(false, true), v.minMax("b"));
    assertEquals(List.of(5L, 1000L), v.minMax("t"));
    assertEquals(List.of((int) LocalDate.of(2024, 1, 1).toEpochDay(), (int) LocalDate.of(2024, 1, 2).toEpochDay()),
        v.minMax("d"));
  }

  @Test
  void minMaxOfAnEmptyViewIsTwoNulls() {
    View v = TestData.view(sample(), "{'filter':[['x','>',100]]}");
    assertEquals(Arrays.asList(null, null), v.minMax("x"));
  }

  @Test
  void minMaxOfAnUnknownColumnIsRefused() {
    assertThrows(ParallaxException.class, () -> all().minMax("q"));
  }

  @Test
  void deleteDetachesTheViewAndRefusesLaterCalls() {
    Table t = sample();
    View v = TestData.view(t, "{}");
    AtomicInteger deleted = new AtomicInteger();
    v.onDelete(deleted::incrementAndGet);
    assertEquals(1, t.listenerCount());
    v.delete();
    assertEquals(0, t.listenerCount());
    assertEquals(1, deleted.get());
    ParallaxException e = assertThrows(ParallaxException.class, v::numRows);
    assertEquals("View was deleted", e.getMessage());
    assertThrows(ParallaxException.class, () -> v.window(0, 1, 0, 1));
    assertThrows(ParallaxException.class, v::delete);
    t.delete();
  }

  private static void refused(String json, String expectedInMessage) {
    Table t = sample();
    ParallaxException e = assertThrows(ParallaxException.class, () -> TestData.view(t, json));
    assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    assertEquals(0, t.listenerCount());
    assertEquals(3, t.size());
  }

  @Test
  void unknownColumnInColumnsIsRefused() {
    refused("{'columns':['x','q']}", "Invalid column 'q' found in View columns");
  }

  @Test
  void expressionsTheSourceCannotComputeAreRefused() {
    Table t = sample();
    ViewConfig config = ViewConfig.parse("{\"expressions\":{\"e\":\"\\\"x\\\" + 1\"}}");
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> View.create(t, config, ColumnSource.of(t)));
    assertTrue(e.getMessage().contains("Expression 'e' is not computed"), e.getMessage());
    assertEquals(0, t.listenerCount());
  }

  @Test
  void windowsTheSourceCannotComputeAreRefused() {
    Table t = sample();
    ViewConfig config = ViewConfig.parse("{\"windows\":{\"cum\":{\"column\":\"x\",\"aggregate\":\"sum\"}}}");
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> View.create(t, config, ColumnSource.of(t)));
    assertTrue(e.getMessage().contains("Window 'cum' is not computed"), e.getMessage());
    assertEquals(0, t.listenerCount());
  }

  @Test
  void viewOfADeletedTableIsRefused() {
    Table t = sample();
    t.delete();
    assertThrows(ParallaxException.class, () -> TestData.view(t, "{}"));
  }
}
