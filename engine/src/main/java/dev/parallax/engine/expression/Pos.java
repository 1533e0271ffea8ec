package dev.parallax.engine.expression;

/** A place in the expression text: 0-based line and column, as Perspective reports them. */
record Pos(int line, int column) {
  static final Pos START = new Pos(0, 0);
}
