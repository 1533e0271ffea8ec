package dev.parallax.engine.expression;

/** One lexical token; {@code text} is the identifier, operator, number, or the unquoted string or column name. */
record Token(Kind kind, String text, double number, Pos pos) {
  enum Kind { NUMBER, STRING, COLUMN, IDENT, OP, END }

  boolean is(String op) {
    return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(op);
  }

  /** How the token reads in an error message. */
  String show() {
    switch (kind) {
      case COLUMN: return "\"" + text + "\"";
      case STRING: return "'" + text + "'";
      case END: return "end of expression";
      default: return text;
    }
  }
}
