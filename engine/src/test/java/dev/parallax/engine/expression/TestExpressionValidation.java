package dev.parallax.engine.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.util.Arrays;
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

  @Test
  void replyHasPerspectivesShape() {
    Map<String, String> exprs = new LinkedHashMap<>();
    exprs.put("a", "\"i\" * 2");
    exprs.put("g", "foo(1)");
    Map<String, Object> reply = Expressions.validate(SCHEMA, exprs).toMap();
    assertEquals(Map.of("a", "float"), reply.get("expression_schema"));
    assertEquals(Map.of("g", Map.of("error_message", "Undefined symbol: 'foo'", "line", 0, "column", 0)),
        reply.get("errors"));
    assertEquals(exprs, reply.get("expression_alias"));
  }

  @Test
  void listFormIsNamedByALeadingCommentOrByItsText() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("\"i\" + 1", "\"i\" + 1");
    expected.put("named", "\"i\" * 2");
    expected.put("// alone", "// alone");
    expected.put("x // late", "x // late");
    assertEquals(expected, Expressions.definitions(List.of("\"i\" + 1", "//  named \n\"i\" * 2", "// alone",
        "x // late")));
  }

  @Test
  void objectFormKeepsItsOrder() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("z", "1");
    given.put("a", "2");
    assertEquals(List.of("z", "a"), List.copyOf(Expressions.definitions(given).keySet()));
  }

  @Test
  void malformedDefinitionsAreRefused() {
    for (Object bad : new Object[] {"\"i\"", 3, List.of(1), Map.of("x", 2), Arrays.asList("a", null)}) {
      assertThrows(ParallaxException.class,
          () -> Expressions.definitions(bad), String.valueOf(bad));
    }
  }
}
