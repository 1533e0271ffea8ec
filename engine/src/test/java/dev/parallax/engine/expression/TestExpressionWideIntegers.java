package dev.parallax.engine.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.Column;
import dev.parallax.engine.column.ColumnBatch;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.IntColumn;
import dev.parallax.engine.column.IntegerWidth;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expressions over an integer column holding values past 32 bits, as Perspective
 * 5.5.1 computes them: arithmetic in doubles, a bare reference and string() exact.
 */
class TestExpressionWideIntegers {
  private static final long BIG = 9_007_199_254_740_993L;

  private static Table table() {
    IntColumn a = (IntColumn) Column.create(ColumnType.INTEGER, 3);
    a.setWidth(IntegerWidth.INT64);
    a.setLong(0, BIG);
    a.setLong(1, 1);
    a.setLong(2, -3);
    return Table.create(ColumnBatch.builder(3).add("a", a).build(), new TableOptions());
  }

  private static List<Object> values(String text) {
    Table t = table();
    Column c = Expressions.compile("e", text, t.schema()).evaluate(t);
    List<Object> out = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      out.add(c.get(r));
    }
    return out;
  }

  @Test
  void aBareReferenceCopiesEveryBit() {
    assertEquals(List.of(BIG, 1L, -3L), values("\"a\""));
  }

  @Test
  void aBareReferenceKeepsTheColumnsArrowWidth() {
    Table t = table();
    IntColumn c = (IntColumn) Expressions.compile("e", "\"a\"", t.schema()).evaluate(t);
    assertEquals(IntegerWidth.INT64, c.width());
  }

  @Test
  void stringOfAnIntegerIsExact() {
    assertEquals(List.of("9007199254740993", "1", "-3"), values("string(\"a\")"));
  }

  @Test
  void arithmeticIsInDoubles() {
    assertEquals(List.of(9.007199254740992E15, 2.0, -2.0), values("\"a\" + 1"));
  }

  @Test
  void integerOfAValuePast32BitsIsNull() {
    assertEquals(java.util.Arrays.asList(null, 1, -3), values("integer(\"a\")"));
  }
}
