package dev.parallax.engine.expression;

import dev.parallax.engine.column.ColumnType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link Expressions#validate} found, shaped like Perspective's
 * {@code validate_expressions} reply: the type of each valid expression, and an
 * error (message, line, column) for each invalid one. Every name given lands in
 * exactly one of the two maps.
 */
public final class ExpressionValidation {
  /** One invalid expression: the message as Perspective words it, with a 0-based line and column. */
  public record Error(String errorMessage, int line, int column) {}

  private final Map<String, String> expressions;
  private final Map<String, ColumnType> expressionSchema;
  private final Map<String, Error> errors;

  ExpressionValidation(Map<String, String> expressions, Map<String, ColumnType> expressionSchema,
      Map<String, Error> errors) {
    this.expressions = Collections.unmodifiableMap(new LinkedHashMap<>(expressions));
    this.expressionSchema = Collections.unmodifiableMap(expressionSchema);
    this.errors = Collections.unmodifiableMap(errors);
  }

  /** Name to result type of each expression that compiled, in the order given. */
  public Map<String, ColumnType> expressionSchema() {
    return expressionSchema;
  }

  /** Name to error of each expression that did not. */
  public Map<String, Error> errors() {
    return errors;
  }

  /**
   * The reply as Perspective's {@code validate_expressions} gives it, ready for
   * JSON: {@code expression_schema} (name to type label), {@code errors} (name to
   * {@code {error_message, line, column}}) and {@code expression_alias} (every
   * name to its text).
   */
  public Map<String, Object> toMap() {
    Map<String, Object> schema = new LinkedHashMap<>();
    expressionSchema.forEach((name, type) -> schema.put(name, type.label()));
    Map<String, Object> errorMaps = new LinkedHashMap<>();
    errors.forEach((name, e) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("error_message", e.errorMessage());
      m.put("line", e.line());
      m.put("column", e.column());
      errorMaps.put(name, m);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("expression_schema", schema);
    out.put("errors", errorMaps);
    out.put("expression_alias", new LinkedHashMap<>(expressions));
    return out;
  }
}
