package dev.parallax.engine.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Expressions#validate}: Perspective's validate_expressions reply, name by name. */
class TestExpressionValidation {
  private static final Schema SCHEMA = ExpressionFixture.table().schema();

  @Test
  void splitsValidAndInvalidExpressions() {
    Map<String, String> exprs = new LinkedHashMap<>();
    exprs.put("a", "\"i\" * 2");
    exprs.put("g", "foo(1)");
    exprs.put("k", "1 +");
    exprs.put("u", "upper(\"s\")");
    exprs.put("b", "\"i\" + \"i\"");
    ExpressionValidation v = Expressions.validate(SCHEMA, exprs);
    assertEquals(Map.of("a", ColumnType.FLOAT, "u", ColumnType.STRING), v.expressionSchema());
    assertEquals(List.of("a", "u"), List.copyOf(v.expressionSchema().keySet()));
    assertEquals(new ExpressionValidation.Error("Undefined symbol: 'foo'", 0, 0), v.errors().get("g"));
    assertEquals(new ExpressionValidation.Error("Premature end of expression[1]", 0, 3), v.errors().get("k"));
    assertEquals("Value Error - expression \"b\" cannot overwrite an existing column.",
        v.errors().get("b").errorMessage());
    assertEquals(3, v.errors().size());
  }

  @Test
  void emptyRequestGivesEmptyReply() {
    ExpressionValidation v = Expressions.validate(SCHEMA, Map.of());
    assertEquals(0, v.expressionSchema().size());
    assertEquals(0, v.errors().size());
  }
}
