package dev.parallax.engine.expression;

import dev.parallax.engine.column.ColumnType;
import java.util.Collections;
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

  private final Map<String, ColumnType> expressionSchema;
  private final Map<String, Error> errors;

  ExpressionValidation(Map<String, ColumnType> expressionSchema, Map<String, Error> errors) {
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
}
