package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.batch;
import static dev.parallax.engine.view.TestData.column;
import static dev.parallax.engine.view.TestData.partial;
import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.rows;
import static dev.parallax.engine.view.TestData.schema;
import static dev.parallax.engine.view.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableDelta;
import dev.parallax.engine.table.TableOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Computed columns in flat views: shown, filtered and sorted on, kept live, refused when bad. */
class TestViewExpressions {
  private static final Schema KQP = schema("k", "string", "qty", "integer", "price", "float");
  private static final String TOTAL = "\"qty\" * \"price\"";

  private static Table sample() {
    return table(KQP, TableOptions.indexed("k"), row("a", 2, 1.5), row("b", 1, 10.0), row("c", 4, 0.5),
        row("d", null, 3.0));
  }

  private static View view(Table table, Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return View.create(table, ViewConfig.fromMap(m));
  }

  private static Map<String, Object> total() {
    return Map.of("total", TOTAL);
  }

  @Test
  void expressionColumnIsShownAfterTheTableColumns() {
    View v = view(sample(), "expressions", total());
    assertEquals(List.of("k", "qty", "price", "total"), v.columnPaths());
    assertEquals(Arrays.asList(3.0, 10.0, 2.0, null), column(v, "total"));
  }

  @Test
  void expressionColumnCanBeChosenInColumns() {
    View v = view(sample(), "expressions", total(), "columns", List.of("total", "k"));
    assertEquals(List.of(List.of(3.0, "a"), List.of(10.0, "b")), rows(v.window(0, 2, 0, 2)));
  }

  @Test
  void schemaAndExpressionSchemaIncludeTheExpressionType() {
    Map<String, Object> exprs = new LinkedHashMap<>();
    exprs.put("total", TOTAL);
    exprs.put("up", "upper(\"k\")");
    View v = view(sample(), "expressions", exprs, "columns", List.of("k", "up", "total"));
    assertEquals(Map.of("total", ColumnType.FLOAT, "up", ColumnType.STRING), v.expressionSchema());
    assertEquals(List.of("total", "up"), List.copyOf(v.expressionSchema().keySet()));
    assertEquals(ColumnType.STRING, v.schema().get("up"));
    assertEquals(ColumnType.FLOAT, v.schema().get("total"));
  }

  @Test
  void configEchoesTheExpressions() {
    View v = view(sample(), "expressions", total());
    assertEquals(Map.of("total", TOTAL), v.config().toMap().get("expressions"));
    assertEquals(List.of("k", "qty", "price", "total"), v.config().toMap().get("columns"));
  }

  @Test
  void legacyListFormNamesByCommentOrByText() {
    View v = view(sample(), "expressions", List.of("// total\n" + TOTAL, "\"qty\" + 1"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("total", TOTAL);
    expected.put("\"qty\" + 1", "\"qty\" + 1");
    assertEquals(expected, v.config().expressions());
    assertEquals(Arrays.asList(3.0, 2.0, 5.0, null), column(v, "\"qty\" + 1"));
  }

  @Test
  void filterOnExpression() {
    View v = view(sample(), "expressions", total(), "filter", List.of(List.of("total", ">", 2.5)),
        "columns", List.of("k"));
    assertEquals(List.of("a", "b"), column(v, "k"));
  }

  @Test
  void sortOnExpression() {
    View v = view(sample(), "expressions", total(), "sort", List.of(List.of("total", "desc")),
        "columns", List.of("k"));
    assertEquals(List.of("b", "a", "c", "d"), column(v, "k"));
  }

  @Test
  void updateOfAnInputColumnRecomputesTheExpressionAndReorders() {
    Table t = sample();
    View v = view(t, "expressions", total(), "sort", List.of(List.of("total", "asc")),
        "columns", List.of("k", "total"));
    t.update(partial(KQP, new String[] {"k", "qty"}, row("c", 100)));
    assertEquals(List.of("d", "a", "b", "c"), column(v, "k"));
    assertEquals(Arrays.asList(null, 3.0, 10.0, 50.0), column(v, "total"));
  }

  @Test
  void updateMovesRowsInAndOutOfAnExpressionFilter() {
    Table t = sample();
    View v = view(t, "expressions", total(), "filter", List.of(List.of("total", ">", 2.5)),
        "columns", List.of("k"));
    t.update(partial(KQP, new String[] {"k", "price"}, row("a", 0.5), row("c", 1.0)));
    assertEquals(List.of("b", "c"), column(v, "k"));
  }

  @Test
  void addedRowsAreComputed() {
    Table t = sample();
    View v = view(t, "expressions", total(), "sort", List.of(List.of("total", "desc")),
        "columns", List.of("k", "total"));
    t.update(batch(KQP, row("e", 3, 5.0)));
    assertEquals(List.of("e", "b", "a", "c", "d"), column(v, "k"));
  }

  @Test
  void liveViewAgreesWithAFreshOneAfterUpdatesRemovesAndClear() {
    Table t = sample();
    Object[] config = {"expressions", total(), "sort", List.of(List.of("total", "asc")),
        "filter", List.of(List.of("total", "is not null", "")), "columns", List.of("k", "total")};
    View live = view(t, config);
    t.update(partial(KQP, new String[] {"k", "qty"}, row("d", 7), row("a", 1)));
    t.update(partial(KQP, new String[] {"k"}, row("a")));
    t.remove(TestData.batch(schema("k", "string"), row("b")).column(0), 1);
    t.update(batch(KQP, row("f", 2, 2.0)));
    assertEquals(rows(view(t, config).window()), rows(live.window()));
    t.replace(batch(KQP, row("x", 3, 3.0), row("y", 1, 1.0)));
    assertEquals(List.of(List.of("y", 1.0), List.of("x", 9.0)), rows(live.window()));
  }

  @Test
  void updateOfOtherColumnsKeepsTheExpressionValues() {
    Table t = table(schema("k", "string", "qty", "integer", "note", "string"), TableOptions.indexed("k"),
        row("a", 2, "x"), row("b", 3, "y"));
    View v = view(t, "expressions", Map.of("twice", "\"qty\" * 2"), "columns", List.of("k", "twice"));
    t.update(partial(t.schema(), new String[] {"k", "note"}, row("a", "z")));
    assertEquals(List.of(4.0, 6.0), column(v, "twice"));
  }

  @Test
  void ringTableRecomputesOverwrittenRows() {
    Schema s = schema("qty", "integer");
    Table t = table(s, TableOptions.limited(2), row(1), row(2));
    View v = view(t, "expressions", Map.of("twice", "\"qty\" * 2"), "columns", List.of("twice"));
    t.update(batch(s, row(5)));
    List<Object> values = new ArrayList<>(column(v, "twice"));
    values.sort(null);
    assertEquals(List.of(4.0, 10.0), values);
  }

  @Test
  void updateListenersSeeRecomputedValues() {
    Table t = sample();
    View v = view(t, "expressions", total(), "columns", List.of("total"));
    List<List<List<Object>>> seen = new ArrayList<>();
    v.onUpdate((view, update) -> seen.add(rows(update.rows())));
    t.update(partial(KQP, new String[] {"k", "price"}, row("b", 2.0)));
    assertEquals(List.of(List.of(List.of(2.0))), seen);
  }

  @Test
  void minMaxOfAnExpression() {
    View v = view(sample(), "expressions", total());
    assertEquals(List.of(2.0, 10.0), v.minMax("total"));
  }

  @Test
  void sortOnAStringExpressionTakesInNewStrings() {
    Table t = sample();
    View v = view(t, "expressions", Map.of("tag", "concat(upper(\"k\"), '-', string(\"qty\"))"),
        "sort", List.of(List.of("tag", "desc")), "columns", List.of("tag"));
    t.update(partial(KQP, new String[] {"k", "qty"}, row("a", 9), row("c", 0)));
    assertEquals(Arrays.asList("C-0", "B-1", "A-9", null), column(v, "tag"));
  }

  @Test
  void volatileExpressionIsRecomputedOnEveryBatch() {
    Table t = sample();
    ColumnSource source = ColumnSource.of(t, Map.of("r", "random()"));
    double before = (Double) source.column("r").get(0);
    TableDelta delta = t.update(partial(KQP, new String[] {"k"}, row("b")));
    assertTrue(source.touchedBy("r", delta));
    source.apply(delta);
    assertTrue(before != (Double) source.column("r").get(0));
  }

  @Test
  void expressionUntouchedByADeltaIsNotStale() {
    Table t = sample();
    ColumnSource source = ColumnSource.of(t, Map.of("total", TOTAL));
    TableDelta delta = t.update(partial(KQP, new String[] {"k"}, row("b")));
    assertFalse(source.touchedBy("total", delta));
  }

  @Test
  void updatedBeforeGivesTheExpressionValuesTheBatchReplaced() {
    Table t = sample();
    ColumnSource source = ColumnSource.of(t, Map.of("total", TOTAL));
    TableDelta delta = t.update(partial(KQP, new String[] {"k", "qty"}, row("b", 5)));
    source.apply(delta);
    assertEquals(10.0, source.updatedBefore("total", delta).get(0));
    assertEquals(1, source.updatedBefore("qty", delta).get(0));
    assertEquals(50.0, source.column("total").get(delta.updated()[0]));
  }

  @Test
  void removedBeforeGivesTheRemovedRowsExpressionValues() {
    Table t = sample();
    ColumnSource source = ColumnSource.of(t, Map.of("total", TOTAL));
    TableDelta delta =
        t.remove(TestData.batch(schema("k", "string"), row("c"), row("a")).column(0), 2);
    source.apply(delta);
    assertEquals(2.0, source.removedBefore("total", delta).get(0));
    assertEquals(3.0, source.removedBefore("total", delta).get(1));
    assertEquals("c", source.removedBefore("k", delta).get(0));
  }

  private static void refused(Object expressions, String... inMessage) {
    Table t = sample();
    ParallaxException e = assertThrows(ParallaxException.class,
        () -> view(t, "expressions", expressions, "columns", List.of("k")));
    for (String s : inMessage) {
      assertTrue(e.getMessage().contains(s), e.getMessage());
    }
    assertEquals(0, t.listenerCount());
    assertEquals(4, t.size());
    assertEquals(KQP, t.schema());
  }

  @Test
  void syntaxErrorIsRefusedWithItsPosition() {
    refused(Map.of("bad", "\"qty\" +"), "'bad'", "Premature end of expression", "line 0, column 7");
  }

  @Test
  void unknownColumnIsRefused() {
    refused(Map.of("bad", "\"nope\" + 1"), "'bad'", "Input column \"nope\" does not exist", "line 0");
  }

  @Test
  void unknownFunctionIsRefused() {
    refused(Map.of("bad", "foo(\"qty\")"), "'bad'", "Undefined symbol: 'foo'", "line 0, column 0");
  }

  @Test
  void typeErrorIsRefused() {
    refused(Map.of("bad", "\"k\" + 1"), "'bad'", "Type Error", "line 0");
  }

  @Test
  void errorOnALaterLineGivesThatLine() {
    refused(Map.of("bad", "var x := 1;\nx + )"), "'bad'", "line 1");
  }

  @Test
  void expressionNamedLikeATableColumnIsRefused() {
    refused(Map.of("qty", "1"), "'qty'", "cannot overwrite an existing column");
  }

  @Test
  void oneBadExpressionAmongGoodOnesRefusesTheView() {
    Map<String, Object> exprs = new LinkedHashMap<>();
    exprs.put("good", TOTAL);
    exprs.put("bad", "upper(\"qty\")");
    refused(exprs, "'bad'", "Type Error");
  }

  @Test
  void emptyExpressionIsRefused() {
    refused(Map.of("bad", "  "), "'bad'", "Empty expression");
  }

  @Test
  void nonStringExpressionIsRefusedWhenParsingTheConfig() {
    assertThrows(ParallaxException.class, () -> ViewConfig.fromMap(Map.of("expressions", Map.of("x", 1))));
    assertThrows(ParallaxException.class, () -> ViewConfig.fromMap(Map.of("expressions", List.of(1))));
    assertThrows(ParallaxException.class, () -> ViewConfig.fromMap(Map.of("expressions", "\"qty\"")));
  }
}
