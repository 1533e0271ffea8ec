package dev.parallax.engine.expression;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Perspective's expression language (its ExprTK dialect): the entry point. Column
 * references are {@code "Name"}, strings {@code 'text'}; see {@link Parser} for
 * the grammar and {@link Functions} for the functions.
 */
public final class Expressions {
  private Expressions() {}

  /** {@link #validate(Schema, String, Map)} for an unindexed table. */
  public static ExpressionValidation validate(Schema schema, Map<String, String> expressions) {
    return validate(schema, null, expressions);
  }

  /**
   * Checks each named expression against {@code schema} without evaluating any,
   * as Perspective's {@code table.validate_expressions} does. An expression may not
   * take the name of a table column. {@code indexColumn} is the table's index
   * column, or null when it has none: it gives {@code index()} its type.
   */
  public static ExpressionValidation validate(Schema schema, String indexColumn, Map<String, String> expressions) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    Map<String, ExpressionValidation.Error> errors = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : expressions.entrySet()) {
      try {
        types.put(e.getKey(), compile(e.getKey(), e.getValue(), schema, indexColumn).type());
      } catch (ExpressionException x) {
        errors.put(e.getKey(), new ExpressionValidation.Error(x.errorMessage(), x.line(), x.column()));
      }
    }
    return new ExpressionValidation(expressions, types, errors);
  }

  /**
   * The expressions of a view config or a {@code validate_expressions} request,
   * name to text, from either of Perspective's two forms: an object of name to
   * text, or the legacy list of texts, where an entry whose first line is a
   * {@code // name} comment is named by that comment and is the text after it,
   * and any other entry is named by its own text. A {@link ParallaxException}
   * when {@code value} is neither (null is no expressions).
   */
  public static Map<String, String> definitions(Object value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value == null) {
      return out;
    }
    if (value instanceof List) {
      for (Object o : (List<?>) value) {
        if (!(o instanceof String)) {
          throw new ParallaxException("Each entry of a list of expressions must be a string, got " + o);
        }
        String text = (String) o;
        int newline = text.indexOf('\n');
        String alias = text.startsWith("//") && newline > 0 ? text.substring(2, newline).trim() : "";
        if (alias.isEmpty()) {
          out.put(text, text);
        } else {
          out.put(alias, text.substring(newline + 1));
        }
      }
      return out;
    }
    if (!(value instanceof Map)) {
      throw new ParallaxException("Expressions must be an object of name to text or a list of texts, got " + value);
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
      if (!(e.getValue() instanceof String)) {
        throw new ParallaxException("Expression '" + e.getKey() + "' must be a string, got " + e.getValue());
      }
      out.put(String.valueOf(e.getKey()), (String) e.getValue());
    }
    return out;
  }

  /** {@link #compile(String, String, Schema, String)} for an unindexed table. */
  public static CompiledExpression compile(String name, String text, Schema schema) {
    return compile(name, text, schema, null);
  }

  /**
   * Parses and type-checks {@code text}; an {@link ExpressionException} (with line
   * and column) when it is not a valid expression over {@code schema}.
   * {@code indexColumn} is the index column of the tables it will run on, or null
   * for unindexed tables: {@code index()} is that column's value, or the row's
   * implicit index.
   */
  public static CompiledExpression compile(String name, String text, Schema schema, String indexColumn) {
    if (name == null || name.isEmpty()) {
      throw new ParallaxException("An expression needs a name");
    }
    if (text == null) {
      throw new ExpressionException("Empty expression!", Pos.START);
    }
    if (schema.contains(name)) {
      throw new ExpressionException("Value Error - expression \"" + name + "\" cannot overwrite an existing column.",
          Pos.START);
    }
    if (indexColumn != null && !schema.contains(indexColumn)) {
      throw new ParallaxException("Index column '" + indexColumn + "' is not in the schema " + schema);
    }
    Compiler compiler = new Compiler(schema, indexColumn);
    Typed root = compiler.program(Parser.parse(text));
    return new CompiledExpression(name, text, schema, root, compiler);
  }
}
