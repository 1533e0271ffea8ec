package dev.parallax.engine.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.DoubleColumn;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.Schema;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluating compiled expressions over tables: whole, incrementally, with removed rows, and fast. */
class TestExpressionEvaluation {
  private static Table prices(int n) {
    IntColumn qty = (IntColumn) Column.create(ColumnType.INTEGER, n);
    DoubleColumn price = (DoubleColumn) Column.create(ColumnType.FLOAT, n);
    for (int r = 0; r < n; r++) {
      qty.setInt(r, r % 100);
      price.setDouble(r, r * 0.5);
    }
    return Table.create(ColumnBatch.builder(n).add("qty", qty).add("price", price).build(), new TableOptions());
  }

  @Test
  void reportsTheColumnsItReads() {
    Schema schema = ExpressionFixture.table().schema();
    assertEquals(List.of("i", "s", "j"),
        Expressions.compile("e", "if (\"i\" > 1) { length(\"s\") } else { \"j\" + col('i') }", schema).inputColumns());
    assertEquals(List.of(), Expressions.compile("e", "1 + 2", schema).inputColumns());
  }

  @Test
  void clockAndRandomMakeAnExpressionVolatile() {
    Schema schema = ExpressionFixture.table().schema();
    assertTrue(Expressions.compile("e", "hour_of_day(now())", schema).isVolatile());
    assertTrue(Expressions.compile("e", "random() > 0.5", schema).isVolatile());
    assertFalse(Expressions.compile("e", "\"i\" + 1", schema).isVolatile());
  }

  @Test
  void assignmentInsideAnOperandRunsRowByRow() {
    assertEquals(java.util.Arrays.asList(2.0, 4.0, null, 8.0, -14.0),
        ExpressionFixture.values("(var x := \"i\") + x"));
  }

  @Test
  void incrementalEvaluationRewritesOnlyTheGivenRows() {
    Table t = prices(10);
    CompiledExpression e = Expressions.compile("total", "\"qty\" * \"price\"", t.schema());
    Column out = e.evaluate(t);
    assertEquals(4.5, out.get(3));
    IntColumn qty = (IntColumn) Column.create(ColumnType.INTEGER, 2);
    qty.setInt(0, 10);
    qty.setInt(1, 20);
    IntColumn index = (IntColumn) Column.create(ColumnType.INTEGER, 2);
    index.setInt(0, 3);
    index.setInt(1, 5);
    t.update(ColumnBatch.builder(2).add(Table.IMPLICIT_INDEX, index).add("qty", qty).build());
    e.evaluate(t, new int[] {3}, 1, out);
    assertEquals(15.0, out.get(3));
    assertEquals(12.5, out.get(5), "row 5 was not asked for, so keeps its old value");
  }

  @Test
  void incrementalEvaluationGrowsTheColumnForNewRows() {
    Table t = prices(3);
    CompiledExpression e = Expressions.compile("total", "\"qty\" + 1", t.schema());
    Column out = e.evaluate(t);
    IntColumn qty = (IntColumn) Column.create(ColumnType.INTEGER, 1);
    qty.setInt(0, 7);
    DoubleColumn price = (DoubleColumn) Column.create(ColumnType.FLOAT, 1);
    price.setDouble(0, 1);
    int[] added = t.update(ColumnBatch.builder(1).add("qty", qty).add("price", price).build()).added();
    e.evaluate(t, added, added.length, out);
    assertEquals(8.0, out.get(added[0]));
  }

  @Test
  void removedRowsAreNullInTheResult() {
    Table t = Table.create(prices(4).schema(), TableOptions.indexed("qty"));
    t.update(ColumnBatch.builder(4).add("qty", prices(4).column("qty")).add("price", prices(4).column("price")).build());
    IntColumn keys = (IntColumn) Column.create(ColumnType.INTEGER, 1);
    keys.setInt(0, 1);
    t.remove(keys, 1);
    Column out = Expressions.compile("e", "\"qty\" * 2", t.schema()).evaluate(t);
    assertTrue(out.isNull(1));
    assertEquals(4.0, out.get(2));
  }

  @Test
  void outputColumnOfTheWrongTypeIsRefused() {
    Table t = prices(2);
    CompiledExpression e = Expressions.compile("e", "\"qty\" * 2", t.schema());
    Column wrong = Column.create(ColumnType.STRING, 2);
    assertThrows(ParallaxException.class, () -> e.evaluate(t, new int[] {0}, 1, wrong));
    assertTrue(wrong.isNull(0));
  }

  @Test
  void tableWithoutTheExpressionsColumnsIsRefused() {
    CompiledExpression e = Expressions.compile("e", "\"qty\" * 2", prices(1).schema());
    Table other = Table.create(Schema.parse(Map.of("qty", "string")), new TableOptions());
    assertThrows(ParallaxException.class, () -> e.evaluate(other));
  }

  @Test
  void endlessLoopIsStopped() {
    Table t = prices(1);
    CompiledExpression e = Expressions.compile("e", "var x := 0; while (true) { x += 1 }; x", t.schema());
    assertThrows(ParallaxException.class, () -> e.evaluate(t));
  }

  @Test
  void productOfTwoColumnsOverAMillionRowsIsFast() {
    Table t = prices(1_000_000);
    CompiledExpression e = Expressions.compile("total", "\"qty\" * \"price\"", t.schema());
    long best = Long.MAX_VALUE;
    Column out = null;
    for (int round = 0; round < 30 && best > 20_000_000L; round++) {
      long start = System.nanoTime();
      out = e.evaluate(t);
      best = Math.min(best, System.nanoTime() - start);
    }
    assertEquals(999_999 % 100 * 999_999 * 0.5, out.get(999_999));
    assertFalse(out.isNull(0));
    // Budget 20 ms single-threaded (about 8 ms measured on an idle core); the bound
    // leaves room for a shared, loaded test machine yet fails on a per-row boxing path.
    assertTrue(best < 100_000_000L, "best run took " + best / 1_000_000 + " ms");
    System.out.println("qty * price over 1M rows: best " + best / 1000 + " us");
  }
}
