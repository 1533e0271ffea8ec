package dev.parallax.engine.expression;

import dev.parallax.engine.ParallaxException;

/**
 * A bad expression: a syntax error, an unknown column or function, a wrong number
 * of arguments or a type error. Carries where it was found, as Perspective's
 * {@code validate_expressions} reports it: a 0-based line and a 0-based column.
 * {@link #errorMessage()} is the bare Perspective-style message; {@link #getMessage()}
 * adds the position for humans.
 */
public final class ExpressionException extends ParallaxException {
  private static final long serialVersionUID = 1L;

  private final String errorMessage;
  private final int line;
  private final int column;

  ExpressionException(String errorMessage, int line, int column) {
    super(errorMessage + " (line " + line + ", column " + column + ")");
    this.errorMessage = errorMessage;
    this.line = line;
    this.column = column;
  }

  ExpressionException(String errorMessage, Pos pos) {
    this(errorMessage, pos.line(), pos.column());
  }

  /** The message alone, e.g. {@code Undefined symbol: 'foo'}. */
  public String errorMessage() {
    return errorMessage;
  }

  /** 0-based line of the offending token. */
  public int line() {
    return line;
  }

  /** 0-based column of the offending token within its line. */
  public int column() {
    return column;
  }
}
