package dev.parallax.engine.expression;

import static dev.parallax.engine.expression.ExpressionFixture.type;
import static dev.parallax.engine.expression.ExpressionFixture.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.StringColumn;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code index()} and {@code vlookup()}, which read the table beyond the current
 * row. Expected values were recorded from Perspective 5.5.1 on the same tables.
 */
class TestExpressionTableFunctions {
  /** Rows {id, i, s}: (1, 1, A), (2, 0, B), (3, 2, C), indexed by id or not. */
  private static Table abc(TableOptions options) {
    return Table.create(batch(new int[] {1, 2, 3}, new int[] {1, 0, 2}, new String[] {"A", "B", "C"}), options);
  }

  private static ColumnBatch batch(int[] ids, int[] is, String[] ss) {
    int n = ids.length;
    IntColumn id = (IntColumn) Column.create(ColumnType.INTEGER, n);
    IntColumn i = (IntColumn) Column.create(ColumnType.INTEGER, n);
    StringColumn s = (StringColumn) Column.create(ColumnType.STRING, n);
    for (int r = 0; r < n; r++) {
      id.setInt(r, ids[r]);
      i.setInt(r, is[r]);
      s.setString(r, ss[r]);
    }
    return ColumnBatch.builder(n).add("id", id).add("i", i).add("s", s).build();
  }

  /** The expression's value for each live row, in row id order. */
  private static List<Object> live(Table t, String text) {
    CompiledExpression e = Expressions.compile("e", text, t.schema(), t.options().getIndex());
    Column c = e.evaluate(t);
    List<Object> out = new ArrayList<>();
    for (int r = t.nextLiveRow(0); r >= 0; r = t.nextLiveRow(r + 1)) {
      out.add(c.get(r));
    }
    return out;
  }

  @Test
  void indexOfAnUnindexedTableIsTheInsertionOrdinal() {
    assertEquals(ColumnType.INTEGER, type("index()"));
    assertEquals(Arrays.asList(0, 1, 2, 3, 4), values("index()"));
  }

  @Test
  void indexOfAnIndexedTableIsTheKeyWithItsType() {
    Table t = abc(TableOptions.indexed("id"));
    assertEquals(Arrays.asList(1, 2, 3), live(t, "index()"));
    Table byName = abc(TableOptions.indexed("s"));
    assertEquals(ColumnType.STRING, Expressions.compile("e", "index()", byName.schema(), "s").type());
    assertEquals(Arrays.asList("A", "B", "C"), live(byName, "index()"));
  }

  @Test
  void indexCompiledForOneIndexIsRefusedOnAnother() {
    Table t = abc(TableOptions.indexed("id"));
    CompiledExpression unindexed = Expressions.compile("e", "index()", t.schema());
    assertThrows(ParallaxException.class, () -> unindexed.evaluate(t));
  }

  @Test
  void indexTakesNoArguments() {
    ExpressionException e = assertThrows(ExpressionException.class, () -> type("index(1)"));
    assertEquals("Failed parameter type check for function 'index', Expected 'Z' call set: 'T'", e.errorMessage());
    assertEquals(8, e.column()); // after the call, as 5.5.1 reports it
  }

  @Test
  void vlookupReadsTheRowAtAStoragePositionWithTheColumnsType() {
    // j: 0, 3, 5, null, 2 — 5 is past the end, a null row reads row 0, row 2 holds nulls
    assertEquals(ColumnType.STRING, type("vlookup('s', \"j\")"));
    assertEquals(Arrays.asList("a", "dd", null, "a", null), values("vlookup('s', \"j\")"));
    assertEquals(Arrays.asList(1.5, 0.0, null, 1.5, null), values("vlookup('f', \"j\")"));
    assertEquals(ColumnType.DATE, type("vlookup('d', \"j\")"));
    assertEquals(Arrays.asList(true, true, null, true, null), values("vlookup('b', \"j\")"));
    assertEquals(Arrays.asList(2, -7, null, 1, 4), values("vlookup('i', integer(\"j\" + 1))"));
  }

  @Test
  void vlookupReadsStoragePositionsNotKeys() {
    Table t = abc(TableOptions.indexed("id"));
    assertEquals(Arrays.asList("B", "A", "C"), live(t, "vlookup('s', \"i\")"));
  }

  @Test
  void vlookupOfARemovedRowIsNullUntilTheRowIsReused() {
    Table t = abc(TableOptions.indexed("id"));
    IntColumn key = (IntColumn) Column.create(ColumnType.INTEGER, 1);
    key.setInt(0, 1);
    t.remove(key, 1);
    assertEquals(Arrays.asList(null, "C"), live(t, "vlookup('s', \"i\")"));
    t.update(batch(new int[] {9}, new int[] {0}, new String[] {"N"}));
    // as in 5.5.1, the new row takes the removed row's place
    assertEquals(Arrays.asList("N", "N", "C"), live(t, "vlookup('s', \"i\")"));
  }

  @Test
  void vlookupMakesAnExpressionVolatile() {
    assertTrue(Expressions.compile("e", "vlookup('s', \"j\")", ExpressionFixture.table().schema()).isVolatile());
  }

  @Test
  void vlookupRefusesAnythingButAColumnNameAndAnIntegerRow() {
    for (String bad : new String[] {"vlookup('zz', \"j\")", "vlookup(\"s\", \"j\")", "vlookup(1, \"j\")",
        "vlookup('s', 2)", "vlookup('s', \"f\")", "vlookup('s', true)", "vlookup('s', 's')"}) {
      ExpressionException e = assertThrows(ExpressionException.class, () -> type(bad), bad);
      assertEquals(Compiler.TYPE_ERROR, e.errorMessage(), bad);
    }
    ExpressionException e = assertThrows(ExpressionException.class, () -> type("vlookup('s')"));
    assertEquals("Failed parameter type check for function 'vlookup', Expected 'TT' call set: 'T'", e.errorMessage());
  }
}
