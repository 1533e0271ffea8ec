package dev.parallax.engine.expression;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Perspective's expression language (its ExprTK dialect): the entry point. Column
 * references are {@code "Name"}, strings {@code 'text'}; see {@link Parser} for
 * the grammar and {@link Functions} for the functions.
 */
public final class Expressions {
  private Expressions() {}

  /**
   * Checks each named expression against {@code schema} without evaluating any,
   * as Perspective's {@code table.validate_expressions} does. An expression may not
   * take the name of a table column.
   */
  public static ExpressionValidation validate(Schema schema, Map<String, String> expressions) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    Map<String, ExpressionValidation.Error> errors = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : expressions.entrySet()) {
      try {
        types.put(e.getKey(), compile(e.getKey(), e.getValue(), schema).type());
      } catch (ExpressionException x) {
        errors.put(e.getKey(), new ExpressionValidation.Error(x.errorMessage(), x.line(), x.column()));
      }
    }
    return new ExpressionValidation(types, errors);
  }

  /**
   * Parses and type-checks {@code text}; an {@link ExpressionException} (with line
   * and column) when it is not a valid expression over {@code schema}.
   */
  public static CompiledExpression compile(String name, String text, Schema schema) {
    if (name == null || name.isEmpty()) {
      throw new ParallaxException("An expression needs a name");
    }
    if (text == null) {
      throw new ExpressionException("Empty expression", Pos.START);
    }
    if (schema.contains(name)) {
      throw new ExpressionException("Value Error - expression \"" + name + "\" cannot overwrite an existing column.",
          Pos.START);
    }
    Compiler compiler = new Compiler(schema);
    Typed root = compiler.program(Parser.parse(text));
    return new CompiledExpression(name, text, schema, root, compiler);
  }
}
